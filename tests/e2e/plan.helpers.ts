/** Helpers for the plan screen's toolbar (src/features/plan/PlanToolbar.tsx). */
import type { Page } from 'playwright-core';

/** Opens a toolbar panel ("Filters", "Export", "Share", "Versions") unless it is open already, and waits for it to show. */
export async function openTool(page: Page, name: 'Filters' | 'Export' | 'Share' | 'Versions'): Promise<void> {
  const button = page.locator('.plan-toolbar button.toolbar-disclosure', { hasText: new RegExp(`^${name}`) });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = await button.getAttribute('aria-controls');
  await page.locator(`#${panel}`).waitFor({ state: 'visible' });
}
