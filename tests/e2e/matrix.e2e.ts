/**
 * Journey: the benefit × investment matrix and the budget check on the plan screen: reachable by
 * keyboard and axe-clean with its table and the lean version open.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, pressButton, useBrowser } from './helpers';

const EXAMPLE = 'Low-budget academic study of a COPD self-help programme';

describe('the benefit × investment matrix', () => {
  const browser = useBrowser();

  it('selects a point by keyboard, shows its table and the lean version', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const matrix = page.locator('section.matrix');
      await matrix.getByRole('heading', { level: 2, name: 'Benefit and investment' }).waitFor();
      const quick = matrix.getByRole('group', { name: /^Quick wins/ });
      const first = quick.getByRole('button').first();
      const title = (await first.textContent()) ?? '';
      await pressButton(page, title);
      await page.locator('aside.detail').getByRole('heading', { level: 2, name: title, exact: true }).waitFor();

      await matrix.getByText('The scores and their reasons, as a table').click();
      const rows = await matrix.getByRole('table').getByRole('row').count();
      expect(rows).toBeGreaterThan(5);
      const check = page.getByTestId('budget-check');
      expect(await check.textContent()).toMatch(/is over your budget: Very little/);
      await check.getByText(/The lean version:/).click();
      expect(await check.getByRole('listitem').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'the matrix with its table and the lean version open');
    } finally {
      await app.close();
    }
  });
});
