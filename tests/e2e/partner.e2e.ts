/**
 * Journey: the team makes a partner share link; a patient opens it in a fresh browser (a new
 * context, nothing stored), reads the partner view (axe clean at 390 and 1280 px, no sideways
 * scroll at 320 px), ticks the tasks they would like to join and saves the answer file; the team
 * imports it and sees who is interested in what. A tampered link shows a clear message and leaves
 * the stored plans as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openApp, saveDownload, tempDir, useBrowser } from './helpers';

const EXAMPLE = 'Early Alzheimer';
const TASK = 'Help choose the results the main study will measure';

async function noSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(extra, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
}
import { openTool } from './plan.helpers';

describe('patient partners', () => {
  const browser = useBrowser();

  it('share a partner link, read it in a fresh browser, send interest back, and the team sees it', async () => {
    const team = await openApp(browser(), {
      initScript: () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    });
    const files = tempDir('pep-e2e-partner-');
    try {
      const { page } = team;
      await page.getByRole('button', { name: new RegExp(EXAMPLE) }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(EXAMPLE) }).waitFor();
      await openTool(page, 'Share');
      await page.getByLabel('Name', { exact: true }).fill('Sam Lee');
      await page.getByLabel('Email').fill('sam@example.org');
      await page.getByRole('button', { name: 'Save the contact' }).click();
      await page.getByText('The contact for partners is saved.').waitFor();
      await page.getByLabel('For patient partners (opens the plain-language partner view)').check();
      await page.getByRole('button', { name: 'Make a share link' }).click();
      const link = await page.getByLabel('Share link', { exact: true }).inputValue();
      expect(link).toMatch(/#\/share\/plan1\.[0-9a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
      await page.getByText(`The link is ${link.length.toLocaleString('en-GB')} characters long.`).waitFor();
      await page.getByRole('img', { name: 'QR code of the share link for patient partners' }).waitFor();
      await page.getByRole('button', { name: 'Copy the link' }).click();
      await page.getByText(/It is selected: press Ctrl\+C/).waitFor();
      const teamPlans = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

      // ── A patient opens the link in a browser of their own.
      const partner = await openApp(browser(), { goto: false });
      try {
        const p = partner.page;
        console.info('partner: opening the link');
        await p.goto(link);
        await p.getByRole('heading', { level: 1, name: /a guide for patients and carers/ }).waitFor();
        const task = p.getByRole('article', { name: TASK });
        await expect
          .poll(() => task.getByText('When the team plans the large study that shows if the treatment works.').count())
          .toBe(1);
        await p.getByText('Sam Lee').waitFor();
        await p.getByRole('link', { name: 'sam@example.org' }).waitFor();
        expect(await p.getByText(/Step \d/).count()).toBe(0);
        await p.setViewportSize({ width: 390, height: 800 });
        await expectNoAxeViolations(p, 'the partner view at 390 px');
        await p.setViewportSize({ width: 1280, height: 900 });
        await expectNoAxeViolations(p, 'the partner view at 1280 px');
        await noSidewaysScroll(p, 320);
        await p.getByRole('button', { name: 'Large print' }).click();
        await noSidewaysScroll(p, 320);
        await p.setViewportSize({ width: 1280, height: 900 });

        console.info('partner: marking interest');
        await p.getByRole('checkbox', { name: TASK }).check();
        await p.getByLabel('A note for the team').fill('I was diagnosed two years ago.');
        await p.getByLabel('What you need to take part (access needs)').fill('Large print, and a carer with me.');
        await p.getByLabel('Your name (if you want the team to know it)').fill('Ruth');
        const saving = p.waitForEvent('download');
        await p.getByRole('button', { name: 'Save my answer to send to the team' }).click();
        const answer = await saveDownload(await saving, files.dir);
        await p.getByText(/^Saved interest-.*\.json\. Send this file to the team/).waitFor();

        console.info('partner: the team imports the answer');
        // ── The team imports it.
        await page.getByLabel("Import a partner's answer (a .json file)").setInputFiles({
          name: 'interest.json',
          mimeType: 'application/json',
          buffer: Buffer.from(answer.text),
        });
        await page.getByText('Added the answer from Ruth.').waitFor();
        const row = page.locator('.responses li', { hasText: 'Ruth' });
        await expect.poll(() => row.textContent()).toContain(`would like to join: ${TASK}.`);
        expect(await row.textContent()).toContain('Access needs: Large print, and a carer with me.');
        // A changed file is refused with a reason.
        await page.getByLabel("Import a partner's answer (a .json file)").setInputFiles({
          name: 'changed.json',
          mimeType: 'application/json',
          buffer: Buffer.from(answer.text.replace('Ruth', 'Rose')),
        });
        await page.getByText(/changed\.json was not added\. This response has been changed/).waitFor();

        console.info('partner: tampered link');
        // ── A tampered link: a clear message, the team's plans untouched.
        const at = link.length - 10;
        const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
        await page.goto(tampered);
        await page.getByRole('heading', { name: 'This share link cannot be opened' }).waitFor();
        await page
          .getByRole('alert')
          .getByText(/This share link has been changed since it was made/)
          .waitFor();
        await page.goto(link.slice(0, -40));
        await page
          .getByRole('alert')
          .getByText(/This share link is cut short: \d[\d,]* of its [\d,]+ characters arrived/)
          .waitFor();
        expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(teamPlans);
      } finally {
        await partner.close();
      }
    } finally {
      files.remove();
      await team.close();
    }
  }, 300_000);

  it('opens a team link as a new plan or view only, never over a plan', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await page.getByRole('button', { name: new RegExp(EXAMPLE) }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(EXAMPLE) }).waitFor();
      await openTool(page, 'Share');
      await page.getByLabel('For the team (opens the whole plan, as a new plan or view only)').check();
      await page.getByRole('button', { name: 'Make a share link' }).click();
      const link = await page.getByLabel('Share link', { exact: true }).inputValue();
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: /A plan was shared with you/ }).waitFor();
      await page.getByRole('button', { name: 'View only' }).click();
      await page.getByRole('heading', { name: 'Engagement points by phase (view only)' }).waitFor();
      await expectNoAxeViolations(page, 'the shared plan screen');
      await page.getByRole('button', { name: 'Open as a new plan' }).click();
      await page.getByRole('heading', { level: 1, name: /\(shared\)$/ }).waitFor();
      const names = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pep:plan')));
      expect(names.length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
