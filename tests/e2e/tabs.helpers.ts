/**
 * Helpers for journeys about saved data: a second tab in the same browser context (same storage),
 * and reading what is saved the way the app stores it (one `pep:plan:<id>` key per plan).
 */
import type { Page } from 'playwright-core';
import type { App } from './helpers';
import { url } from './helpers';

/** A second tab of the same browser (same localStorage); its uncaught errors go to the app's list. */
export async function openSecondTab(app: App, hash = '#/'): Promise<Page> {
  const page = await app.context.newPage();
  page.on('pageerror', (error) => app.pageErrors.push(`second tab: ${error.stack ?? error.message}`));
  page.setDefaultTimeout(15_000);
  await page.goto(url(hash));
  return page;
}

export interface SavedPlan {
  id: string;
  name: string;
  answers: Record<string, unknown>;
  position: { stage: string; questionId: string | null };
  settings: { hourlyRate: number; currency: string };
}

/** Every plan in storage, by id, as saved. */
export function savedPlans(page: Page): Promise<Record<string, SavedPlan>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('pep:plan:')) out[key.slice('pep:plan:'.length)] = JSON.parse(localStorage.getItem(key)!);
    }
    return out as Record<string, SavedPlan>;
  });
}

/** Names of the saved plans, sorted. */
export async function savedNames(page: Page): Promise<string[]> {
  return Object.values(await savedPlans(page))
    .map((p) => p.name)
    .sort();
}

/** Every key of ours and its value. */
export function ourKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('pep:'))
        .map((k) => [k, localStorage.getItem(k) ?? '']),
    ),
  );
}

/** Names in the home screen's list of plans, sorted. */
export async function listedNames(page: Page): Promise<string[]> {
  return (await page.locator('.plan-list .plan-link').allTextContents()).sort();
}
