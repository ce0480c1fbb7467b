/**
 * Journeys where things go wrong: damaged saved data, bad import files, a full storage quota and
 * addresses that lead nowhere. The app must say what happened, lose nothing and keep working.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useBrowser, openApp, saveDownload, tempDir, url } from './helpers';
import { ourKeys, savedNames, savedPlans } from './tabs.helpers';

const DAMAGED = '{"state":{"plans":{"p1":{"name":"Half a pla';
const EXAMPLE = 'Low-budget academic study of a COPD self-help programme';

const banner = (page: Page) => page.locator('.banner[role="alert"]');
const planNames = async (page: Page) => (await page.locator('.plan-list .plan-link').allTextContents()).sort();
const sorted = (names: string[]) => [...names].sort();
const importMessage = (page: Page) => page.locator('section[aria-labelledby="your-plans"] [aria-live="polite"] p');

async function startPlan(page: Page, name: string) {
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('heading', { level: 1, name: /Who is making this plan\?/ }).waitFor();
}

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Your plans' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
}

async function importFile(page: Page, name: string, content: string) {
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

describe('resilience', () => {
  const browser = useBrowser();

  it('damaged saved data: says so, offers the data, keeps a copy and still works', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-damaged-');
    try {
      await page.evaluate((raw) => localStorage.setItem('pep:plans', raw), DAMAGED);
      await page.reload();

      await banner(page).getByText('Some saved data could not be read (Saved plans (earlier format)).').waitFor();
      await banner(page)
        .getByText('It is kept in this browser exactly as it was, and nothing will write over it.')
        .waitFor();
      await expectNoAxeViolations(page, 'the home screen with the damaged-data banner');
      const downloading = page.waitForEvent('download');
      await banner(page).getByRole('button', { name: 'Download the damaged data' }).click();
      const rescued = await saveDownload(await downloading, files.dir);
      expect(rescued.text).toBe(DAMAGED);

      const original = () => page.evaluate(() => localStorage.getItem('pep:plans'));
      expect(await original()).toBe(DAMAGED);

      // The app still works: a new plan can be started and is saved.
      await startPlan(page, 'After the damage');
      await page.getByLabel('A university or academic research team').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { level: 1, name: /Who funds the programme/ }).waitFor();
      expect(await original(), 'the damaged value is never written over').toBe(DAMAGED);

      // After Dismiss and a reload it is still listed and downloadable from the home screen.
      await banner(page).getByRole('button', { name: 'Dismiss' }).click();
      await page.reload();
      await goHome(page);
      expect(await planNames(page)).toEqual(['After the damage']);
      const damaged = page.locator('section[aria-labelledby="damaged"]');
      await damaged.getByText('Saved plans (earlier format)', { exact: true }).waitFor();
      const again = page.waitForEvent('download');
      await damaged.getByRole('button', { name: /Download its data/ }).click();
      expect((await saveDownload(await again, files.dir)).text).toBe(DAMAGED);
      expect(
        Object.keys(await ourKeys(page)).filter((k) => k.startsWith('pep:aside:') || k.includes('unreadable')),
        'no pile of copies on reload',
      ).toEqual([]);

      // "Remove from this list" asks first; saying no keeps it.
      const answers: string[] = [];
      page.once('dialog', (d) => void (answers.push(d.message()), d.dismiss()));
      await damaged.getByRole('button', { name: /Remove from this list/ }).click();
      await expect.poll(() => answers.length).toBe(1);
      expect(answers[0]).toMatch(/^Delete the saved data “Saved plans \(earlier format\)” that could not be opened\?/);
      expect(await original()).toBe(DAMAGED);
      page.once('dialog', (d) => void d.accept());
      await damaged.getByRole('button', { name: /Remove from this list/ }).click();
      await damaged.waitFor({ state: 'detached' });
      expect(await original()).toBeNull();
      await page.reload();
      await goHome(page);
      expect(await banner(page).count(), 'no banner once the damaged data is deleted').toBe(0);
      expect(await planNames(page)).toEqual(['After the damage']);
    } finally {
      files.remove();
      await app.close();
    }
  });

  it('imports: rejects malformed files without touching existing plans, and adds an exported plan as a new one', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-import-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const count = (await page.locator('.filters p[aria-live]').textContent()) ?? '';
      expect(count).toMatch(/^Showing \d+ of \d+ engagement points\.$/);
      await goHome(page);
      await startPlan(page, 'Keep me');
      await goHome(page);
      expect(await planNames(page)).toEqual(sorted([EXAMPLE, 'Keep me']));
      await expect.poll(() => savedNames(page)).toEqual(sorted([EXAMPLE, 'Keep me']));
      const saved = () => ourKeys(page);
      const before = await saved();

      // Not JSON at all.
      await importFile(page, 'notes.json', 'These are my meeting notes, not a plan.');
      await expect
        .poll(() => importMessage(page).textContent())
        .toBe('This file is not a plan: it is not valid JSON. Choose a file exported from this planner.');
      expect(await importMessage(page).getAttribute('class')).toBe('error-text');

      // JSON, but not a plan (no schemaVersion).
      await importFile(page, 'other.json', JSON.stringify({ id: 'x', name: 'Sneaky', answers: {} }));
      await expect
        .poll(() => importMessage(page).textContent())
        .toBe(
          'This file could not be imported. This file has no schema version, so it is not a plan saved by this tool.',
        );
      expect(await saved(), 'saved plans untouched by failed imports').toEqual(before);
      expect(await planNames(page)).toEqual(sorted([EXAMPLE, 'Keep me']));

      // A file exported from the app comes back as a new plan, "(imported)"; the original stays.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export file for ${EXAMPLE}` }).click();
      const exported = await saveDownload(await downloading, files.dir);
      const original = JSON.parse(exported.text) as { id: string; name: string };
      expect(original.name).toBe(EXAMPLE);
      await importFile(page, 'plan.json', exported.text);
      await expect
        .poll(() => importMessage(page).textContent())
        .toBe(`Imported “${EXAMPLE} (imported)” as a new plan.`);
      expect(await importMessage(page).getAttribute('class')).toBe('ok-text');
      expect(await planNames(page)).toEqual(sorted([EXAMPLE, `${EXAMPLE} (imported)`, 'Keep me']));

      const plans = await savedPlans(page);
      const imported = Object.entries(plans).find(([, d]) => d.name === `${EXAMPLE} (imported)`);
      expect(imported).toBeDefined();
      expect(imported![0]).not.toBe(original.id);
      expect(plans[original.id]?.name).toBe(EXAMPLE);

      await page.getByRole('link', { name: `${EXAMPLE} (imported)` }).click();
      await page.getByRole('heading', { level: 1, name: `${EXAMPLE} (imported)` }).waitFor();
      expect(await page.locator('.filters p[aria-live]').textContent()).toBe(count);
    } finally {
      files.remove();
      await app.close();
    }
  });

  it('full storage: says changes are not saved, and keeps working in memory', async () => {
    const app = await openApp(browser(), {
      initScript: () => {
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
      await startPlan(page, 'In memory only');
      await banner(page).getByText('Your browser’s storage is full, so recent changes are not saved yet.').waitFor();
      await banner(page).getByText('Not saved: “In memory only”.', { exact: false }).waitFor();

      // Answering goes on.
      await page.getByLabel('A patient organisation or charity').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { level: 1, name: /Who funds the programme/ }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('heading', { level: 1, name: /Who is making this plan\?/ }).waitFor();
      expect(await page.getByLabel('A patient organisation or charity').isChecked()).toBe(true);

      // The plan is listed (in memory), and an example plan opens.
      await goHome(page);
      expect(await planNames(page)).toEqual(['In memory only']);
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();
      await banner(page).getByText('Your browser’s storage is full').waitFor();
      expect(await savedPlans(page)).toEqual({});
    } finally {
      await app.close();
    }
  });

  it('the privacy guard itself: a request to another origin is recorded and never leaves', async () => {
    // The browser logs the fetch the Content-Security-Policy refuses; that error is the policy at work.
    const app = await openApp(browser(), {
      expectConsole: [
        /^error: Connecting to 'https:\/\/example\.invalid\/track\?plan=1' violates the following Content Security Policy directive: "connect-src 'self'"/,
        /^error: Fetch API cannot load https:\/\/example\.invalid\/track\?plan=1\. Refused to connect/,
      ],
    });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
      const outcome = await page.evaluate(() =>
        fetch('https://example.invalid/track?plan=1').then(
          () => 'sent',
          () => 'blocked',
        ),
      );
      expect(outcome).toBe('blocked');
      // The Content-Security-Policy (connect-src 'self') refuses that fetch before it is even a request.
      expect(app.foreignRequests).toEqual([]);
      // Own-origin requests pass and are not recorded.
      expect(await page.evaluate(() => fetch('./robots.txt').then((r) => r.status))).toBe(200);
      expect(app.foreignRequests).toEqual([]);
      // Leaving for another origin (which no page policy governs) reaches the guard: recorded and aborted.
      const left = await page.goto('https://example.invalid/track?plan=1').then(
        () => 'loaded',
        () => 'aborted',
      );
      expect(left).toBe('aborted');
      expect(app.foreignRequests).toEqual(['GET https://example.invalid/track?plan=1']);
      app.foreignRequests.length = 0; // this test broke the rule on purpose
    } finally {
      await app.close();
    }
  });

  it('unknown addresses: "Page not found" and "Plan not found"', async () => {
    const app = await openApp(browser(), { hash: '#/no/such/page' });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await page.getByText('There is nothing at “no/such/page”.').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Go to your plans' }).waitFor();
      await expectNoAxeViolations(page, 'the page-not-found screen');

      await page.goto(url('#/plan/no-such-plan'));
      await page.getByRole('heading', { level: 1, name: 'Plan not found' }).waitFor();

      await page.goto(url('#/plan/no-such-plan/questions'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Plan not found' }).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Go to your plans' }).click();
      await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
      await expectNoAxeViolations(page, 'the home screen');
    } finally {
      await app.close();
    }
  });
});
