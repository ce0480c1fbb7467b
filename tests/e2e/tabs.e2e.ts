/**
 * Two tabs of one browser share the saved plans. Each loss found with two tabs, and with a full
 * storage quota, has a journey here: nothing a user made may be lost or come back after deletion.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser, saveDownload, tempDir } from './helpers';
import { listedNames, openSecondTab, savedNames, savedPlans } from './tabs.helpers';

const EXAMPLE = 'Low-budget academic study of a COPD self-help programme';
const HOME = 'Plan how patients shape your research';

async function startPlan(page: Page, name: string) {
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByRole('heading', { level: 1, name: /Who is making this plan\?/ }).waitFor();
}

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Your plans' }).click();
  await page.getByRole('heading', { level: 1, name: HOME }).waitFor();
}

async function setRate(page: Page, rate: string) {
  const input = page.getByLabel('Hourly rate for patient-partner time');
  await input.fill(rate);
  await input.blur();
}

describe('two tabs', () => {
  const browser = useBrowser();

  it('a plan created in tab A survives an hourly-rate change in tab B', async () => {
    const app = await openApp(browser());
    const a = app.page;
    try {
      await a.getByRole('button', { name: EXAMPLE }).click();
      await a.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const b = await openSecondTab(app, a.url().replace(/^[^#]*/, ''));
      await b.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();

      await goHome(a);
      await startPlan(a, 'Made in tab A');
      await expect.poll(() => savedNames(a)).toEqual([EXAMPLE, 'Made in tab A'].sort());

      await setRate(b, '80');
      await expect.poll(async () => Object.values(await savedPlans(a)).map((p) => p.settings.hourlyRate)).toContain(80);
      expect(await savedNames(a)).toEqual([EXAMPLE, 'Made in tab A'].sort());
      // Tab B lists tab A's plan without a reload.
      await goHome(b);
      expect(await listedNames(b)).toEqual([EXAMPLE, 'Made in tab A'].sort());
      await a.reload();
      await goHome(a);
      expect(await listedNames(a)).toEqual([EXAMPLE, 'Made in tab A'].sort());
    } finally {
      await app.close();
    }
  });

  it('an answer given in tab A is kept when tab B then answers the same plan', async () => {
    const app = await openApp(browser());
    const a = app.page;
    try {
      await startPlan(a, 'Shared plan');
      const b = await openSecondTab(app, a.url().replace(/^[^#]*/, ''));
      await b.getByRole('heading', { level: 1, name: /Who is making this plan\?/ }).waitFor();

      await a.getByLabel('A university or academic research team').check();
      await a.getByRole('button', { name: 'Next' }).click();
      await a.getByRole('heading', { level: 1, name: /In a few lines, what is the programme about\?/ }).waitFor();
      const answered = async () => Object.values(await savedPlans(a))[0]?.answers['planner-type'];
      await expect.poll(answered).toBe('academic');

      // Tab B has taken tab A's version: the answer is there, and B's next answer adds to it.
      await b.getByRole('heading', { level: 1, name: /In a few lines, what is the programme about\?/ }).waitFor();
      await b.getByRole('textbox').fill('A self-help app for asthma, tested in a small trial.');
      await b.getByRole('button', { name: 'Next' }).click();
      await expect
        .poll(async () => Object.keys(Object.values(await savedPlans(a))[0]?.answers ?? {}).length)
        .toBeGreaterThanOrEqual(2);
      const saved = Object.values(await savedPlans(a));
      expect(saved).toHaveLength(1);
      expect(saved[0]!.answers['planner-type']).toBe('academic');
    } finally {
      await app.close();
    }
  });

  it('when both tabs change the same plan at once, both versions are kept and the user is told', async () => {
    const app = await openApp(browser());
    const a = app.page;
    try {
      await a.getByRole('button', { name: EXAMPLE }).click();
      await a.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const b = await openSecondTab(app, a.url().replace(/^[^#]*/, ''));
      await b.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      // Tab B's save waits for a timer: hold B's timers so its change is still pending when A saves.
      await b.evaluate(() => {
        window.setTimeout = (() => 0) as unknown as typeof window.setTimeout;
      });
      await setRate(b, '90');
      await setRate(a, '70');
      await expect.poll(async () => Object.values(await savedPlans(a)).map((p) => p.settings.hourlyRate)).toContain(70);
      await b
        .getByText(`“${EXAMPLE}” was changed in another tab while you changed it here.`, { exact: false })
        .waitFor();
      await expect
        .poll(async () =>
          Object.values(await savedPlans(a))
            .map((p) => `${p.name}: ${p.settings.hourlyRate}`)
            .sort(),
        )
        .toEqual([`${EXAMPLE} (this tab’s version): 90`, `${EXAMPLE}: 70`]);
    } finally {
      await app.close();
    }
  });

  it('a plan deleted in tab B stays deleted after tab A changes another plan', async () => {
    const app = await openApp(browser());
    const a = app.page;
    try {
      await startPlan(a, 'To delete');
      await goHome(a);
      await a.getByRole('button', { name: EXAMPLE }).click();
      await a.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const b = await openSecondTab(app);
      await b.getByRole('heading', { level: 1, name: HOME }).waitFor();
      b.once('dialog', (d) => void d.accept());
      await b.getByRole('button', { name: 'Delete To delete' }).click();
      await expect.poll(() => savedNames(a)).toEqual([EXAMPLE]);

      await setRate(a, '65');
      await expect.poll(async () => Object.values(await savedPlans(a)).map((p) => p.settings.hourlyRate)).toEqual([65]);
      expect(await savedNames(a)).toEqual([EXAMPLE]);
      await goHome(a);
      expect(await listedNames(a)).toEqual([EXAMPLE]);
      await a.reload();
      expect(await listedNames(a)).toEqual([EXAMPLE]);
    } finally {
      await app.close();
    }
  });
});

describe('a full storage quota', () => {
  const browser = useBrowser();
  const fullStorage = () => {
    const original = Storage.prototype.setItem;
    (window as unknown as { storageFull: boolean }).storageFull = true;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull: boolean }).storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, key, value);
    };
  };

  it('keeps work done while full: save a file now, a warning on leaving, and a retry once there is room', async () => {
    const app = await openApp(browser(), { initScript: fullStorage });
    const a = app.page;
    const files = tempDir('pep-e2e-full-');
    try {
      await startPlan(a, 'Written while full');
      await a.getByLabel('A patient organisation or charity').check();
      await a.getByRole('button', { name: 'Next' }).click();
      const banner = a.locator('.banner[role="alert"]');
      await banner.getByText('Not saved: “Written while full”.', { exact: false }).waitFor();

      // Save a file now: the plan, with its answer, as a file the planner imports.
      const downloading = a.waitForEvent('download');
      await banner.getByRole('button', { name: 'Save a file now' }).click();
      const file = await saveDownload(await downloading, files.dir);
      expect(JSON.parse(file.text)).toMatchObject({
        name: 'Written while full',
        answers: { 'planner-type': 'patient-org' },
      });

      // Leaving asks first.
      const leaving = new Promise<string>((resolve) => a.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
      await a.evaluate(() => window.dispatchEvent(new Event('focus')));
      await a.close({ runBeforeUnload: true });
      expect(await leaving).toBe('beforeunload');

      // Space is freed: the next chance saves it.
      await a.evaluate(() => {
        (window as unknown as { storageFull: boolean }).storageFull = false;
        window.dispatchEvent(new Event('focus'));
      });
      await expect.poll(() => savedNames(a)).toEqual(['Written while full']);
      await banner.getByText('Not saved').waitFor({ state: 'detached' });
      await a.reload();
      await goHome(a);
      expect(await listedNames(a)).toEqual(['Written while full']);
    } finally {
      files.remove();
      await app.close();
    }
  });

  it('an import while full does not say "Imported"', async () => {
    const app = await openApp(browser(), { initScript: fullStorage });
    const a = app.page;
    try {
      await a.getByRole('heading', { level: 1, name: HOME }).waitFor();
      const plan = {
        schemaVersion: 2,
        id: 'x',
        name: 'From a file',
        answers: {},
        position: { questionId: null, stage: 'answering' },
      };
      await a.locator('#import-file').setInputFiles({
        name: 'plan.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(plan)),
      });
      const message = a.locator('section[aria-labelledby="your-plans"] [aria-live="polite"] p');
      await expect
        .poll(() => message.textContent())
        .toBe(
          '“From a file (imported)” was read but not saved: your browser’s storage is full. It is open in this tab only; free space or keep the file you imported.',
        );
      expect(await message.getAttribute('class')).toBe('error-text');
    } finally {
      await app.close();
    }
  });
});
