/**
 * Reads a PDF as a person with a PDF viewer would see it, with npm packages only (pdfjs-dist, the
 * engine of Firefox's viewer; no system PDF tools): the text of each page line by line (with font
 * size and position), page sizes, the document properties, the bookmarks and the link targets.
 * It also checks the file's structure: the cross-reference table and trailer are exact, and pdf.js
 * opens every page without a single warning (it warns when it has to repair a damaged file).
 */
import { readFileSync } from 'node:fs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  text: string;
  /** Font size in points (the tallest run on the line). */
  size: number;
  /** Bounding box in points, from the page's top-left corner. */
  x: number;
  xMax: number;
  top: number;
  bottom: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
  /** The lines joined by newlines. */
  text: string;
  /** The page text with every run of whitespace collapsed to one space. */
  flat: string;
}

export interface PdfOutlineEntry {
  title: string;
  items: PdfOutlineEntry[];
}

export interface PdfReport {
  pages: PdfPage[];
  /** Document properties: Title, Author, Subject, Keywords, Creator, Producer … */
  info: Record<string, string>;
  outline: PdfOutlineEntry[];
  /** The URL of every link annotation, in page order. */
  links: string[];
  /** All text, whitespace collapsed, for phrase matching across wrapped lines and pages. */
  flat: string;
  /** What is wrong with the file's structure, and every warning pdf.js gave while reading it: none for a sound file. */
  problems: string[];
}

/** Collapses every run of whitespace to one space, so text on screen can be compared with text in a PDF. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Groups the text runs of a page into lines (in drawing order) and puts spaces where the gaps are. */
function toLines(runs: Run[], pageHeight: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { baseline: number; end: number }) | null = null;
  for (const run of runs) {
    if (!run.str) continue;
    const sameLine = current !== null && Math.abs(run.y - current.baseline) < 0.5 * Math.max(run.size, 1);
    if (current && sameLine) {
      const gap = run.x - current.end;
      current.text += (gap > 0.15 * run.size && !/\s$/.test(current.text) ? ' ' : '') + run.str;
      current.end = run.x + run.width;
      current.xMax = Math.max(current.xMax, current.end);
      current.size = Math.max(current.size, run.size);
      current.top = Math.min(current.top, pageHeight - run.y - run.size);
      continue;
    }
    if (current) lines.push(current);
    current = {
      text: run.str,
      size: run.size,
      x: run.x,
      xMax: run.x + run.width,
      top: pageHeight - run.y - run.size,
      bottom: pageHeight - run.y + 0.25 * run.size,
      baseline: run.y,
      end: run.x + run.width,
    };
  }
  if (current) lines.push(current);
  return lines
    .map(({ text, size, x, xMax, top, bottom }) => ({ text: text.trim(), size, x, xMax, top, bottom }))
    .filter((l) => l.text !== '');
}

/**
 * The classic cross-reference table, checked byte by byte: `startxref` points at it, every entry in
 * use points at "N G obj" for its own number, and the trailer's /Size, /Root and /Info are right.
 * (pdf.js alone would not say: it silently rebuilds a broken table. jsPDF writes a plain xref table.)
 */
export function structureProblems(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-1.')) problems.push('The file does not start with a %PDF-1.x header.');
  if (!/%%EOF\s*$/.test(text)) problems.push('The file does not end with %%EOF.');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) return [...problems, 'No startxref at the end of the file.'];
  const offset = Number(start[1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(text.slice(offset, offset + 40));
  if (!table) return [...problems, `startxref ${offset} does not point at an xref table.`];
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entries = text.slice(offset + table[0].length, offset + table[0].length + count * 20);
  for (let i = 0; i < count; i++) {
    const entry = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/.exec(entries.slice(i * 20, i * 20 + 20));
    const number = first + i;
    if (!entry) {
      problems.push(`xref entry ${number} is malformed.`);
      continue;
    }
    if (entry[3] === 'f') continue;
    const at = Number(entry[1]);
    const header = new RegExp(`^${number} ${Number(entry[2])} obj\\b`);
    if (!header.test(text.slice(at, at + 24)))
      problems.push(`xref entry ${number} points at byte ${at}, not at its object.`);
  }
  const after = text.slice(offset + table[0].length + count * 20);
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(after);
  if (!trailer?.[1]) return [...problems, 'No trailer after the xref table.'];
  const size = /\/Size (\d+)/.exec(trailer[1]);
  if (Number(size?.[1]) !== first + count) problems.push(`The trailer's /Size is ${size?.[1]}, the xref has ${count}.`);
  for (const key of ['Root', 'Info']) {
    const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(trailer[1]);
    if (!ref) problems.push(`The trailer has no /${key}.`);
    else if (Number(ref[1]) >= first + count) problems.push(`The trailer's /${key} is not in the xref.`);
  }
  return problems;
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type RawOutline = Awaited<ReturnType<PdfDocument['getOutline']>>;

function outlineOf(items: RawOutline | undefined): PdfOutlineEntry[] {
  return (items ?? []).map((i) => ({ title: i.title, items: outlineOf(i.items) }));
}

/** Opens a PDF (a path or its bytes) and reads everything a reader of the file would see. */
export async function readPdf(file: string | Uint8Array): Promise<PdfReport> {
  const bytes = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file;
  const problems = structureProblems(bytes);
  // pdf.js reports what it had to repair or could not read through console.warn ("Warning: …").
  const warn = console.warn;
  console.warn = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const doc = await getDocument({
      data: bytes.slice(),
      verbosity: VerbosityLevel.WARNINGS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
    }).promise;
    try {
      const pages: PdfPage[] = [];
      const links: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        const height = y1 - y0;
        const content = await page.getTextContent();
        const runs: Run[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
          runs.push({ str: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(a, b) });
        }
        const lines = toLines(runs, height);
        const text = lines.map((l) => l.text).join('\n');
        pages.push({ number: n, width: x1 - x0, height, lines, text, flat: collapse(text) });
        for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string }[])
          if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url);
        page.cleanup();
      }
      const { info } = await doc.getMetadata();
      const fields = Object.fromEntries(
        Object.entries(info as Record<string, unknown>)
          .filter((e): e is [string, string] => typeof e[1] === 'string')
          .map(([k, v]) => [k, v]),
      );
      const outline = outlineOf(await doc.getOutline());
      return { pages, info: fields, outline, links, flat: collapse(pages.map((p) => p.text).join('\n')), problems };
    } finally {
      await doc.destroy();
    }
  } finally {
    console.warn = warn;
  }
}

/**
 * The lines of a section: from the line that reads `heading` to the next line set at the same size
 * (the next heading of that level), across pages. Empty when there is no such heading.
 */
export function sectionLines(report: PdfReport, heading: string): PdfLine[] {
  const all = report.pages.flatMap((p) => p.lines);
  const start = all.findIndex((l) => l.text === heading);
  const head = all[start];
  if (!head) return [];
  const end = all.findIndex((l, i) => i > start && Math.abs(l.size - head.size) < 0.05);
  return all.slice(start + 1, end < 0 ? undefined : end);
}

/** The text set at one font size (headings of one level, say), with a title wrapped over several lines joined. */
export function textsOfSize(lines: PdfLine[], size: number): string[] {
  const texts: string[] = [];
  let previous = false;
  for (const line of lines) {
    const match = Math.abs(line.size - size) < 0.05;
    if (match && previous) texts[texts.length - 1] += ` ${line.text}`;
    else if (match) texts.push(line.text);
    previous = match;
  }
  return texts.map(collapse);
}
