/**
 * `npm run bench`: bundle size of the first screen against a bare React floor, plan engine speed, the phase map's
 * first render in headless Chromium, and PDF export time and size. Prints readable lines, then, as the last line,
 * one JSON object with the numbers. Exits non-zero only when a measurement breaks or when jsPDF or React Flow is
 * in the first screen; the numbers themselves are reported against their targets, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContentDir } from '../../src/cli/readContentDir';
import type { Content } from '../../src/domain/content/schema';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { layoutPlan } from '../../src/domain/map/layout';
import { filterPlan } from '../../src/domain/plan/filter';
import { buildApp, findForbidden, kb, measureBuild, type BundleReport } from './bundle';
import { benchEngine, exampleScenarios, maximalScenario, type Scenario } from './engine';
import { bundledBuildPlan } from './engineBundle';
import { benchMap } from './map';
import { CHROME_PATH, chromiumAvailable, MISSING_CHROMIUM } from '../support/chromium';
import { startPreview, type Preview } from '../support/preview';
import { benchPdf, pdfTexts } from './pdf';
import { benchFloor } from './pdfFloor';
import { benchPdfClick } from './pdfClick';
import { readFonts } from '../../src/cli/fonts';
import { round } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FLOOR = join(import.meta.dirname, 'floor');

const TARGET = { ratio: 1.5, engineMs: 1, pdfMs: 1000, pdfKB: 1024 } as const;

interface Result {
  firstScreenGzipKB: number | null;
  floorGzipKB: number | null;
  ratio: number | null;
  engineMs: number | null;
  mapRenderMs: number | null;
  pdfMs: number | null;
  pdfKB: number | null;
  pdfFloorMs: number | null;
  pdfRatio: number | null;
  pdfClickMs: number | null;
  firstScreenJsGzipKB: number | null;
  firstScreenCssGzipKB: number | null;
  engineP95Ms: number | null;
  enginePoints: number | null;
  heavyInFirstScreen: boolean | null;
  ok: boolean;
  errors: string[];
}

const result: Result = {
  firstScreenGzipKB: null,
  floorGzipKB: null,
  ratio: null,
  engineMs: null,
  mapRenderMs: null,
  pdfMs: null,
  pdfKB: null,
  pdfFloorMs: null,
  pdfRatio: null,
  pdfClickMs: null,
  firstScreenJsGzipKB: null,
  firstScreenCssGzipKB: null,
  engineP95Ms: null,
  enginePoints: null,
  heavyInFirstScreen: null,
  ok: true,
  errors: [],
};

const log = (line = ''): void => console.log(line);
const verdict = (met: boolean): string => (met ? 'meets target' : 'MISSES target');
const ms = (n: number, digits = 2): string => `${n.toFixed(digits)} ms`;
const pad = (s: string, n: number): string => s.padEnd(n);

function fail(section: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  result.ok = false;
  result.errors.push(`${section}: ${message}`);
  log(`  BROKEN: ${message}`);
}

async function timed<T>(label: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const value = await f();
  log(`  (${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return value;
}

function printFiles(report: BundleReport): void {
  for (const f of [...report.js, ...report.css])
    log(`    ${pad(f.file, 44)} ${String(kb(f.bytes)).padStart(7)} KB raw ${String(kb(f.gzip)).padStart(6)} KB gzip`);
}

async function bundles(appOut: string, floorOut: string): Promise<void> {
  log('Bundle (gzip level 9; first screen = entry chunk + its static imports, recursively, + their CSS)');
  await timed('app build', () => buildApp(ROOT, ROOT, appOut));
  await timed('floor build', () => buildApp(ROOT, FLOOR, floorOut));
  const app = measureBuild(appOut);
  const floor = measureBuild(floorOut);

  log('  First screen:');
  printFiles(app);
  const js = kb(app.jsGzip);
  const css = kb(app.cssGzip);
  const total = kb(app.jsGzip + app.cssGzip);
  log(`  firstScreenGzipKB = ${total} KB (JS ${js} KB + CSS ${css} KB)`);

  log('  Floor (bare React + ReactDOM page, tests/bench/floor, same vite.config.ts):');
  printFiles(floor);
  const floorKB = kb(floor.jsGzip + floor.cssGzip);
  log(`  floorGzipKB = ${floorKB} KB`);

  const ratio = round(total / floorKB, 2);
  log(
    `  ratio = ${ratio} (JS + CSS vs floor; JS only ${round(js / floorKB, 2)}); target ≤ ${TARGET.ratio}: ${verdict(ratio <= TARGET.ratio)}`,
  );
  log(`    (the first screen adds ${round(total - floorKB, 1)} KB gzip over React itself)`);

  log('  Lazy chunks (gzip; loaded later through dynamic imports):');
  for (const c of app.lazy)
    log(
      `    ${pad(c.file, 44)} ${String(kb(c.bytes)).padStart(7)} KB raw ${String(kb(c.gzip)).padStart(6)} KB gzip${c.css > 0 ? ` + ${kb(c.css)} KB CSS` : ''}${c.key.startsWith('_') ? '' : `  (${c.key})`}`,
    );

  if (app.assets.length > 0) {
    log('  Other assets (fetched only when code asks for them):');
    for (const a of app.assets)
      log(
        `    ${pad(a.file, 44)} ${String(kb(a.bytes)).padStart(7)} KB raw ${String(kb(a.gzip)).padStart(6)} KB gzip  (${a.key})`,
      );
  }

  const { hits, cssSelectors } = findForbidden(app);
  result.heavyInFirstScreen = hits.length > 0;
  if (hits.length === 0) log('  OK: no jsPDF and no React Flow in the first screen (chunk names and contents).');
  else {
    for (const h of hits) log(`  FAIL: "${h.needle}" in the ${h.where} of ${h.file}: …${h.context}…`);
    result.ok = false;
    result.errors.push(`jsPDF or React Flow in the first screen (${hits.map((h) => h.needle).join(', ')})`);
  }
  if (cssSelectors.length > 0)
    log(
      `  Note: the first-screen CSS has ${cssSelectors.length} app rule(s) styling React Flow classes (not the library): ${cssSelectors.map((s) => s.slice(0, s.indexOf('{')).trim()).join(' | ')}`,
    );

  Object.assign(result, {
    firstScreenGzipKB: total,
    floorGzipKB: floorKB,
    ratio,
    firstScreenJsGzipKB: js,
    firstScreenCssGzipKB: css,
  });
}

async function engine(content: Content, outDir: string): Promise<Scenario> {
  const build = await bundledBuildPlan(outDir);
  log('Plan engine (buildPlan as a minified production bundle, performance.now(), 2,000 runs after 300 warm-up)');
  const examples = exampleScenarios(content);
  for (const s of examples) log(`    ${pad(s.exampleId ?? s.label, 26)} ${s.points} points`);
  const largest = examples[0];
  if (!largest) throw new Error('content/ has no examples');
  const maximal = maximalScenario(content, largest.answers);
  log(`    ${pad(maximal.label, 26)} ${maximal.points} points`);
  const measured = maximal.points > largest.points ? maximal : largest;
  const r = benchEngine(build, content, measured);
  log(
    `  engineMs = ${ms(r.median, 3)} median, p95 ${ms(r.p95, 3)}, max ${ms(r.max, 3)} (${measured.label}, ${measured.points} points); target < ${TARGET.engineMs} ms: ${verdict(r.median < TARGET.engineMs)}`,
  );
  if (measured !== largest) {
    const e = benchEngine(build, content, largest, 500, 100);
    log(`    largest example (${largest.exampleId}): ${ms(e.median, 3)} median, p95 ${ms(e.p95, 3)}`);
  }
  Object.assign(result, { engineMs: round(r.median, 3), engineP95Ms: round(r.p95, 3), enginePoints: measured.points });
  return largest;
}

function pdf(content: Content, example: Scenario): void {
  log(`PDF export in Node (renderPlanPdf, as npm run pdf -- --example ${example.exampleId}; A4, team, every section)`);
  const r = benchPdf(content, example.exampleId!, 5);
  const size = kb(r.bytes);
  log(`    runs: ${r.times.map((t) => t.toFixed(0)).join(', ')} ms; ${r.pages} pages`);
  log(`  pdfMs = ${ms(r.median, 0)} median of 5; target < ${TARGET.pdfMs} ms: ${verdict(r.median < TARGET.pdfMs)}`);
  log(`  pdfKB = ${size} KB; target < ${TARGET.pdfKB} KB: ${verdict(size < TARGET.pdfKB)}`);
  const texts = pdfTexts(content, example.exampleId!);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const floor = benchFloor(texts, readFonts, 5);
  log(
    `    floor: jsPDF writing the same ${texts.length} texts (${chars} characters) in the same fonts and sizes, a line each, no layout: ${floor.times.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  const ratio = round(r.median / floor.median, 2);
  log(`  pdfFloorMs = ${ms(floor.median, 0)} median of 5; pdfRatio = pdfMs / pdfFloorMs = ${ratio}`);
  Object.assign(result, {
    pdfMs: round(r.median, 0),
    pdfKB: size,
    pdfFloorMs: round(floor.median, 0),
    pdfRatio: ratio,
  });
}

async function map(content: Content, example: Scenario, appOut: string): Promise<void> {
  log(`Phase map first render (headless Chromium ${CHROME_PATH}, vite preview, fresh context per run)`);
  const plan = buildPlan(content, { answers: example.answers });
  const expected = layoutPlan(plan, filterPlan(plan, { stakeholders: [], priorities: [], phases: [], levels: [] }))
    .nodes.length;
  let preview: Preview | undefined;
  try {
    preview = await startPreview(appOut);
    const r = await benchMap(preview.url, example.exampleName!, Math.max(1, expected), 5);
    log(
      `    runs: ${r.times.map((t) => t.toFixed(0)).join(', ')} ms, from the click on "${example.exampleName}" until all ${r.nodes} point nodes are visible (in-page time; includes fetching the lazy plan, content and map chunks)`,
    );
    const m = (n: number | undefined): string => (n === undefined ? '—' : ms(n, 0));
    log(
      `    medians after the click: plan screen ${m(r.marks.planScreen)}, React Flow mounted ${m(r.marks.flow)}, first point node ${m(r.marks.nodesInDom)}, all points visible ${ms(r.median, 0)}`,
    );
    log(`  mapRenderMs = ${ms(r.median, 0)} median of 5 (no target set; reported)`);
    result.mapRenderMs = round(r.median, 0);
    const click = await benchPdfClick(preview.url, example.exampleName!, 3);
    log(
      `  pdfClickMs = ${ms(click.median, 0)} median of 3 (${click.times.join(', ')} ms): from the click on Download PDF to the file, cold context (jsPDF, fonts and PDF code fetched on the click)`,
    );
    result.pdfClickMs = round(click.median, 0);
  } finally {
    await preview?.stop();
  }
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  const [load1] = loadavg();
  log(
    `Machine: ${availableParallelism()} cores, load average ${load1?.toFixed(1)} (timings are noisy when the load exceeds the cores)`,
  );
  log();
  const t0 = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'pep-bench-'));
  const appOut = join(tmp, 'app');
  const floorOut = join(tmp, 'floor');
  let built = false;
  try {
    try {
      await bundles(appOut, floorOut);
      built = true;
    } catch (error) {
      fail('bundle', error);
    }
    log();

    const loaded = loadContentDir();
    if (!loaded.ok) throw new Error(`content/ is invalid: ${loaded.errors.slice(0, 5).join('; ')}`);
    const content = loaded.content;

    let largest: Scenario | undefined;
    try {
      largest = await engine(content, join(tmp, 'engine'));
    } catch (error) {
      fail('engine', error);
    }
    log();

    if (largest) {
      try {
        pdf(content, largest);
      } catch (error) {
        fail('pdf', error);
      }
      log();
      if (built) {
        try {
          await map(content, largest, appOut);
        } catch (error) {
          fail('map', error);
        }
      } else fail('map', new Error('skipped: the app did not build'));
    }
  } catch (error) {
    fail('bench', error);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  log();
  log(`${result.ok ? 'Done' : 'FAILED'} in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  console.log(JSON.stringify(result));
  process.exitCode = result.ok ? 0 : 1;
}

await main();
