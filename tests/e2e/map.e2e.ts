/**
 * Journey: open every example plan from the home screen, as a user would, and check that its phase
 * map draws one arrow for every link between the points it shows, each with an arrowhead, and that
 * React Flow reports no problem on the console.
 *
 * The expected links are counted from the knowledge base itself (content/points/*.yaml: each shown
 * point's `feeds` that names another shown point), not from the app's layout code, and must equal
 * the golden count per example below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './helpers';

const CONTENT = join(import.meta.dirname, '../../content');

/** Golden: links drawn on each example's map (all points shown, no filter), counted by reading the content. */
// Since catch-up and set-up points (and applicability) came in: each count is the old one plus the
// `feeds` links of the points carried in from passed phases, less links of points now out of context.
const LINKS: Record<string, number> = {
  // The second wave added context points from content/points/specialist.yaml; each count below is the
  // first wave's plus the `feeds` links those points make to others on the same map.
  'device-ppi': 31, // 27 + reg-usability-validation→reg-labelling, ps-safety-reporting-plan→pm-ongoing-listening, 2 of td-older-adults-frailty
  'digital-mental-health': 49, // 48 + reg-usability-validation→reg-labelling
  'low-budget-academic': 25, // 23 + td-older-adults-frailty→tc-burden-support, →td-diversity-plan
  'older-adults': 51, // 48 + the same two of td-older-adults-frailty, ps-dementia-process-consent→ps-partnership-setup
  'oncology-hta': 58, // unchanged: la-materials-compliance and ps-safety-reporting-plan feed nothing else shown
  'paediatric-rare-disease': 47, // 45 + ec-paediatric-plan→ec-consent-materials, →td-protocol-review
};

interface PointYaml {
  id: string;
  title: string;
  /** Wording for one context (device, research…) can replace the title. */
  variants?: { title?: string }[];
  feeds?: string[];
}
const points: PointYaml[] = readdirSync(join(CONTENT, 'points'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(CONTENT, 'points', f), 'utf8')) as PointYaml[]);
const examples = readdirSync(join(CONTENT, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(CONTENT, 'examples', f), 'utf8')) as { id: string; name: string }[]);

/** The links between the points on the map, from the content: "source id->target id". */
function linksAmong(titles: string[]): string[] {
  const shown = titles.map((t) => {
    const p = points.find((x) => x.title === t || (x.variants ?? []).some((v) => v.title === t));
    if (!p) throw new Error(`The map shows “${t}”, which is no point in content/points.`);
    return p;
  });
  const ids = new Set(shown.map((p) => p.id));
  return shown.flatMap((p) => (p.feeds ?? []).filter((f) => ids.has(f)).map((f) => `${p.id}->${f}`));
}

/** Every edge's id, and whether its path has a marker-end that names a marker in the page. */
function drawnEdges(page: Page) {
  return page.locator('.react-flow__edge').evaluateAll((edges) =>
    edges.map((edge) => {
      const path = edge.querySelector('path.react-flow__edge-path');
      const ref = /^url\(['"]?#(.+?)['"]?\)$/.exec(path?.getAttribute('marker-end') ?? '')?.[1] ?? null;
      const box = path ? (path as SVGGraphicsElement).getBBox() : null;
      return {
        id: edge.getAttribute('data-id') ?? '',
        d: path?.getAttribute('d') ?? '',
        marker: ref,
        markerExists: ref !== null && document.getElementById(ref)?.tagName.toLowerCase() === 'marker',
        size: box ? box.width + box.height : 0,
      };
    }),
  );
}

describe('the phase map', () => {
  const browser = useBrowser();

  it('draws every link of every example plan as an arrow, with no React Flow warning', async () => {
    expect(examples.map((x) => x.id).sort()).toEqual(Object.keys(LINKS).sort());
    const app = await openApp(browser());
    const { page } = app;
    const flowProblems: string[] = [];
    page.on('console', (msg) => {
      if ((msg.type() === 'error' || msg.type() === 'warning') && /react ?flow|xyflow/i.test(msg.text()))
        flowProblems.push(`${msg.type()}: ${msg.text()}`);
    });
    try {
      for (const example of examples) {
        await page.goto(new URL('#/', page.url()).href);
        await page.getByRole('button', { name: example.name, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: example.name }).waitFor();
        await page.locator('.react-flow__node-point').first().waitFor();
        const titles = await page.locator('.react-flow__node-point .map-node-title').allTextContents();
        const expected = linksAmong(titles);
        expect(expected.length, `links in the content among the points of “${example.name}”`).toBe(LINKS[example.id]);

        // Give React Flow time to measure the cards and attach the arrows; it says on the console when it cannot.
        await page
          .waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n, expected.length, {
            timeout: 10_000,
          })
          .catch(() => undefined);
        expect.soft(flowProblems.splice(0), `React Flow warnings and errors on “${example.name}”`).toEqual([]);
        expect(await page.locator('.react-flow__edge').count(), `arrows on “${example.name}”`).toBe(expected.length);
        const edges = await drawnEdges(page);
        expect(edges.map((e) => e.id).sort(), `the arrows of “${example.name}”`).toEqual([...expected].sort());
        for (const e of edges) {
          expect(e.d, `path of ${e.id}`).toMatch(/^M/);
          expect(e.size, `drawn size of ${e.id}`).toBeGreaterThan(0);
          expect(e.marker, `arrowhead of ${e.id}`).not.toBeNull();
          expect(e.markerExists, `marker #${e.marker} of ${e.id} exists`).toBe(true);
        }
      }
    } finally {
      await app.close();
    }
  });
});
