/**
 * Journey: download the PDF of an example plan (full plan and patient partner version) and read
 * the files as a PDF viewer shows them (pdfjs-dist): the plan name, page numbers and document
 * title; the map pages of the full plan show every point card the screen's map shows, and as many;
 * the partner guide's "Where you could help" lists exactly the tasks of the partner view (a
 * professional-only point added to the plan is on neither).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sectionLines, textsOfSize, type PdfReport } from '../support/pdf';
import { useBrowser, openApp, readPdf, saveDownload, squash, tempDir, url } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const IMPORTED = `${EXAMPLE} (imported)`;
const PATIENT_FILTER = 'Where patients, carers and patient organisations contribute';
const PROFESSIONAL_POINT = 'Brief trial site staff on the visit schedule';
/** Task titles in the partner guide are set at 13.3 pt (1.3 pt above its 12 pt body text). */
const POINT_TITLE_SIZE = 13.3;
/** The line under each point card's title on the map: "<Priority> · <Level>". */
const CARD_META = /^(Essential|Recommended|Optional) · [A-Z][a-z]+( · Custom)?( → p\. [\d, ]+)?$/;

const mapTitles = async (page: Page) =>
  (await page.locator('.react-flow__node-point .map-node-title').allTextContents()).map(squash);

async function download(page: Page, dir: string) {
  await openTool(page, 'Export');
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await downloading;
  expect(await file.failure()).toBeNull();
  const saved = await saveDownload(file, dir);
  await page.getByText(/^Downloaded .+\.pdf \(\d+ KB\)\.$/).waitFor({ timeout: 60_000 });
  return { ...saved, name: file.suggestedFilename() };
}

async function checkPdf(path: string, expected: { title: string; texts: string[] }): Promise<PdfReport> {
  const pdf = await readPdf(path);
  expect(pdf.problems, 'structure problems and pdf.js warnings').toEqual([]);
  expect(pdf.info.Title).toBe(expected.title);
  const pages = pdf.pages.length;
  expect(pages).toBeGreaterThan(1);
  pdf.pages.forEach((p, i) => expect(p.flat).toContain(`Page ${i + 1} of ${pages}`));
  const missing = expected.texts.filter((t) => !pdf.flat.includes(squash(t)));
  expect(missing, 'texts shown on screen but missing from the PDF').toEqual([]);
  return pdf;
}

describe('PDF export', () => {
  const browser = useBrowser();

  it('downloads the full plan and the patient partner version with the points shown on screen', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-pdf-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();
      const titles = await mapTitles(page);
      expect(titles.length).toBeGreaterThan(5);

      // ── Full plan: its map pages (landscape, headed "Phase map") show the cards of the screen's map.
      const team = await download(page, files.dir);
      expect(team.name).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada.pdf');
      expect(team.text.startsWith('%PDF-')).toBe(true);
      const full = await checkPdf(team.path, { title: `${EXAMPLE}: patient engagement plan`, texts: [EXAMPLE] });
      const mapPages = full.pages.filter((p) => p.width > p.height && p.flat.startsWith('Phase map'));
      expect(mapPages.length).toBeGreaterThan(0);
      const mapText = mapPages.map((p) => p.flat).join(' ');
      expect(
        titles.filter((t) => !mapText.includes(t)),
        'cards on the screen missing from the PDF map',
      ).toEqual([]);
      const cards = mapPages.flatMap((p) => p.lines).filter((l) => CARD_META.test(l.text));
      expect(cards, 'point cards on the PDF map').toHaveLength(titles.length);

      // ── Patient partner version. Every built-in point involves someone on the patient side, so the
      // plan gets a professional-only point first (plan file exported, point added, imported): the
      // filtered map leaves it out, and so must the guide.
      await openTool(page, 'Export');
      const exporting = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download plan file' }).click();
      const exported = JSON.parse((await saveDownload(await exporting, files.dir)).text);
      exported.edits.custom.push({
        id: 'custom-site-briefing',
        phase: exported.answers['phases-in-scope'][0],
        title: PROFESSIONAL_POINT,
        description: 'Walk site staff through the visit schedule.',
        who: ['site-staff', 'clinicians'],
        level: 'inform',
      });
      await page.goto(url('#/'));
      await page.locator('#import-file').setInputFiles({
        name: 'plan-with-professional-point.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
      await page.getByRole('link', { name: IMPORTED }).click();
      await page.getByRole('heading', { level: 1, name: IMPORTED }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();
      expect(await mapTitles(page)).toContain(PROFESSIONAL_POINT);

      await openTool(page, 'Filters');
      await page.getByRole('button', { name: PATIENT_FILTER }).click();
      await expect
        .poll(() => page.getByRole('button', { name: PATIENT_FILTER }).getAttribute('aria-pressed'))
        .toBe('true');
      await expect.poll(async () => (await mapTitles(page)).length).toBe(titles.length);
      const partnerTitles = await mapTitles(page);
      expect(partnerTitles).not.toContain(PROFESSIONAL_POINT);
      await openTool(page, 'Export');
      await page.getByLabel('PDF version').selectOption({ label: 'Patient partner version (plain language)' });
      const partner = await download(page, files.dir);
      expect(partner.name).toMatch(/^cancer-medicine-heading-for-hta-in-europe-and-canada-[a-z-]*partner\.pdf$/);
      const guide = await checkPdf(partner.path, {
        title: `${IMPORTED}: a guide for patient partners`,
        texts: [IMPORTED, 'About this guide', 'Where you could help'],
      });
      // The task titles under "Where you could help" are exactly the tasks of the partner view.
      await page.goto(`${page.url()}/partner`);
      await page.getByRole('heading', { level: 1, name: /a guide for patients and carers/ }).waitFor();
      const viewTitles = (await page.locator('.partner-moment h4').allTextContents()).map(squash);
      expect(viewTitles.length).toBeGreaterThan(3);
      expect(viewTitles).not.toContain(PROFESSIONAL_POINT);
      const listed = textsOfSize(sectionLines(guide, 'Where you could help'), POINT_TITLE_SIZE);
      expect([...listed].sort(), 'tasks in the partner guide = tasks in the partner view').toEqual(
        [...viewTitles].sort(),
      );
      expect(guide.flat).not.toContain(PROFESSIONAL_POINT);
    } finally {
      files.remove();
      await app.close();
    }
  });
});
