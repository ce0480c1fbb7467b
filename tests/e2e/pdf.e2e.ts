/**
 * Journey: download the PDF of an example plan (full plan and patient partner version) and check
 * the files with poppler: the plan name, every engagement point shown on screen, page numbers and
 * the document title.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, pdfInfo, pdfText, saveDownload, squash, tempDir } from './helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const PATIENT_FILTER = 'Where patients, carers and patient organisations contribute';

async function download(page: Page, dir: string) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await downloading;
  expect(await file.failure()).toBeNull();
  const saved = await saveDownload(file, dir);
  await page.getByText(/^Downloaded .+\.pdf \(\d+ KB\)\.$/).waitFor({ timeout: 60_000 });
  return { ...saved, name: file.suggestedFilename() };
}

function checkPdf(path: string, expected: { title: string; texts: string[] }) {
  const info = pdfInfo(path);
  expect(info.Title).toBe(expected.title);
  const pages = Number(info.Pages);
  expect(pages).toBeGreaterThan(1);
  const text = pdfText(path);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  const missing = expected.texts.filter((t) => !text.includes(squash(t)));
  expect(missing, 'texts shown on screen but missing from the PDF').toEqual([]);
  return text;
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
      const titles = await page.locator('.react-flow__node-point .map-node-title').allTextContents();
      expect(titles.length).toBeGreaterThan(5);

      // ── Full plan.
      const team = await download(page, files.dir);
      expect(team.name).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada.pdf');
      expect(team.text.startsWith('%PDF-')).toBe(true);
      checkPdf(team.path, { title: `${EXAMPLE}: patient engagement plan`, texts: [EXAMPLE, ...titles] });

      // ── Patient partner version: the points where patient-side people take part.
      await page.getByRole('button', { name: PATIENT_FILTER }).click();
      await expect
        .poll(() => page.getByRole('button', { name: PATIENT_FILTER }).getAttribute('aria-pressed'))
        .toBe('true');
      const partnerTitles = await page.locator('.react-flow__node-point .map-node-title').allTextContents();
      expect(partnerTitles.length).toBeGreaterThan(0);
      await page.getByLabel('PDF version').selectOption({ label: 'Patient partner version (plain language)' });
      const partner = await download(page, files.dir);
      expect(partner.name).toBe('cancer-medicine-heading-for-hta-in-europe-and-canada-partner.pdf');
      const text = checkPdf(partner.path, {
        title: `${EXAMPLE}: a guide for patient partners`,
        texts: [EXAMPLE, ...partnerTitles],
      });
      expect(text).toContain('About this guide');
      expect(text).toContain('Where you can contribute');
    } finally {
      files.remove();
      await app.close();
    }
  });
});
