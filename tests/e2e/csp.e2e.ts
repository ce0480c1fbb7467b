/**
 * The built app runs under its Content-Security-Policy (only our own origin, no inline script, no
 * plugins): the map (React Flow), the PDF export (jsPDF and its fonts) and the glossary work with no
 * policy violation, and an injected inline script does not run. Long words wrap at 320 px.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, saveDownload, tempDir, url, useBrowser } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Low-budget academic study of a COPD self-help programme';

const recordViolations = () => {
  const list: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
};
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('content security policy', () => {
  const browser = useBrowser();

  it('the built index.html carries the policy, with no inline script', async () => {
    const html = await (await fetch(url('').replace(/#.*$/, ''))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
  });

  it('ships no validation library to the browser: zod probes eval, which the policy reports', async () => {
    const dist = process.env.E2E_DIST;
    expect(dist, 'npm run test:e2e passes the build folder as E2E_DIST').toBeTruthy();
    const assets = join(dist!, 'assets');
    const withZod = readdirSync(assets).filter(
      (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('ZodObject'),
    );
    expect(withZod).toEqual([]);
  });

  it('the map, the PDF export and the glossary run with no violation; inline script is refused', async () => {
    const app = await openApp(browser(), {
      initScript: recordViolations,
      // The inline script this test injects on purpose is refused; newer Chromium also says so on the
      // console. The securitypolicyviolation events below are what the test relies on.
      allowConsole: [/^error: Executing inline script violates the following Content Security Policy/],
    });
    const { page } = app;
    const files = tempDir('pep-e2e-csp-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.locator('.react-flow__node-point').first().waitFor();
      await openTool(page, 'Export');
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Download PDF' }).click();
      const pdf = await saveDownload(await downloading, files.dir);
      expect(pdf.text.startsWith('%PDF-')).toBe(true);
      expect(pdf.text).toContain('DejaVuSans');
      await page.getByRole('link', { name: 'Glossary' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      expect(await violations(page)).toEqual([]);

      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.head.append(s);
        return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
      });
      expect(ran).toBe(false);
      // Reported once per policy in force (the meta tag, and the header `vite preview` also sends).
      await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
      expect(new Set(await violations(page))).toEqual(new Set(['script-src-elem inline']));
    } finally {
      files.remove();
      await app.close();
    }
  });

  it('a very long word in a plan name wraps instead of widening the page at 320 px', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.getByLabel('Plan name').fill('W'.repeat(200));
      await page.getByRole('button', { name: 'Start the questions' }).click();
      await page.getByRole('heading', { level: 1, name: /Who is making this plan\?/ }).waitFor();
      await page.getByRole('link', { name: 'Your plans' }).click();
      await page.locator('.plan-list .plan-link').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await app.close();
    }
  });
});
