/**
 * Journey: the plan timeline, by keyboard only. Open the rare-disease example, give the protocol
 * review an owner and a target date that makes it late (through the point's edit form), switch to
 * Timeline, and find its bar and the warning in words, in the chart and its list twin; open the
 * point from its bar and land back on the bar on Escape; axe-clean. On a phone (320 px) the
 * timeline scrolls inside its own region, never the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focused, openApp, pressButton, tabTo, useBrowser } from './helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';
const PROTOCOL = 'Patient review panel for the main study protocol';
const MATERIALS = 'Co-design and test recruitment and participant materials';
// Hand-derived from content/timeline.yaml: the milestone (1 March 2027) ends early clinical; trial design
// runs 26 weeks to 30 August 2027; the recruitment materials finish 12 weeks before that (7 June) after
// 8 weeks' work, so they start on 12 April 2027, when the protocol review must be done.
const LATE = `“${PROTOCOL}” finishes on 1 June 2027, after 12 April 2027, when “${MATERIALS}” needs it.`;

const sideways = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth }));

/**
 * Types a day into the focused date field, as a keyboard user does: its segments follow the browser's
 * locale (headless Chromium shows mm/dd/yyyy even in an en-GB context), so the other order is tried
 * when the first one gives a different day.
 */
async function typeDate(page: Page, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const digits of [`${m}${d}${y}`, `${d}${m}${y}`]) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.focus());
    await page.keyboard.type(digits);
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    if (value === iso) return;
    // Back to the field's first segment for the other order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
  }
}

describe('the plan timeline', () => {
  const browser = useBrowser();

  it('shows a late point’s bar and warning after its date is set by keyboard, and keeps focus', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await pressButton(page, EXAMPLE);
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await pressButton(page, 'List');
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();

      // The point's edit form: owner and a target date past what the review feeds.
      await pressButton(page, PROTOCOL);
      const detail = page.locator('aside.detail');
      await detail.getByRole('heading', { level: 2, name: PROTOCOL }).waitFor();
      await tabTo(page, (f) => f.id.endsWith('-owner'), 'the Owner field');
      await page.keyboard.type('Sam Patel');
      await tabTo(page, (f) => f.id.endsWith('-date'), 'the Target date field');
      await typeDate(page, '2027-06-01');
      expect(await detail.getByLabel('Target date').inputValue()).toBe('2027-06-01');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });

      // Back up to the view toggle and choose Timeline: focus stays on the toggle, not the top of the page.
      await pressButton(page, 'Timeline', { backwards: true });
      await page.getByRole('heading', { level: 2, name: 'Timeline of the plan' }).waitFor();
      expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Timeline' });
      await expect.poll(() => page.getByText(LATE).count()).toBe(2);
      await expect.poll(() => page.getByText(/^◆$/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/Milestone: 1 March 2027/).isVisible()).toBe(true);

      const chart = page.getByRole('region', { name: 'Timeline chart (scrolls sideways)' });
      const bar = chart.getByRole('button', {
        name: new RegExp(`^${PROTOCOL}, 20 April 2027 to 1 June 2027, \\d warnings?$`),
      });
      expect(await bar.isVisible()).toBe(true);
      expect(await bar.getByText('⚠').isVisible()).toBe(true);
      const list = page.getByRole('region', { name: 'Timeline as a list' });
      expect(await list.getByText('Sam Patel').isVisible()).toBe(true);
      await expectNoAxeViolations(page, 'the timeline view');

      // Tab into the chart (the scrolling region takes focus, then the bars), open the bar, Escape back to it.
      await tabTo(page, (f) => f.tag === 'div' && f.className.includes('timeline-scroll'), 'the chart region');
      await tabTo(
        page,
        (f) => f.className.includes('timeline-row') && f.text === `⚠${PROTOCOL}`,
        'the protocol review bar, with its warning sign',
      );
      await page.keyboard.press('Enter');
      await detail.getByRole('heading', { level: 2, name: PROTOCOL }).waitFor();
      expect(await detail.getByLabel('Owner').inputValue()).toBe('Sam Patel');
      await expectNoAxeViolations(page, 'the timeline with a point open');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      const back = await focused(page);
      expect(back?.className).toContain('timeline-row');
      expect(back?.text).toBe(`⚠${PROTOCOL}`);
    } finally {
      await app.close();
    }
  });

  it('scrolls inside its own region at 320 px, never the page', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Timeline of the plan' }).waitFor();
      const chart = page.getByRole('region', { name: 'Timeline chart (scrolls sideways)' });
      await chart.waitFor();
      const page320 = await sideways(page);
      const inner = await chart.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      const rows = await chart.locator('button.timeline-row').count();
      console.log(
        `[timeline] 320 px: page ${page320.scroll} px wide; chart ${inner.scroll} px inside ${inner.client} px; ${rows} bars`,
      );
      expect(page320.scroll, 'page width with the timeline').toBeLessThanOrEqual(320);
      expect(inner.scroll).toBeGreaterThan(inner.client);
      await expectNoAxeViolations(page, 'the timeline at 320 px');
    } finally {
      await app.close();
    }
  });
});
