/** Builds a Vite app into a temp dir and measures what its first screen loads, from .vite/manifest.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface ManifestChunk {
  src?: string;
  file: string;
  name?: string;
  css?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  /** The manifest key (source path or shared-chunk id). */
  key: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  outDir: string;
  entryKey: string;
  /** JS files the first screen loads: the entry chunk and its static imports, recursively. */
  js: SizedFile[];
  /** CSS those chunks import. */
  css: SizedFile[];
  /** Every other JS chunk (loaded later through dynamic imports), with its own CSS. */
  lazy: (SizedFile & { css: number })[];
  /** Other emitted assets (fonts, images), fetched only when code asks for them. */
  assets: SizedFile[];
  jsGzip: number;
  cssGzip: number;
}

export const gzipSize = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Builds `root` (index.html) with the project's vite.config.ts into `outDir`. */
export async function buildApp(projectRoot: string, root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: join(projectRoot, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

export function measureBuild(outDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  const [entryKey] = entries[0]!;

  const size = (key: string, file: string): SizedFile => {
    const buf = readFileSync(join(outDir, file));
    return { key, file, bytes: buf.length, gzip: gzipSize(buf) };
  };

  const seen = new Set<string>();
  const js: SizedFile[] = [];
  const cssFiles = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    js.push(size(key, chunk.file));
    for (const c of chunk.css ?? []) cssFiles.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entryKey);
  const css = [...cssFiles].map((f) => size(f, f));

  const lazy = Object.entries(manifest)
    .filter(([key, c]) => !seen.has(key) && c.file.endsWith('.js'))
    .map(([key, c]) => ({
      ...size(key, c.file),
      css: (c.css ?? [])
        .filter((f) => !cssFiles.has(f))
        .reduce((n, f) => n + gzipSize(readFileSync(join(outDir, f))), 0),
    }))
    .sort((a, b) => b.gzip - a.gzip);

  const assets = Object.entries(manifest)
    .filter(([, c]) => !/\.(?:js|css)$/.test(c.file))
    .map(([key, c]) => size(key, c.file))
    .sort((a, b) => b.bytes - a.bytes);

  return {
    outDir,
    entryKey,
    js,
    css,
    lazy,
    assets,
    jsGzip: js.reduce((n, f) => n + f.gzip, 0),
    cssGzip: css.reduce((n, f) => n + f.gzip, 0),
  };
}

const FORBIDDEN_JS = ['jspdf', 'jsPDF', '@xyflow', 'react-flow__', 'xyflow'];
/**
 * Marks of React Flow's own stylesheet (@xyflow/react/dist/style.css: ~136 `.react-flow` selectors, defines the
 * --xy-* variables), as opposed to a few app rules that style its classes.
 */
const FORBIDDEN_CSS = ['jspdf', '@xyflow', '--xy-edge-stroke-default:'];
const MAX_APP_FLOW_RULES = 20;

export interface ForbiddenHit {
  file: string;
  needle: string;
  where: 'name' | 'content';
  context: string;
}

const around = (text: string, at: number): string => text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');

/**
 * Searches the first-screen files for jsPDF and React Flow, by name and by content. In JS, asset paths are blanked
 * first (Vite's list of a lazy chunk's dependencies, "assets/jspdf.es.min-XXXX.js", names a chunk without loading
 * it). In CSS, only React Flow's own stylesheet counts: the app's CSS may style `.react-flow__…` classes (those
 * selectors are returned separately as `cssSelectors`).
 */
export function findForbidden(report: BundleReport): { hits: ForbiddenHit[]; cssSelectors: string[] } {
  const hits: ForbiddenHit[] = [];
  const cssSelectors: string[] = [];
  for (const f of [...report.js, ...report.css]) {
    const isCss = f.file.endsWith('.css');
    const name = `${f.key} ${f.file}`.toLowerCase();
    for (const needle of ['jspdf', 'xyflow', 'react-flow'])
      if (name.includes(needle)) hits.push({ file: f.file, needle, where: 'name', context: name });
    const raw = readFileSync(join(report.outDir, f.file), 'utf8');
    const text = isCss ? raw : raw.replace(/assets\/[\w.-]+\.(?:js|css)/g, 'assets/…');
    for (const needle of isCss ? FORBIDDEN_CSS : FORBIDDEN_JS) {
      const at = text.indexOf(needle);
      if (at >= 0) hits.push({ file: f.file, needle, where: 'content', context: around(text, at) });
    }
    if (isCss) {
      const rules = [...raw.matchAll(/[^{}]*\.react-flow[^{}]*\{[^}]*\}/g)].map((m) => m[0].trim());
      cssSelectors.push(...rules);
      if (rules.length > MAX_APP_FLOW_RULES)
        hits.push({ file: f.file, needle: '.react-flow', where: 'content', context: `${rules.length} rules` });
    }
  }
  return { hits, cssSelectors };
}
