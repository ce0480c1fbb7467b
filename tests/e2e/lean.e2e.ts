/**
 * Journey: the lean version in one click. On the low-budget example the budget check says the plan
 * is over its band and lists the lean version; "Use the lean version" makes those changes as the
 * team's edits, the estimate drops to what the lean version promised and the check says it fits;
 * "Put back the plan as it was" restores the old estimate, and focus follows each step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focused, openApp, useBrowser } from './helpers';

const EXAMPLE = 'Low-budget academic study of a COPD self-help programme';
const total = async (page: Page) => ((await page.getByTestId('cost-total').textContent()) ?? '').trim();
const check = async (page: Page) => ((await page.getByTestId('budget-check').textContent()) ?? '').replace(/\s+/g, ' ');

describe('the lean version', () => {
  const browser = useBrowser();

  it('applies the lean version, says it fits, and puts the plan back', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const before = await total(page);
      expect(await check(page)).toContain(`The estimate (${before}) is over your budget: Very little`);
      // By hand (tests/unit/lean.test.ts): the eight essentials the lean version keeps, with fewer rounds,
      // smaller groups and samples and one cheaper method, cost 675 + 1,440 + 1,550 + 795 + 1,150 + 520
      // + 2,980 + 425 = £9,535 at the UK rates in content/scoring.yaml.
      expect(await check(page)).toContain('A lean version costs £9,535');

      await page.getByRole('button', { name: 'Use the lean version' }).click();
      await page.getByRole('button', { name: 'Put back the plan as it was' }).waitFor();
      expect(await total(page)).toBe('£9,535');
      expect(await check(page)).toContain(
        'The estimate (£9,535) fits your budget: Very little (under about 10,000 in your currency).',
      );
      expect((await focused(page))?.text).toBe('Put back the plan as it was');
      await expectNoAxeViolations(page, 'the plan with the lean version applied', { include: '.summary' });

      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Use the lean version' }).waitFor();
      expect(await total(page)).toBe(before);
      expect(await check(page)).toContain(`The estimate (${before}) is over your budget`);
      expect((await focused(page))?.text).toBe('Use the lean version');

      // The put-back plan is saved as it was: a reload shows the old estimate and no lean edits.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      expect(await total(page)).toBe(before);
    } finally {
      await app.close();
    }
  }, 90_000);
});
