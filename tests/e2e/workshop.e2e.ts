/**
 * Journey: a facilitator captures the room by keyboard on the plan screen (two votes, a decision, a
 * changed priority), reloads and finds everything there; two participants, each in their own
 * browser, open the participant file, rate points and download a response; the facilitator imports
 * both and sees the merged ratings, a tampered response is refused, and the workshop record (in the
 * full PDF) and the one-page A3 poster carry what was recorded.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  focused,
  openApp,
  pressButton,
  readPdf,
  saveDownload,
  squash,
  tabTo,
  tempDir,
  useBrowser,
  type App,
} from './helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';
const DECISION = 'Patients and the team agree to keep the endpoint workshop in the evening.';
const A3 = { w: 1190.55, h: 841.89 };

const detail = (page: Page) => page.locator('aside.detail');
const workshop = (page: Page) => page.locator('section.workshop');

async function openPoint(page: Page, title: string) {
  const list = page.getByRole('button', { name: 'List', exact: true });
  if ((await list.getAttribute('aria-pressed')) !== 'true') {
    await list.focus();
    await page.keyboard.press('Enter');
  }
  await page.locator('.plan-list-view button.point-title').filter({ hasText: title }).first().focus();
  await page.keyboard.press('Enter');
  await detail(page).getByRole('heading', { level: 2, name: title }).waitFor();
}

async function download(page: Page, dir: string, press: () => Promise<void>) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await press();
  const file = await downloading;
  expect(await file.failure()).toBeNull();
  return { ...(await saveDownload(file, dir)), name: file.suggestedFilename() };
}

/**
 * A keyboard user focuses the file input and picks the files in the system's dialog; headless
 * Chromium has no dialog, so the files are set on the focused input.
 */
async function chooseFiles(page: Page, label: string | RegExp, files: string[]) {
  const input = page.getByLabel(label);
  await input.focus();
  await input.setInputFiles(files);
}

async function respond(
  app: App,
  participantFile: string,
  dir: string,
  who: { name: string; group: RegExp; rating: number; comment: string },
) {
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Give your view on a plan' }).waitFor();
  await chooseFiles(page, 'Open the participant file (.json)', [participantFile]);
  await page
    .getByRole('heading', { level: 1, name: `Your view on “${EXAMPLE} (participant copy)”` })
    .or(page.getByRole('heading', { level: 1, name: `Your view on “${EXAMPLE}”` }))
    .waitFor();
  await page.getByRole('radio', { name: who.group }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel(/^Your name/).focus();
  await page.keyboard.type(who.name);
  const point = page.locator('li[data-point-id]').filter({ has: page.getByRole('heading', { name: ENDPOINTS }) });
  await point.getByRole('radio', { name: String(who.rating), exact: true }).focus();
  await page.keyboard.press('Space');
  await point.getByLabel(/^Your comment/).focus();
  await page.keyboard.type(who.comment);
  await expectNoAxeViolations(page, 'the participant page');
  const file = await download(page, dir, async () => {
    await page.getByRole('button', { name: 'Download my response' }).focus();
    await page.keyboard.press('Enter');
  });
  await page.getByText(/^Downloaded .+\.json \([\d,]+ bytes\)\. Send it to the team\.$/).waitFor();
  return file;
}
import { openTool } from './plan.helpers';

describe('workshop capture', () => {
  const browser = useBrowser();

  it('records the room, merges participants’ responses and exports the record and the poster', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-workshop-');
    const others: App[] = [];
    try {
      await page.getByRole('button', { name: EXAMPLE }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await openPoint(page, ENDPOINTS);

      // Two votes: one key press each once the button has focus.
      await tabTo(
        page,
        (f) => f.text.startsWith('4: add a rating of 4 from Patients and carers') || f.text === '4',
        'the patients’ rating 4',
        { max: 200 },
      );
      await page.keyboard.press('Enter');
      await detail(page)
        .getByText(/Rating 4 added for Patients and carers\. Now: 1 rating, mean 4, spread 4–4, total 4\./)
        .waitFor();
      await tabTo(page, (f) => f.tag === 'button' && f.text === '2', 'the team’s rating 2', { max: 40 });
      await page.keyboard.press('Enter');
      await detail(page)
        .getByText(/Rating 2 added for Team\./)
        .waitFor();
      const table = detail(page).locator('table.ratings-table');
      expect(squash(await table.locator('td[data-group="patients"]').innerText())).toBe(
        '1 rating, mean 4, spread 4–4, total 4',
      );
      expect(squash(await table.locator('td[data-group="team"]').innerText())).toBe(
        '1 rating, mean 2, spread 2–2, total 2',
      );

      // The team's priority: typed on the closed select, as a keyboard user picks an option.
      await detail(page).getByLabel('Priority (the team’s decision)').focus();
      await page.keyboard.type('Optional');
      await detail(page).getByText('Priority set to Optional.').waitFor();
      await expect.poll(() => detail(page).locator('.badge').first().innerText()).toBe('Optional');

      // A decision: the new record's text box takes focus.
      await pressButton(page, 'Log a decision');
      await expect.poll(() => focused(page).then((f) => f?.tag)).toBe('textarea');
      await page.keyboard.type(DECISION);
      for (const group of ['Patients and carers', 'Team']) {
        await tabTo(page, (f) => f.type === 'checkbox', `Agreed by ${group}`, { max: 6 });
        await page.keyboard.press('Space');
      }
      await expectNoAxeViolations(page, 'the plan screen with the point’s workshop capture');

      // Reload: nothing is lost.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await openPoint(page, ENDPOINTS);
      expect(squash(await detail(page).locator('td[data-group="patients"]').innerText())).toBe(
        '1 rating, mean 4, spread 4–4, total 4',
      );
      expect(await detail(page).getByLabel('Priority (the team’s decision)').inputValue()).toBe('optional');
      expect(
        await detail(page)
          .getByLabel(/^What was decided/)
          .inputValue(),
      ).toBe(DECISION);
      expect(await detail(page).getByRole('checkbox', { name: 'Team' }).isChecked()).toBe(true);
      await page.keyboard.press('Escape');
      await detail(page).waitFor({ state: 'detached' });
      const listed = await workshop(page).locator('li[data-decision-id] textarea').inputValue();
      expect(listed).toBe(DECISION);

      // The participant file, and two participants each in their own browser.
      const participant = await download(page, files.dir, async () => {
        await workshop(page).getByRole('button', { name: 'Download participant file' }).focus();
        await page.keyboard.press('Enter');
      });
      expect(participant.text).not.toContain(DECISION);
      const sam = await openApp(browser(), { hash: '#/respond' });
      others.push(sam);
      const first = await respond(sam, participant.path, files.dir, {
        name: 'Sam',
        group: /^A patient/,
        rating: 5,
        comment: 'Evenings suit me.',
      });
      const kim = await openApp(browser(), { hash: '#/respond' });
      others.push(kim);
      const second = await respond(kim, participant.path, files.dir, {
        name: 'Kim',
        group: /^A carer/,
        rating: 3,
        comment: 'Short sessions please.',
      });

      // Import both at once; the merged ratings show per group.
      await chooseFiles(page, /^Import participants’ responses/, [first.path, second.path]);
      await workshop(page)
        .getByText(/added the response from Sam \(1 ratings\)\./)
        .waitFor();
      await workshop(page)
        .getByText(/added the response from Kim \(1 ratings\)\./)
        .waitFor();
      const row = workshop(page).locator('table.ratings-overview tr').filter({ hasText: ENDPOINTS });
      const merged = squash(await row.locator('td[data-group="patients"]').innerText());
      expect(merged).toBe('3 ratings, mean 4, spread 3–5, total 12; 1 in the room, 2 from responses');
      expect(squash(await row.locator('td[data-group="team"]').innerText())).toBe(
        '1 rating, mean 2, spread 2–2, total 2',
      );
      console.log(`merged ratings for “${ENDPOINTS}”: patients and carers ${merged}`);
      expect(await workshop(page).locator('table.responses-table tbody tr').count()).toBe(2);

      // The same participant again replaces their response; a tampered one is refused.
      await chooseFiles(page, /^Import participants’ responses/, [first.path]);
      await workshop(page).getByText('This response is already in the plan.', { exact: false }).waitFor();
      await workshop(page).getByLabel('Or paste a response').focus();
      await page.keyboard.insertText(first.text.replace(/(":)5(\})/, '$11$2'));
      await pressButton(page, 'Add the pasted response');
      await workshop(page)
        .getByText(/has been changed or cut short since it was made/)
        .waitFor();
      await expectNoAxeViolations(page, 'the workshop section with two responses');

      // The record, in the full PDF.
      await openTool(page, 'Export');
      const record = await download(page, files.dir, async () => {
        await page.getByRole('button', { name: 'Download PDF' }).focus();
        await page.keyboard.press('Enter');
      });
      const pdf = await readPdf(record.path);
      expect(pdf.problems).toEqual([]);
      const recordPage = pdf.pages.find((p) => p.flat.startsWith('Workshop record'));
      expect(recordPage, 'a page headed Workshop record').toBeDefined();
      const recordText = pdf.pages
        .filter((p) => p.number >= (recordPage?.number ?? 0))
        .map((p) => p.flat)
        .join(' ');
      for (const text of [
        'Groups present Patients and carers, Team',
        DECISION,
        'Agreed by Patients and carers, Team',
        'mean 4 (3–5), 3 ratings, total 12',
      ])
        expect(recordText).toContain(text);

      // The poster: one A3 landscape page with every point title.
      const titles = (await page.locator('.plan-list-view button.point-title').allTextContents()).map(squash);
      expect(titles.length).toBeGreaterThan(10);
      const posterFile = await download(page, files.dir, async () => {
        await workshop(page).getByRole('button', { name: 'Download poster (A3)' }).focus();
        await page.keyboard.press('Enter');
      });
      const poster = await readPdf(posterFile.path);
      expect(poster.problems).toEqual([]);
      expect(poster.pages).toHaveLength(1);
      expect(poster.pages[0]!.width).toBeCloseTo(A3.w, 0);
      expect(poster.pages[0]!.height).toBeCloseTo(A3.h, 0);
      expect(
        titles.filter((t) => !poster.flat.includes(t)),
        'point titles missing from the poster',
      ).toEqual([]);
      expect(poster.flat).toContain('Optional · No owner yet');
      console.log(`poster: ${posterFile.name}, ${posterFile.text.length} bytes`);
    } finally {
      for (const o of others) await o.close();
      await app.close();
      files.remove();
    }
  }, 480_000);
  it('sends a participant link: a fresh browser rates the points from the link alone, and the response merges', async () => {
    const app = await openApp(browser(), {
      initScript: () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    });
    const { page } = app;
    const files = tempDir('pep-e2e-participant-link-');
    let guest: App | null = null;
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      // The team's owner on the point must not travel to participants.
      await openPoint(page, ENDPOINTS);
      await detail(page).getByLabel('Owner').fill('Dr Rivera');
      await detail(page).getByRole('button', { name: 'Save changes' }).click();
      await page.keyboard.press('Escape');
      await openTool(page, 'Share');
      await page.getByLabel(/^For workshop participants/).check();
      await page.getByRole('button', { name: 'Make a share link' }).click();
      const link = await page.getByLabel('Share link', { exact: true }).inputValue();
      expect(link).toMatch(/#\/share\/plan1\./);

      guest = await openApp(browser(), { goto: false });
      await guest.page.goto(link);
      const g = guest.page;
      await g.getByRole('heading', { level: 1, name: `Your view on “${EXAMPLE}”` }).waitFor();
      expect(await g.locator('main').innerText()).not.toContain('Dr Rivera');
      // No file to open again: the plan came in the link.
      expect(await g.getByRole('button', { name: 'Open a different participant file' }).count()).toBe(0);
      await g.getByRole('radio', { name: /^A patient/ }).check();
      const point = g.locator('li[data-point-id]').filter({ has: g.getByRole('heading', { name: ENDPOINTS }) });
      await point.getByRole('radio', { name: '4', exact: true }).check();
      await expectNoAxeViolations(g, 'the participant form opened from a link');
      const response = await download(g, files.dir, () =>
        g.getByRole('button', { name: 'Download my response' }).click(),
      );

      await workshop(page)
        .getByLabel(/^Import participants’ responses/)
        .setInputFiles([response.path]);
      await workshop(page)
        .getByText(/added the response from an anonymous participant \(1 ratings\)\./)
        .waitFor();
      const row = workshop(page).locator('table.ratings-overview tr').filter({ hasText: ENDPOINTS });
      expect(squash(await row.locator('td[data-group="patients"]').innerText())).toMatch(/^1 rating, mean 4/);
    } finally {
      await guest?.close();
      await app.close();
      files.remove();
    }
  }, 240_000);
});
