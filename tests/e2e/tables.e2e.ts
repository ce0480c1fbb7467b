/**
 * Journey: a sponsor gives a point an owner and a target date, then downloads the calendar and the
 * action and budget tables by keyboard, and opens them as a calendar app and a spreadsheet would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openApp, readPdf, saveDownload, tempDir, useBrowser } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';

async function downloadByKeyboard(page: Page, button: string, dir: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  const file = await downloading;
  expect(await file.failure()).toBeNull();
  const saved = await saveDownload(file, dir);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(button);
  return { ...saved, name: file.suggestedFilename() };
}

const cells = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .slice(0, -1)
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')),
    );

describe('calendar and spreadsheet tables', () => {
  const browser = useBrowser();

  it('downloads the dated activities as a calendar and the action and budget tables as CSV', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-tables-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.locator('button.point-title', { hasText: ENDPOINTS }).first().click();
      const detail = page.locator('aside.detail');
      await detail.getByRole('heading', { level: 2, name: ENDPOINTS }).waitFor();
      await detail.getByLabel('Owner').fill('Outcomes lead, Lyon');
      await detail.getByLabel('Target date').fill('2027-02-15');
      await openTool(page, 'Export');
      await page.getByText('2 dated activities: the target dates you set and the milestone.').waitFor();

      const ics = await downloadByKeyboard(page, 'Calendar (.ics)', files.dir);
      expect(ics.name).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada.ics');
      const events = new ICAL.Component(ICAL.parse(readFileSync(ics.path, 'utf8')))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
        ['2027-02-15', ENDPOINTS],
        ['2027-12-01', 'Programme milestone'],
      ]);
      expect(events[0]!.description).toContain('Owner: Outcomes lead, Lyon');

      const actions = cells((await downloadByKeyboard(page, 'Action table (.csv)', files.dir)).text);
      expect(actions[0]![1]).toBe('Engagement point');
      expect(actions.find((r) => r[1] === ENDPOINTS)?.slice(3, 5)).toEqual(['Outcomes lead, Lyon', '2027-02-15']);
      const shownPoints = await page.locator('button.point-title').count();
      expect(actions).toHaveLength(1 + shownPoints);

      const word = await downloadByKeyboard(page, 'Word document (.docx)', files.dir);
      expect(word.name).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada.docx');
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word.path)))['word/document.xml']!);
      expect(xml).toContain('Outcomes lead, Lyon');
      expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThan(4);
      await page.getByText(/^Downloaded .+\.docx \(\d+ KB\)\.$/).waitFor();

      const budget = cells((await downloadByKeyboard(page, 'Budget table (.csv)', files.dir)).text);
      const total = budget.at(-1)!;
      expect(total[0]).toBe('Total');
      // The summary on screen shows the same total, formatted.
      const shown = Number(total[1]).toLocaleString('en-GB');
      await page
        .locator('.summary')
        .getByText(new RegExp(`€${shown.replace(/,/g, ',')}`))
        .first()
        .waitFor();
    } finally {
      files.remove();
      await app.close();
    }
  });

  it('downloads the executive summary: at most three pages, with the action table', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-summary-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await openTool(page, 'Export');
      await page
        .getByLabel('PDF version')
        .selectOption({ label: 'Executive summary (2–3 pages, action and budget tables)' });
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Download PDF' }).click();
      const file = await downloading;
      expect(file.suggestedFilename()).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada-summary.pdf');
      const saved = await saveDownload(file, files.dir);
      const pdf = await readPdf(saved.path);
      expect(pdf.problems).toEqual([]);
      expect(pdf.pages.length).toBeLessThanOrEqual(3);
      expect(pdf.pages[0]!.flat).toContain('ENGAGEMENT PLAN: EXECUTIVE SUMMARY');
      expect(pdf.flat).toContain('Action table');
      expect(pdf.flat).toContain('Engagement point Priority Owner Target date Status');
    } finally {
      files.remove();
      await app.close();
    }
  });
});
