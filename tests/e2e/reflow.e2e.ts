/**
 * Journey (WCAG 1.4.10 Reflow): on a phone, 320 and 390 px wide, the plan screen never scrolls
 * sideways, with the filters and export open, in the map and the list; a point opened far down the
 * list shows its details where the user is, not below the whole list.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openApp, useBrowser } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';

const sideways = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth }));

describe('the plan screen on a phone', () => {
  const browser = useBrowser();

  for (const width of [320, 390])
    it(`does not scroll sideways at ${width} px and opens details where the user is`, async () => {
      const app = await openApp(browser());
      const { page } = app;
      try {
        await page.setViewportSize({ width, height: 740 });
        await page.getByRole('button', { name: EXAMPLE }).click();
        await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
        await page.locator('.react-flow__node-point').first().waitFor();
        await openTool(page, 'Filters');
        await openTool(page, 'Export');
        const map = await sideways(page);
        console.log(`[reflow] ${width} px, map view, panels open: page ${map.scroll} px wide`);
        expect(map.scroll, 'page width with the map, filters and export shown').toBeLessThanOrEqual(map.window);

        await page.getByRole('button', { name: 'List', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
        expect((await sideways(page)).scroll, 'page width with the list').toBeLessThanOrEqual(width);

        // A point far down the list: its details open in view.
        const last = page.locator('.plan-list-view .point-card .point-title').last();
        await last.scrollIntoViewIfNeeded();
        const title = (await last.textContent()) ?? '';
        await last.click();
        const heading = page.locator('aside.detail').getByRole('heading', { level: 2, name: title, exact: true });
        await heading.waitFor();
        const box = await heading.boundingBox();
        expect(box, 'the details heading is on screen').not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(740);
        expect((await sideways(page)).scroll, 'page width with the details open').toBeLessThanOrEqual(width);
        await expectNoAxeViolations(page, `the plan list with details open at ${width} px`);

        // Tab stays in the details while they cover the screen.
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => !!document.activeElement?.closest('.detail-layer'))).toBe(true);
        }
        await page.keyboard.press('Escape');
        await page.locator('aside.detail').waitFor({ state: 'detached' });
      } finally {
        await app.close();
      }
    });
});
