/**
 * Journey that runs twice: against the build (with the other journeys) and against the Vite dev
 * server (`npm start`, what a newcomer opens; tests/e2e/run.ts, tests/support/devServer.ts). The dev
 * build keeps the warnings the production build strips (React Flow's error codes, React's checks),
 * and the console guard in openApp fails the journey on any of them.
 *   home → open an example plan → the map shows its points and arrows → open a point → glossary
 */
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const server = process.env.E2E_SERVER === 'dev' ? 'the dev server' : 'the build';

describe(`a first look, on ${server}`, () => {
  const browser = useBrowser();

  it('opens an example plan, its map, a point and the glossary without a console error or warning', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();

      // The map shows one card per point counted above it, and draws arrows between them.
      const nodes = page.locator('.react-flow__node-point');
      await nodes.first().waitFor();
      const count = (await page.locator('.filters p[aria-live]').textContent()) ?? '';
      const m = /^Showing (\d+) of (\d+) engagement points\.$/.exec(count);
      expect(m, `count text “${count}”`).not.toBeNull();
      expect(await nodes.count()).toBe(Number(m![1]));
      expect(Number(m![1])).toBeGreaterThan(5);
      await expect.poll(() => page.locator('.react-flow__edge').count(), { timeout: 10_000 }).toBeGreaterThan(0);

      // A point opens its details: the decision it shapes and why it is in the plan.
      const title = (await nodes.first().locator('.map-node-title').textContent()) ?? '';
      expect(title).not.toBe('');
      await nodes.first().click();
      const panel = page.locator('aside.detail');
      await panel.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
      await panel.getByRole('heading', { level: 3, name: 'Why this is in your plan' }).waitFor();
      await panel.getByRole('button', { name: /^Close/ }).click();
      await panel.waitFor({ state: 'detached' });

      // The glossary: every term listed, and the search narrows them.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      const terms = page.locator('.glossary-list dt');
      const all = await terms.count();
      expect(all).toBeGreaterThan(10);
      await page.getByLabel('Search the glossary').fill('assent');
      await expect.poll(() => terms.count()).toBeLessThan(all);
      expect((await terms.allTextContents()).join(' ').toLowerCase()).toContain('assent');
    } finally {
      await app.close();
    }
  });
});
