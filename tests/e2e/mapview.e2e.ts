/**
 * Journey: the phase map as a room and a keyboard user meet it, at 1280 × 900 and 1920 × 1080: it
 * takes the window's width, its cards are readable, the minimap covers none of them, it re-fits when
 * the detail panel opens and when the window changes; the wheel scrolls the page until the map has
 * focus (or Ctrl is held); the arrow keys move between cards with one Tab stop for the map; and the
 * screen reader hears what the map really does.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focused, openApp, pressButton, tabTo, useBrowser } from './helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const inside = (b: Box, f: Box) =>
  b.x >= f.x - 1 && b.y >= f.y - 1 && b.x + b.width <= f.x + f.width + 1 && b.y + b.height <= f.y + f.height + 1;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function geometry(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const frame = document.querySelector('.map-frame')!;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const title = document.querySelector('.react-flow__node-point .map-node-title')!;
    return {
      frame: box(frame),
      pageTop: frame.getBoundingClientRect().top + window.scrollY,
      cards: [...document.querySelectorAll('.react-flow__node-point')].map(box),
      minimap: box(document.querySelector('.react-flow__minimap')!),
      scale,
      transform: getComputedStyle(viewport).transform,
      /** The card title's size as drawn on screen. */
      titlePx: parseFloat(getComputedStyle(title).fontSize) * scale,
      windowWidth: window.innerWidth,
      scrollY: window.scrollY,
    };
  });
}

async function openExample(page: Page) {
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
  await page.locator('.react-flow__node-point').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length > 0);
}

/** Every card either wholly inside the frame or wholly outside it (the map opened at its first phases). */
function checkFit(g: Awaited<ReturnType<typeof geometry>>, label: string) {
  const shown = g.cards.filter((c) => inside(c, g.frame));
  expect(shown.length, `${label}: cards inside the frame`).toBeGreaterThan(0);
  expect(inside(g.cards[0]!, g.frame), `${label}: the first card is in view`).toBe(true);
  expect(g.titlePx, `${label}: card title size on screen`).toBeGreaterThanOrEqual(12);
  for (const c of g.cards) expect(overlaps(c, g.minimap), `${label}: the minimap covers a card`).toBe(false);
}

describe('the readable phase map', () => {
  const browser = useBrowser();

  for (const size of [
    { width: 1280, height: 900 },
    { width: 1920, height: 1080 },
  ])
    it(`uses the window at ${size.width} × ${size.height}, re-fits, and leaves the minimap clear of the cards`, async () => {
      const app = await openApp(browser());
      const { page } = app;
      try {
        await page.setViewportSize(size);
        await openExample(page);
        const g = await geometry(page);
        console.log(
          `[map] ${size.width}×${size.height}: frame ${Math.round(g.frame.width)}×${Math.round(g.frame.height)} px at y=${Math.round(g.pageTop)}, zoom ${g.scale.toFixed(2)}, card titles ${g.titlePx.toFixed(1)} px on screen`,
        );
        expect(g.frame.width, 'the map takes the window’s width, less the page margins').toBeGreaterThan(
          size.width - 80,
        );
        expect(g.frame.height).toBeLessThanOrEqual(size.height);
        checkFit(g, 'on opening');

        // The detail panel narrows the frame: the map re-fits to it.
        await page.locator('.react-flow__node-point').first().click();
        await page.locator('aside.detail').waitFor();
        await expect.poll(async () => (await geometry(page)).frame.width).toBeLessThan(g.frame.width - 200);
        const withPanel = await geometry(page);
        checkFit(withPanel, 'with the panel open');
        if (g.scale > withPanel.scale + 0.001 || g.scale === withPanel.scale) {
          // Either the zoom fell to fit, or it stayed at the readable floor: either way it was re-fitted.
          expect(withPanel.scale).toBeLessThanOrEqual(g.scale);
        }
        await page
          .locator('aside.detail')
          .getByRole('button', { name: /^Close/ })
          .click();

        // A narrower window: the frame follows and the map re-fits.
        await page.setViewportSize({ width: size.width - 300, height: size.height });
        await expect.poll(async () => (await geometry(page)).frame.width).toBeLessThan(g.frame.width - 250);
        checkFit(await geometry(page), 'in a narrower window');
      } finally {
        await app.close();
      }
    });

  it('scrolls the page with the wheel until the map has focus or Ctrl is held, and moves between cards with the arrow keys', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await openExample(page);
      // The screen reader's description of a card speaks of what the map does, not of moving or deleting.
      const described = await page
        .locator('.react-flow__node-point')
        .first()
        .evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
      expect(described).toMatch(/^Arrow keys move between points/);
      expect(described).not.toMatch(/delete|remove|move the node/i);

      // The wheel over the map, no focus in it: the page scrolls, the map stays.
      const top = (await geometry(page)).pageTop;
      await page.evaluate((y) => window.scrollTo(0, y - 100), top);
      const before = await geometry(page);
      await page.mouse.move(before.frame.x + before.frame.width / 2, before.frame.y + 150);
      expect(
        await page.evaluate(
          ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.map-frame'),
          [before.frame.x + before.frame.width / 2, before.frame.y + 150],
        ),
        'the mouse is over the map',
      ).toBe(true);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scrollY);
      expect((await geometry(page)).transform).toBe(before.transform);
      await page.evaluate((y) => window.scrollTo(0, y - 100), top);

      // Ctrl + wheel zooms the map even without focus.
      const g1 = await geometry(page);
      await page.mouse.move(g1.frame.x + g1.frame.width / 2, g1.frame.y + g1.frame.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(async () => (await geometry(page)).transform).not.toBe(g1.transform);

      // One Tab stop for the map: Tab reaches a card, the next Tab leaves the map's cards.
      await page.getByRole('button', { name: 'List', exact: true }).focus();
      await tabTo(page, (f) => f.className.includes('react-flow__node-point'), 'a map card');
      expect(await page.locator('.react-flow__node-point[tabindex="0"]').count()).toBe(1);
      const start = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { id: document.activeElement!.getAttribute('data-id'), x: r.x, y: r.y };
      });
      const at = () =>
        page.evaluate(() => {
          const r = document.activeElement!.getBoundingClientRect();
          return { id: document.activeElement!.getAttribute('data-id'), x: Math.round(r.x), y: Math.round(r.y) };
        });
      // With focus in the map, the wheel zooms it and the page stays.
      const scroll = await page.evaluate(() => window.scrollY);
      const g2 = await geometry(page);
      const spot = await page.evaluate(() => {
        // A point of the frame that is on screen and on the map's pane, away from the controls.
        const r = document.querySelector('.map-frame')!.getBoundingClientRect();
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, window.innerHeight);
        return { x: r.left + r.width / 3, y: (top + bottom) / 2 };
      });
      expect(
        await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.map-frame'), spot),
        'the mouse is over the map',
      ).toBe(true);
      await page.mouse.move(spot.x, spot.y);
      await page.mouse.wheel(0, 200);
      await expect.poll(async () => (await geometry(page)).transform).not.toBe(g2.transform);
      expect(await page.evaluate(() => window.scrollY)).toBe(scroll);

      await page.keyboard.press('ArrowDown');
      const down = await at();
      expect(down.id).not.toBe(start.id);
      expect(down.y).toBeGreaterThan(Math.round(start.y));
      await page.keyboard.press('ArrowRight');
      const right = await at();
      expect(right.id).not.toBe(down.id);
      expect(right.x).toBeGreaterThan(down.x);
      await page.keyboard.press('ArrowLeft');
      expect((await at()).id).toBe(down.id);
      await page.keyboard.press('ArrowUp');
      expect((await at()).id).toBe(start.id);
      expect(await page.locator('.react-flow__node-point[tabindex="0"]').count()).toBe(1);
      // The Tab stop follows the arrows.
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('.react-flow__node-point[tabindex="0"]').getAttribute('data-id')).toBe(down.id);

      // Focus and selection look different: the open card has a solid ring, the focused one a dashed outline.
      await page.keyboard.press('Enter');
      await page.locator('aside.detail').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page).then((f) => f?.className ?? '')).toContain('react-flow__node-point');
      await page.keyboard.press('ArrowUp');
      const looks = await page.evaluate(
        ([selectedId]) => {
          const card = (id: string | null) =>
            getComputedStyle(document.querySelector(`.react-flow__node[data-id="${id}"] .map-node`)!);
          const focusedCard = card(document.activeElement!.getAttribute('data-id'));
          return {
            focusOutline: focusedCard.outlineStyle,
            selectedShadow: selectedId ? card(selectedId).boxShadow : '',
          };
        },
        [down.id],
      );
      expect(looks.focusOutline).toBe('dashed');
      // Escape closed the details, so nothing is selected now; open one with the mouse to compare.
      await page.keyboard.press('Enter');
      await page.locator('aside.detail').waitFor();
      const selected = await page.evaluate(
        (id) => getComputedStyle(document.querySelector(`.react-flow__node[data-id="${id}"] .map-node`)!).boxShadow,
        start.id,
      );
      expect(selected).not.toBe('none');
    } finally {
      await app.close();
    }
  });

  it('puts the plan first: where the map lands and the first Tab stop', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await pressButton(page, EXAMPLE);
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      const g = await geometry(page);
      console.log(`[map] 1280×900: map frame at y=${Math.round(g.pageTop)} px; first Tab stop: “${first?.text}”`);
      expect(first?.text).toBe('Change answers');
      // The toolbar comes before the map, and the matrix after it.
      const order = await page.evaluate(() => {
        const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY;
        return { toolbar: y('.plan-toolbar'), map: y('.map-frame'), matrix: y('section.matrix') };
      });
      expect(order.toolbar).toBeLessThan(order.map);
      expect(order.map).toBeLessThan(order.matrix);
    } finally {
      await app.close();
    }
  });
});
