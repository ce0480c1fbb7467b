/** The phase map's first render in headless Chromium, served by `vite preview` from the benchmark's build. */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { summarise } from './stats';

/**
 * Runs in the page. Plain JavaScript in a string: tsx compiles functions with helpers (`__name`) that do not
 * exist in the page, so a function passed to page.evaluate would break.
 */
const IN_PAGE = `(name, expected) => new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  if (!button) return reject(new Error('no button "' + name + '" on the home screen'));
  const visible = () => {
    let n = 0;
    for (const el of document.querySelectorAll('.react-flow__node-point')) {
      const r = el.getBoundingClientRect();
      const shown = typeof el.checkVisibility === 'function'
        ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        : getComputedStyle(el).visibility !== 'hidden';
      if (shown && r.width > 0 && r.height > 0) n++;
    }
    return n;
  };
  let done = false;
  let observer;
  let timer;
  let t0 = 0;
  const finish = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  const marks = {};
  const mark = (key, present) => {
    if (marks[key] === undefined && present) marks[key] = performance.now() - t0;
  };
  const check = () => {
    if (done) return;
    mark('planScreen', document.getElementById('plan-view-heading'));
    mark('flow', document.querySelector('.react-flow'));
    mark('nodesInDom', document.querySelector('.react-flow__node-point'));
    const n = visible();
    if (n >= expected) {
      const ms = performance.now() - t0;
      finish();
      resolve({ ms, nodes: n, marks });
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  const frame = () => {
    check();
    if (!done) requestAnimationFrame(frame);
  };
  timer = setTimeout(() => {
    const n = visible();
    finish();
    reject(new Error('after 20 s only ' + n + ' of ' + expected + ' map points are visible'));
  }, 20000);
  t0 = performance.now();
  requestAnimationFrame(frame);
  button.click();
})`;

/** In-page milestones after the click, ms: plan screen heading shown, React Flow mounted, first point node. */
export interface Marks {
  planScreen?: number;
  flow?: number;
  nodesInDom?: number;
}

export interface MapResult {
  times: number[];
  median: number;
  nodes: number;
  /** Median of each milestone over the runs. */
  marks: Marks;
}

/**
 * Opens the example from the home screen `runs` times, each in a fresh browser context (empty storage, cold
 * cache), and times in the page, with performance.now(), from the click until `expected` point nodes of the map
 * are laid out and visible (checked on every DOM mutation and every animation frame).
 */
export async function benchMap(url: string, exampleName: string, expected: number, runs = 5): Promise<MapResult> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const times: number[] = [];
    const marks: Marks[] = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url, { waitUntil: 'load' });
        await page.getByRole('button', { name: exampleName, exact: true }).waitFor({ state: 'visible' });
        const result = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(exampleName)}, ${expected})`)) as {
          ms: number;
          nodes: number;
          marks: Marks;
        };
        if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
        times.push(result.ms);
        marks.push(result.marks);
        nodes = result.nodes;
      } finally {
        await context.close();
      }
    }
    const medianMark = (key: keyof Marks): number | undefined => {
      const values = marks.map((m) => m[key]).filter((v): v is number => v !== undefined);
      return values.length > 0 ? summarise(values).median : undefined;
    };
    return {
      times,
      median: summarise(times).median,
      nodes,
      marks: { planScreen: medianMark('planScreen'), flow: medianMark('flow'), nodesInDom: medianMark('nodesInDom') },
    };
  } finally {
    await browser?.close();
  }
}
