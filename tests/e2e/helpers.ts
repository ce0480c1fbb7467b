/**
 * Shared plumbing for the end-to-end journeys: one browser per test file, a fresh context per test,
 * a guard that fails the test when the page talks to any origin but the app's own (the privacy
 * rule: everything stays in the browser), a guard that fails the test on any console error or
 * warning it did not list as expected (React Flow, React and the browser report broken things only
 * there), an accessibility check with axe, and keyboard-only answering of questionnaire questions.
 *
 * The base URL comes from E2E_BASE_URL, which tests/e2e/run.ts sets after it starts `vite preview`
 * (and, for the dev journey, the Vite dev server: tests/support/devServer.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Download, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set. Run the end-to-end tests with `npm run test:e2e`.');
  return url.endsWith('/') ? url : `${url}/`;
}

/** The app's URL for a hash route, for example url('#/glossary'). */
export function url(hash = '#/'): string {
  return `${baseUrl()}${hash}`;
}

/** One browser per test file: launched before its tests, closed after. Call inside a describe block. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet.');
    return browser;
  };
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface App {
  context: BrowserContext;
  page: Page;
  /** Every request the page made to another origin. Must stay empty. */
  foreignRequests: string[];
  /** Uncaught errors in the page. Must stay empty. */
  pageErrors: string[];
  /** Console errors and warnings, as "error: text (at url:line)". Each must match an expected pattern. */
  consoleMessages: string[];
  /**
   * Closes the context, then fails if the privacy rule was broken, the page threw, the console showed
   * an error or warning no pattern of `expectConsole` matches, or an expected pattern never showed.
   */
  close: () => Promise<void>;
}

export interface OpenOptions {
  initScript?: () => void;
  hash?: string;
  goto?: boolean;
  /**
   * Console errors or warnings this test provokes on purpose (matched against "type: text"). Each
   * pattern must match at least one message, so a stale entry fails too.
   */
  expectConsole?: RegExp[];
  /**
   * Console messages this test may provoke but some browser builds do not print (Chromium 150 reports
   * a refused inline script only as a securitypolicyviolation event, 156 also on the console).
   */
  allowConsole?: RegExp[];
}

function consoleLine(message: ConsoleMessage): string {
  const { url: at, lineNumber } = message.location();
  return `${message.type()}: ${message.text()}${at ? ` (at ${at}:${lineNumber})` : ''}`;
}

/** Fails on console messages no pattern matches, and on patterns that matched nothing. */
export function checkConsole(messages: string[], expected: RegExp[], allowed: RegExp[] = []): void {
  const unexpected = messages.filter((m) => ![...expected, ...allowed].some((re) => re.test(m)));
  expect(unexpected, 'console errors and warnings (list deliberate ones in openApp’s expectConsole)').toEqual([]);
  const unseen = expected.filter((re) => !messages.some((m) => re.test(m))).map(String);
  expect(unseen, 'expected console messages that never appeared').toEqual([]);
}

function isOwn(requestUrl: string, origin: string): boolean {
  if (requestUrl.startsWith('data:') || requestUrl === 'about:blank') return true;
  try {
    // blob: URLs carry the origin that created them.
    return new URL(requestUrl).origin === origin;
  } catch {
    return false;
  }
}

/** A new context (empty storage, downloads allowed) and page, with the request guard in place. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<App> {
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleMessages: string[] = [];
  // On the context, so pages the app opens (a downloaded file, a new tab) are watched too.
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleMessages.push(consoleLine(message));
  });
  context.on('request', (request) => {
    if (!isOwn(request.url(), origin)) foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  // Nothing may leave: foreign requests are recorded above and never reach the network.
  await context.route(
    (u) => !isOwn(u.href, origin),
    (route) => route.abort('blockedbyclient'),
  );
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.setDefaultTimeout(15_000);
  if (options.goto !== false) await page.goto(url(options.hash ?? '#/'));
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    consoleMessages,
    close: async () => {
      await context.close();
      expect(foreignRequests, 'requests to origins other than the app (privacy rule)').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      checkConsole(consoleMessages, options.expectConsole ?? [], options.allowConsole);
    },
  };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page (or the part matching `include`) and fails with a readable list of violations.
 * The mouse is first moved to the page's top-left corner so a hover left by the last click does not
 * decide the result (test hover states on purpose with `keepMouse`). `soft` records the failure and
 * lets the test go on (used for known, reported bugs).
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: { include?: string; keepMouse?: boolean; soft?: boolean } = {},
): Promise<void> {
  if (!options.keepMouse) await page.mouse.move(0, 0);
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      - ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
  const check = options.soft ? expect.soft : expect;
  check(violations.length, `axe found accessibility violations on ${label}:\n${report}`).toBe(0);
}

// ───────────────────────────── keyboard helpers ─────────────────────────────

interface Focused {
  tag: string;
  type: string;
  id: string;
  name: string;
  text: string;
  checked: boolean;
  disabled: boolean;
  className: string;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      id: el.id,
      name: input.name ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: Boolean(input.checked),
      disabled: Boolean(input.disabled),
      className: typeof el.className === 'string' ? el.className : '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, or fails after `max` presses. */
export async function tabTo(
  page: Page,
  matches: (f: Focused) => boolean,
  what: string,
  { backwards = false, max = 60 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && matches(f)) return f;
  }
  throw new Error(`Could not reach ${what} with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses.`);
}

/** Tabs to the button whose visible text (plus any visually hidden text) starts with `label`, then presses Enter. */
export async function pressButton(page: Page, label: string | RegExp, opts: { backwards?: boolean } = {}) {
  const test = (t: string) => (typeof label === 'string' ? t === label || t.startsWith(label) : label.test(t));
  await tabTo(
    page,
    (f) => (f.tag === 'button' || f.tag === 'a') && test(f.text),
    `the “${String(label)}” button`,
    opts,
  );
  await page.keyboard.press('Enter');
}

/** The id of the question on screen (from the help text id, "help-<question id>"). */
export async function currentQuestionId(page: Page): Promise<string> {
  const id = await page.locator('form.question fieldset p.help').getAttribute('id');
  if (!id) throw new Error('No question on screen.');
  return id.replace(/^help-/, '');
}

/** Waits until the question with this id is shown and its heading has focus. */
export async function expectQuestionFocused(page: Page, questionId: string): Promise<void> {
  await expect.poll(() => currentQuestionId(page).catch(() => null), { timeout: 10_000 }).toBe(questionId);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('form.question fieldset legend h1') ?? false), {
      timeout: 10_000,
      message: `focus on the heading of question “${questionId}”`,
    })
    .toBe(true);
}

/**
 * An answer as a person gives it:
 *   { choose: 'Label' }            radio (single, yes/no, scale): the option whose label starts with this
 *   { tick: ['Label', …] }         checkboxes: exactly these ticked, others unticked
 *   { notSure: true }              the "Not sure" choice
 *   { type: 'text' }               text area
 *   { date: 'YYYY-MM-DD' }         date input, typed field by field
 *   { none: true }                 leave it blank
 */
export type KeyboardAnswer =
  { choose: string } | { tick: string[] } | { notSure: true } | { type: string } | { date: string } | { none: true };

interface ChoiceInfo {
  type: string;
  label: string;
  checked: boolean;
}

function choices(page: Page): Promise<ChoiceInfo[]> {
  return page.$$eval('form.question fieldset .choice input', (inputs) =>
    inputs.map((i) => {
      const input = i as HTMLInputElement;
      const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      // The option's own text, without its help line.
      const own = label ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE) : [];
      return {
        type: input.type,
        label: own
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
        checked: input.checked,
      };
    }),
  );
}

/**
 * Answers the question on screen with the keyboard only. Focus starts on the question heading (the
 * app puts it there); Tab moves into the answer, arrows move within a radio group, Space ticks.
 * Leaves focus inside the answer.
 */
export async function answerByKeyboard(page: Page, answer: KeyboardAnswer): Promise<void> {
  if ('none' in answer) return;
  const list = await choices(page);
  const find = (label: string) => {
    const exact = list.findIndex((c) => c.label === label);
    const i = exact >= 0 ? exact : list.findIndex((c) => c.label.startsWith(label));
    if (i < 0) throw new Error(`No option “${label}” among: ${list.map((c) => c.label).join(' | ')}`);
    return i;
  };

  if ('type' in answer || 'date' in answer) {
    const f = await tabTo(
      page,
      (x) => x.tag === 'textarea' || (x.tag === 'input' && x.type === 'date'),
      'the text box',
    );
    if ('type' in answer) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(answer.type);
    } else {
      // The order of the day, month and year fields follows the browser's language, not the page's:
      // type in one order, and if the value is not the date, clear the three fields and try the next.
      const [year, month, day] = answer.date.split('-') as [string, string, string];
      const input = page.locator(`#${f.id}`);
      for (const order of [
        [month, day, year],
        [day, month, year],
        [year, month, day],
      ]) {
        // Two digits fill a day or month field and move on to the next field.
        for (const part of order) await page.keyboard.type(part);
        if ((await input.inputValue()) === answer.date) return;
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press('Backspace');
          if (i < 2) await page.keyboard.press('Shift+Tab');
        }
      }
      throw new Error(`Could not type the date ${answer.date} into the date field.`);
    }
    return;
  }

  // Tab forwards when focus is before the options (on the heading), backwards when after them (on a button).
  const backwards = await page.evaluate(() => {
    const first = document.querySelector('form.question fieldset .choice input');
    const active = document.activeElement;
    if (!first || !active || active === document.body) return false;
    return Boolean(first.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) && !first.contains(active);
  });
  const ids = await page.$$eval('form.question fieldset .choice input', (inputs) => inputs.map((i) => i.id));

  const radios = list.length > 0 && list[0]!.type === 'radio';
  if (radios) {
    const target = 'notSure' in answer ? find('Not sure') : 'choose' in answer ? find(answer.choose) : -1;
    if (target < 0) throw new Error('Radio questions take { choose } or { notSure }.');
    // Tab enters the group once: on the checked radio, or on the first (last, going backwards) when none is.
    const f = await tabTo(page, (x) => x.tag === 'input' && x.type === 'radio', 'the options', { backwards });
    let at = ids.indexOf(f.id);
    while (at !== target) {
      await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
      at += target > at ? 1 : -1;
    }
    if (!(await focused(page))?.checked) await page.keyboard.press('Space');
    const after = await choices(page);
    expect(after[target]?.checked, `option “${after[target]?.label}” is chosen`).toBe(true);
    return;
  }

  // Checkboxes: Tab through every box and press Space where the state must change.
  const want = new Set('notSure' in answer ? [find('Not sure')] : 'tick' in answer ? answer.tick.map(find) : []);
  for (let n = 0; n < list.length; n++) {
    const f = await tabTo(page, (x) => x.tag === 'input' && x.type === 'checkbox', `checkbox ${n + 1}`, {
      backwards,
      max: n === 0 ? 60 : 1,
    });
    if (f.checked !== want.has(ids.indexOf(f.id))) await page.keyboard.press('Space');
  }
  const after = await choices(page);
  expect(
    after.filter((c) => c.checked).map((c) => c.label),
    'ticked boxes',
  ).toEqual(after.filter((_, i) => want.has(i)).map((c) => c.label));
}

// ───────────────────────────── files ─────────────────────────────

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Saves a download into `dir` and returns its path and text. */
export async function saveDownload(download: Download, dir: string): Promise<{ path: string; text: string }> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, text: readFileSync(path, 'latin1') };
}

/** A downloaded PDF as a viewer shows it (pages, text, properties, bookmarks), read with pdfjs-dist. */
export { readPdf } from '../support/pdf';

/** Collapses whitespace, as readPdf's `flat` does, so on-screen text can be compared with PDF text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
