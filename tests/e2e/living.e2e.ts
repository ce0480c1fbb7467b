/**
 * Journey: the living plan, by keyboard. Log what happened (with the feedback to the partners and a
 * metric's result) at two points, and find it again after a reload; save a named version, change the
 * plan, and read the difference; write the reflections and download the impact report (GRIPP2), whose
 * Word file has the five sections and the logged text. axe-clean, focus never drops to the top, and
 * no horizontal scroll at 320 px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, focused, openApp, saveDownload, tempDir, useBrowser } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';
const PROTOCOL = 'Patient review panel for the main study protocol';
const VERSION = 'v1 for the steering committee';

const detail = (page: Page) => page.locator('aside.detail');
const listButton = (page: Page, title: string) =>
  page.locator('button.point-title').filter({ hasText: new RegExp(`^${title}$`) });

async function openPoint(page: Page, title: string) {
  await listButton(page, title).focus();
  await page.keyboard.press('Enter');
  await detail(page).getByRole('heading', { level: 2, name: title }).waitFor();
}
async function closePoint(page: Page, title: string) {
  await page.keyboard.press('Escape');
  await detail(page).waitFor({ state: 'detached' });
  // Focus goes back to the point's button in the list, not to the top of the page.
  expect((await focused(page))?.text).toBe(title);
}

/** Logs one entry at the open point, every field by keyboard (Tab from field to field). */
async function logImpact(page: Page, what: { happened: string; changed: string; how: string; summary: string }) {
  const section = detail(page).locator('section.point-record');
  await section.getByRole('button', { name: 'Log what happened' }).focus();
  await page.keyboard.press('Enter');
  const entry = section.getByRole('group', { name: /^Entry \d+$/ }).last();
  await expect.poll(async () => (await focused(page))?.tag).toBe('textarea');
  await page.keyboard.type(what.happened);
  await page.keyboard.press('Tab');
  await page.keyboard.type(what.changed);
  // A date field's day, month and year take Tab stops of their own: go to each field by its label.
  await entry.getByLabel('Sent on').fill('2027-03-01');
  await entry.getByLabel('How it was sent (email, meeting, newsletter…)').focus();
  await page.keyboard.type(what.how);
  await page.keyboard.press('Tab');
  await page.keyboard.type(what.summary);
  await page.keyboard.press('Tab');
  expect((await focused(page))?.tag).toBe('select');
  await entry.getByLabel('Evaluation metric').selectOption('changes-traced');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3 of 4 suggestions adopted');
  await entry.getByText('Saved.').waitFor();
}

describe('the living plan', () => {
  const browser = useBrowser();

  it('logs impact at two points, compares versions and downloads the GRIPP2 impact report', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const tmp = tempDir('living-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();

      // Two points, each with what happened, what changed, the feedback and the metric's result.
      await openPoint(page, ENDPOINTS);
      await logImpact(page, {
        happened: 'Two patient panels ranked the candidate endpoints.',
        changed: 'Fatigue became a key secondary endpoint.',
        how: 'email',
        summary: 'What we changed and why.',
      });
      await expectNoAxeViolations(page, 'the point detail with an impact entry', { include: 'aside.detail' });
      await closePoint(page, ENDPOINTS);
      await openPoint(page, PROTOCOL);
      await logImpact(page, {
        happened: 'The panel reviewed the draft protocol.',
        changed: 'Visits cut from 12 to 8.',
        how: 'panel meeting',
        summary: 'You said, we did.',
      });
      // Removing an empty entry keeps focus in the section.
      await detail(page).getByRole('button', { name: 'Log what happened' }).focus();
      await page.keyboard.press('Enter');
      await detail(page).getByRole('button', { name: 'Remove this entry (Entry 2)' }).focus();
      await page.keyboard.press('Enter');
      expect((await focused(page))?.text).toBe('What happened');
      await closePoint(page, PROTOCOL);

      // It survives a reload.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
      await openPoint(page, ENDPOINTS);
      await expect
        .poll(() => detail(page).getByLabel('What changed because of patient input').inputValue())
        .toBe('Fatigue became a key secondary endpoint.');
      await closePoint(page, ENDPOINTS);

      // Save a named version.
      await openTool(page, 'Versions');
      const versions = page.locator('#versions-panel');
      await versions.getByLabel('Name of the version').focus();
      await page.keyboard.type(VERSION);
      await page.keyboard.press('Enter');
      await versions.getByRole('status').getByText(`Saved the version “${VERSION}”.`).waitFor();
      await versions.getByText('No differences: both give the same plan.').waitFor();

      // Change the plan: an owner and a status for the endpoints point.
      await openPoint(page, ENDPOINTS);
      await detail(page).getByLabel('Owner', { exact: true }).focus();
      await page.keyboard.type('Sam');
      await detail(page).getByLabel('Status', { exact: true }).selectOption('done');
      await closePoint(page, ENDPOINTS);

      // The diff, as text.
      await versions.getByRole('heading', { name: `From “${VERSION}” to “The plan as it is now”` }).waitFor();
      await versions.getByText(`Changed: ${ENDPOINTS}: owner not set → Sam; status not set → Done.`).waitFor();
      await expectNoAxeViolations(page, 'the versions panel with a diff', { include: '#versions-panel' });

      // The impact report, with the team's reflections.
      await openTool(page, 'Export');
      const exporting = page.locator('#export-panel');
      await exporting.getByLabel('Reflections for the impact report (GRIPP2)').focus();
      await page.keyboard.type('Recruiting carers took longer than planned.');
      const button = exporting.getByRole('button', { name: 'Impact report (GRIPP2, .docx)' });
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const { path } = await saveDownload(download, tmp.dir);
      expect(download.suggestedFilename()).toMatch(/-impact-report\.docx$/);
      await exporting.getByText(/^Downloaded .*-impact-report\.docx \(\d+ KB\)\.$/).waitFor();
      expect((await focused(page))?.text).toBe('Impact report (GRIPP2, .docx)');
      const bytes = readFileSync(path);
      const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
      for (const h of ['1. Aim', '2. Methods', '3. Results', '4. Outcomes', '5. Reflections']) expect(xml).toContain(h);
      expect(xml).toContain('Two patient panels ranked the candidate endpoints.');
      expect(xml).toContain('Visits cut from 12 to 8.');
      expect(xml).toContain('Feedback to partners (1 March 2027, email): What we changed and why.');
      expect(xml).toContain('Changes traced to patient input: 3 of 4 suggestions adopted');
      expect(xml).toContain('Recruiting carers took longer than planned.');
      console.log(`[living] impact report: ${bytes.length} bytes`);
      await expectNoAxeViolations(page, 'the export panel with the impact report', { include: '#export-panel' });

      // No horizontal scroll at 320 px, with the panels open and a point's record open.
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await openPoint(page, ENDPOINTS);
      expect(await overflow()).toBeLessThanOrEqual(0);
    } finally {
      tmp.remove();
      await app.close();
    }
  });
});
