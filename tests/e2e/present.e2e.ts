/**
 * Journey, by keyboard only: open an example plan, go to the presenter view, step through every
 * phase and its points at 1920 × 1080, check the card titles are large enough for a room (≥ 24 px),
 * open a point and go back, set an agenda time that survives a reload, run the phase timer, and
 * leave with Esc. The phases and points expected come from the plan screen's list view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focused, openApp, pressButton, tabTo, useBrowser } from './helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';

/** The list view's phases, headings and point titles, as the plan screen shows them. */
async function listPhases(page: Page): Promise<{ heading: string; titles: string[] }[]> {
  return page.locator('.plan-list-view section.phase-section').evaluateAll((sections) =>
    sections.map((s) => ({
      heading: (s.querySelector('h3')?.textContent ?? '').trim(),
      titles: [...s.querySelectorAll('.point-card .point-title')].map((b) => (b.textContent ?? '').trim()),
    })),
  );
}

const stage = (page: Page) => page.locator('.present-screen');
const phaseHeading = (page: Page) => page.locator('#present-phase-heading');
const cardTitles = (page: Page) => page.locator('.present-card .present-card-title').allTextContents();
const currentCard = (page: Page) => page.locator('.present-card[aria-current="true"] .present-card-title');
const focusTitle = (page: Page) => page.locator('#present-point-heading');

describe('the presenter view', () => {
  const browser = useBrowser();

  it('steps through every phase and point by keyboard, in type a room can read', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await pressButton(page, EXAMPLE);
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      // The list view gives the phases and points the presenter must show.
      await pressButton(page, 'List');
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
      const phases = await listPhases(page);
      expect(phases.length).toBeGreaterThan(3);

      await pressButton(page, 'Present');
      await stage(page).waitFor();
      expect(await page.evaluate(() => location.hash)).toMatch(/^#\/plan\/[^/]+\/present$/);
      await expectNoAxeViolations(page, 'the presenter view at 1920 × 1080');

      const sizes: number[] = [];
      for (const [i, phase] of phases.entries()) {
        await expect
          .poll(() => phaseHeading(page).textContent())
          .toBe(`Phase ${i + 1} of ${phases.length} ${phase.heading}`);
        expect(await cardTitles(page), `cards of “${phase.heading}”`).toEqual(phase.titles);
        sizes.push(
          ...(await page
            .locator('.present-card-title')
            .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)))),
        );
        // ↓ walks the points: the focused card and the panel follow.
        for (const [j, title] of phase.titles.entries()) {
          if (j > 0) await page.keyboard.press('ArrowDown');
          await expect.poll(() => currentCard(page).textContent()).toBe(title);
          await expect.poll(() => focusTitle(page).textContent()).toBe(title);
        }
        if (i < phases.length - 1) await page.keyboard.press('ArrowRight');
      }
      expect(Math.min(...sizes), 'smallest card title, px').toBeGreaterThanOrEqual(24);
      console.log(`[present] card titles at 1920×1080: ${Math.min(...sizes)}–${Math.max(...sizes)} px`);
      const panelText = await page
        .locator('.present-facts dd')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      console.log(`[present] focused-point text at 1920×1080: ${panelText} px`);
      expect(panelText).toBeGreaterThanOrEqual(20);

      // ← goes back a phase; ↑ moves up a point.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => phaseHeading(page).textContent()).toContain(phases.at(-2)!.heading);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => currentCard(page).textContent()).toBe(phases.at(-2)!.titles[0]);

      // Enter opens the point in full; Esc closes it, with focus back on its card.
      await page.keyboard.press('Enter');
      await page.locator('.present-facts dt', { hasText: 'Who takes part' }).waitFor();
      await expectNoAxeViolations(page, 'the presenter view with a point open');
      await page.keyboard.press('Escape');
      await page.locator('.present-facts dt', { hasText: 'Who takes part' }).waitFor({ state: 'detached' });
      await expect.poll(() => focused(page).then((f) => f?.className)).toContain('present-card');

      // The agenda: give this phase 15 minutes; it is saved with the plan.
      await tabTo(page, (f) => f.tag === 'summary' && f.text.startsWith('Agenda'), 'the agenda', { backwards: true });
      await page.keyboard.press('Enter');
      const heading = phases.at(-2)!.heading;
      await tabTo(page, (f) => f.tag === 'input' && f.id.startsWith('agenda-'), 'the first agenda box');
      let label = await page.evaluate(
        () => document.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent ?? '',
      );
      while (label !== heading) {
        await page.keyboard.press('Tab');
        label = await page.evaluate(
          () => document.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent ?? '',
        );
      }
      await page.keyboard.type('15');
      await expect
        .poll(() => page.locator('.present-clock').textContent())
        .toBe('Time for this phase: 15:00 left of 15 min');
      await page.keyboard.type('9999');
      await page.getByText('Enter whole minutes from 0 to 1440.').waitFor();
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      await page.getByText('Enter whole minutes from 0 to 1440.').waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.present-agenda summary').textContent()).toBe('Agenda (15 min)');
      await expectNoAxeViolations(page, 'the presenter view with the agenda open');

      await page.reload();
      await stage(page).waitFor();
      await expect.poll(() => page.locator('.present-agenda summary').textContent()).toBe('Agenda (15 min)');
      // After a reload the presenter starts at the first phase; the agenda phase is the last but one.
      for (let i = 0; i < phases.length - 2; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => phaseHeading(page).textContent()).toContain(heading);
      await expect
        .poll(() => page.locator('.present-clock').textContent())
        .toBe('Time for this phase: 15:00 left of 15 min');
      await pressButton(page, 'Start timer');
      await expect
        .poll(() => page.locator('.present-clock').textContent(), { timeout: 5000 })
        .toMatch(/^Time for this phase: 14:5\d left of 15 min$/);
      // Focus stays on the button, now "Pause timer".
      expect((await focused(page))?.text).toBe('Pause timer');
      await page.keyboard.press('Enter');
      expect((await focused(page))?.text).toBe('Resume timer');

      // F asks for full screen (a browser may refuse it, and the view says so).
      await page.keyboard.press('f');
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.fullscreenElement?.classList.contains('present-screen') === true ||
              (document.querySelector('.present-status')?.textContent ?? '') !== '',
          ),
        )
        .toBe(true);
      if (await page.evaluate(() => document.fullscreenElement !== null)) {
        await page.keyboard.press('f');
        await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      }

      // Esc leaves for the plan screen.
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      expect(await page.evaluate(() => location.hash)).toMatch(/^#\/plan\/[^/]+$/);
    } finally {
      await app.close();
    }
  });
});
