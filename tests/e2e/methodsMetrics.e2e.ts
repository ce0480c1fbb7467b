/**
 * Journey: on an example plan, open a point's details by keyboard, open "About this method" with
 * Enter and read the method's purpose, participants, time and limits; then read the starter
 * metrics on the plan screen. Axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, focused, openApp, tabTo, useBrowser } from './helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';

describe('method details and starter metrics', () => {
  const browser = useBrowser();

  it('opens a method’s details by keyboard and lists the starter metrics', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();

      // Keyboard: from the view switch to a map node, Enter opens its details.
      await page.getByRole('button', { name: 'List', exact: true }).focus();
      await tabTo(page, (f) => f.className.includes('react-flow__node-point'), 'a map node');
      await page.keyboard.press('Enter');
      const panel = page.locator('aside.detail');
      await panel.getByRole('heading', { level: 3, name: 'Methods, best fit first' }).waitFor();

      const summary = await tabTo(
        page,
        (f) => f.tag === 'summary' && f.text.startsWith('About this method'),
        'a method',
      );
      expect(summary.text).toMatch(/^About this method: .+/);
      await page.keyboard.press('Enter');
      const open = panel.locator('details.method-details[open]').first();
      await open.waitFor();
      for (const label of [
        'Purpose',
        'Participants',
        'Group size',
        'Patient time',
        'Strengths',
        'Limits',
        'Accessibility',
      ])
        await expect.poll(() => open.locator('dt', { hasText: label }).first().isVisible()).toBe(true);
      expect(await open.locator('dt:text-is("Group size") + dd').textContent()).toMatch(/^\d+( to \d+)? people$/);
      // Focus stays on the summary, not the top of the page.
      expect((await focused(page))?.tag).toBe('summary');
      await expectNoAxeViolations(page, 'the plan screen with a method’s details open');

      // The starter metrics: 5 to 8, each with its PARADIGM component.
      const metrics = page.getByRole('region', { name: /starter metrics/ });
      await metrics.scrollIntoViewIfNeeded();
      const count = await metrics.locator('ul.starter-metrics > li').count();
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(8);
      await expect.poll(() => metrics.getByText('Input', { exact: true }).first().isVisible()).toBe(true);
    } finally {
      await app.close();
    }
  });
});
