/**
 * The PDF export, checked with poppler and qpdf: every heading and point title is in the text,
 * "Page X of Y" is right on every page, the document properties and page size are set, the file
 * passes qpdf --check, nothing is drawn outside the margins, and emoji do not garble the text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import type { Content } from '../../src/domain/content/schema';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Plan } from '../../src/domain/plan/types';
import {
  DEFAULT_PDF_OPTIONS,
  pdfFileName,
  renderPlanPdf,
  type PdfOptions,
} from '../../src/features/export-pdf/renderPlanPdf';
import { makeSanitiser, wrapUrl } from '../../src/features/export-pdf/text';
import { realContent } from './realContent';
import {
  EMOJI_TITLE,
  emptyDocument,
  exampleDocuments,
  LONG_TITLE,
  NOW,
  stressDocument,
} from '../fixtures/pdf/documents';

// The real knowledge base when it validates; the fixture while content/ is still being written.
const content: Content = realContent();

const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};
const MARGIN = 51; // 18 mm

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Rendered {
  plan: Plan;
  file: string;
  pages: number;
  bytes: Buffer;
  /** pdftotext -layout, one entry per page. */
  pageTexts: string[];
  /** All text with whitespace collapsed, for phrase matching across wrapped lines. */
  flat: string;
  info: Record<string, string>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function render(document: PlanDocument, options: Partial<PdfOptions> = {}, name = document.id, plan?: Plan): Rendered {
  const built =
    plan ?? buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  const doc = renderPlanPdf(jsPDF, {
    plan: built,
    content,
    document,
    options: { ...DEFAULT_PDF_OPTIONS, ...options },
    fonts,
    now: NOW,
  });
  const file = join(dir, `${name}.pdf`);
  const bytes = Buffer.from(doc.output('arraybuffer'));
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pageTexts = text.split('\f').slice(0, -1);
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  return { plan: built, file, pages: doc.getNumberOfPages(), bytes, pageTexts, flat: collapse(text), info };
}

function expectValidFile(r: Rendered): void {
  const check = spawnSync('qpdf', ['--check', r.file], { encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(Number(r.info.Pages)).toBe(r.pages);
  expect(r.pageTexts).toHaveLength(r.pages);
  r.pageTexts.forEach((t, i) => expect(collapse(t)).toContain(`Page ${i + 1} of ${r.pages}`));
  expect(r.flat).not.toContain('\ufffd');
}

/** Every word pdftotext finds lies inside the page, within the side margins. */
function expectInsideMargins(r: Rendered): void {
  const html = execFileSync('pdftotext', ['-bbox', r.file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = html.split('<page ').slice(1);
  const outside: string[] = [];
  pages.forEach((page, i) => {
    const width = Number(page.match(/width="([\d.]+)"/)?.[1]);
    const height = Number(page.match(/height="([\d.]+)"/)?.[1]);
    for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      if (xMin < MARGIN - 1.5 || xMax > width - MARGIN + 1.5 || yMin < 0 || yMax > height - 8)
        outside.push(
          `page ${i + 1}: "${m[5]}" at x ${xMin.toFixed(1)}–${xMax.toFixed(1)}, y ${yMin.toFixed(1)}–${yMax.toFixed(1)}`,
        );
    }
  });
  expect(outside).toEqual([]);
}

const TEAM_HEADINGS = [
  'Patient engagement plan',
  'Contents',
  'Summary',
  'Phase map',
  'Engagement points by phase',
  'Considerations',
  'Quality checklist',
  'References',
  'Glossary',
];

function expectTeamContents(r: Rendered): void {
  for (const h of TEAM_HEADINGS) expect(r.flat, h).toContain(h);
  for (const p of r.plan.phases) {
    expect(r.flat).toContain(collapse(`Phase ${p.phase.order}: ${p.phase.name}`));
    // (Titles with emoji are checked on their own: the emoji are dropped.)
    for (const item of p.items.filter((i) => !/\p{Extended_Pictographic}/u.test(i.title)))
      expect(r.flat, item.title).toContain(collapse(item.title));
  }
  for (const c of r.plan.considerations) expect(r.flat).toContain(collapse(c.consideration.name));
  for (const q of r.plan.qualityCriteria) expect(r.flat).toContain(collapse(q.name));
}

describe('PDF export', { timeout: 30_000 }, () => {
  const examples = exampleDocuments(content);

  it.each(examples.map((d) => [d.exampleId ?? d.id, d] as const))('renders the example plan %s', (_id, document) => {
    const r = render(document);
    expectValidFile(r);
    expectTeamContents(r);
    expect(r.info.Title).toBe(`${document.name}: patient engagement plan`);
    expect(r.info.Author).toBe('Example');
    expect(r.info.Subject).toMatch(/Patient engagement plan/);
    expect(r.info.Keywords).toContain('patient engagement');
    expect(r.info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts/);
    expect(r.bytes.length).toBeLessThan(1024 * 1024);
    // Example plans have no team edits yet: the status says so rather than inventing one.
    expect(r.flat).toContain('Status: not set');
    expect(r.flat).not.toContain('Status: Planned');
    // Every cited reference is a live link.
    const links = r.bytes.toString('latin1').match(/\/URI \(/g)?.length ?? 0;
    expect(links).toBeGreaterThan(0);
  });

  it('keeps every word inside the margins of an example plan', () => {
    expectInsideMargins(render(examples[0]!, {}, 'margins'));
  });

  it('renders US Letter', () => {
    const r = render(examples[0]!, { pageSize: 'letter' }, 'letter');
    expectValidFile(r);
    expectTeamContents(r);
    expect(r.info['Page size']).toMatch(/^612 x 792 pts/);
  });

  it('renders the patient-partner guide in plain language', () => {
    const document = examples[0]!;
    const r = render(document, { audience: 'partner' }, 'partner');
    expectValidFile(r);
    for (const h of [
      'A GUIDE FOR PATIENT PARTNERS',
      'About this guide',
      'Where you can contribute',
      'Support and payment',
      'Words used in this guide',
    ])
      expect(r.flat).toContain(h);
    expect(r.info.Title).toBe(`${document.name}: a guide for patient partners`);
    const patientSide = new Set(content.stakeholders.filter((s) => s.group === 'patient-side').map((s) => s.id));
    const items = r.plan.phases.flatMap((p) => p.items).filter((i) => i.who.some((w) => patientSide.has(w)));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(r.flat).toContain(collapse(item.title));
      if (item.point) expect(r.flat).toContain(collapse(item.point.plain).slice(0, 60));
    }
    // No jargon tables.
    for (const jargon of ['Methods, ranked', 'PED generated', 'Team effort', 'Quality checklist'])
      expect(r.flat).not.toContain(jargon);
  });

  it('says clearly when a plan has no engagement points', () => {
    const r = render(emptyDocument(content), {}, 'empty');
    expectValidFile(r);
    expect(r.flat).toContain('There are no engagement points yet');
    expect(r.pages).toBeLessThanOrEqual(3);

    const noPhases = buildPlan(content, { answers: {} });
    const r2 = render(emptyDocument(content), {}, 'no-phases', { ...noPhases, phases: [], considerations: [] });
    expectValidFile(r2);
    expect(r2.flat).toContain('There are no engagement points yet');
  });

  it('handles 150 custom points, a very long title and URL, and emoji', () => {
    const document = stressDocument(content);
    const r = render(document, {}, 'stress');
    expectValidFile(r);
    expectTeamContents(r);
    expectInsideMargins(r);
    expect(r.plan.phases.flatMap((p) => p.items).filter((i) => i.kind === 'custom')).toHaveLength(150);
    expect(r.flat).toContain(collapse(LONG_TITLE));
    // The emoji are dropped cleanly (DejaVu has ☕, not 🎉 or the family sequence): no tofu, no mojibake.
    expect(r.flat).toContain('Coffee morning with carers ☕ and a check-in');
    expect(r.flat).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
    expect(r.flat).not.toContain('Ø=');
    expect(EMOJI_TITLE).toContain('🎉');
    expect(r.info.Author).toBe('Example Pharma Ltd');
    expect(r.flat).toContain('Status: In progress');
    expect(r.bytes.length).toBeLessThan(1024 * 1024);
  });

  it('is repeatable for the same input and date', () => {
    const a = render(examples[0]!, {}, 'repeat-a');
    const b = render(examples[0]!, {}, 'repeat-b');
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });
});

describe('PDF helpers', () => {
  it('drops characters the font lacks and tidies spaces', () => {
    const clean = makeSanitiser((cp) => cp < 0x2000);
    expect(clean('Hello 🎉  world\u200d\u0007 ✅ ok')).toBe('Hello world ok');
    expect(clean('a\r\nb', true)).toBe('a\nb');
  });

  it('breaks URLs at sensible points within the width', () => {
    const url = 'https://example.org/a/b-c/d?e=f&g=h';
    const lines = wrapUrl(url, 10, (s) => s.length);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
  });

  it('makes safe file names', () => {
    expect(pdfFileName('Étude: rare/orphan — plan?', 'team')).toBe('etude-rare-orphan-plan.pdf');
    expect(pdfFileName('🎉', 'partner')).toBe('engagement-plan-partner.pdf');
  });

  it('the CLI explains what is wrong with a malformed plan file, and lists the examples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pep-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'no version' }));
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) => spawnSync(tsx, ['src/cli/pdf.ts', ...args], { encoding: 'utf8' });
    const refused = run(bad, join(dir, 'out.pdf'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not a valid saved plan.*no schema version/s);
    const list = run('--list-examples');
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n').sort()).toEqual(content.examples.map((x) => x.id).sort());
  });
});
