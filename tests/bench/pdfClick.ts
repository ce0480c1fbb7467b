/** What the user waits for: from the click on "Download PDF" to the download, in a cold browser context. */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { summarise } from './stats';

export interface ClickResult {
  times: number[];
  median: number;
}

/**
 * Opens the example in a fresh context (empty cache: jsPDF, the fonts and the PDF code are fetched on the
 * click, as on a first export), presses Download PDF and times until the browser has the file.
 */
export async function benchPdfClick(url: string, exampleName: string, runs = 3): Promise<ClickResult> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      try {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.getByRole('button', { name: exampleName, exact: true }).click();
        // Export is a toolbar panel: open it as a user would (as tests/e2e/plan.helpers.ts openTool does).
        await page.locator('.plan-toolbar button.toolbar-disclosure', { hasText: /^Export/ }).click();
        const button = page.getByRole('button', { name: 'Download PDF' });
        await button.waitFor();
        const downloading = page.waitForEvent('download', { timeout: 120_000 });
        const t0 = Date.now();
        await button.click();
        const file = await downloading;
        times.push(Date.now() - t0);
        if (await file.failure()) throw new Error(`the download failed: ${await file.failure()}`);
      } finally {
        await context.close();
      }
    }
    return { times, median: summarise(times).median };
  } finally {
    await browser?.close();
  }
}
