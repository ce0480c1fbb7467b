/**
 * The PDF export, read back as a PDF viewer shows it (pdfjs-dist, tests/support/pdf.ts): every
 * heading and point title is in the text, the map pages show every point card and phase lane,
 * the patient-partner guide lists exactly the points where patient-side people take part,
 * "Page X of Y" is right on every page, the document properties and page size are set, the file's
 * structure is sound (exact xref and trailer, no repair warning from pdf.js), nothing is drawn
 * outside the margins, and emoji are dropped without garbling the text around them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import type { Content } from '../../src/domain/content/schema';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Plan, PlanItem } from '../../src/domain/plan/types';
import {
  DEFAULT_PDF_OPTIONS,
  pdfFileName,
  renderPlanPdf,
  type PdfOptions,
} from '../../src/features/export-pdf/renderPlanPdf';
import { makeSanitiser, wrapUrl } from '../../src/features/export-pdf/text';
import {
  collapse,
  readPdf,
  sectionLines,
  structureProblems,
  textsOfSize,
  type PdfPage,
  type PdfReport,
} from '../support/pdf';
import { realContent } from './realContent';
import { buildPartnerGuide, guideTexts } from '../../src/domain/partner/guide';
import { fleschKincaidGrade } from '../../src/domain/text/readability';
import { emptyDocument, exampleDocuments, LONG_TITLE, NOW, stressDocument } from '../fixtures/pdf/documents';

const content: Content = realContent();

const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};
const MARGIN = 51; // 18 mm
/** Point titles in the phase sections and the partner guide are set at 10.5 pt (SIZE.h3). */
const POINT_TITLE_SIZE = 10.5;
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

interface Rendered extends PdfReport {
  plan: Plan;
  /** Pages as jsPDF counted them while drawing. */
  drawn: number;
  bytes: Buffer;
}

async function render(document: PlanDocument, options: Partial<PdfOptions> = {}, plan?: Plan): Promise<Rendered> {
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
  const bytes = Buffer.from(doc.output('arraybuffer'));
  return { ...(await readPdf(new Uint8Array(bytes))), plan: built, drawn: doc.getNumberOfPages(), bytes };
}

function renderBytes(document: PlanDocument): Buffer {
  const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  const options = DEFAULT_PDF_OPTIONS;
  return Buffer.from(renderPlanPdf(jsPDF, { plan, content, document, options, fonts, now: NOW }).output('arraybuffer'));
}

function expectValidFile(r: Rendered): void {
  expect(r.problems, 'structure problems and pdf.js warnings').toEqual([]);
  expect(r.pages).toHaveLength(r.drawn);
  r.pages.forEach((p, i) => expect(p.flat).toContain(`Page ${i + 1} of ${r.drawn}`));
  expect(r.flat).not.toContain('\ufffd');
}

/** Every line of text lies inside the page, within the side margins. */
function expectInsideMargins(r: Rendered): void {
  const outside: string[] = [];
  for (const page of r.pages)
    for (const l of page.lines)
      if (l.x < MARGIN - 1.5 || l.xMax > page.width - MARGIN + 1.5 || l.top < 0 || l.bottom > page.height - 8)
        outside.push(
          `page ${page.number}: "${l.text}" at x ${l.x.toFixed(1)}–${l.xMax.toFixed(1)}, y ${l.top.toFixed(1)}–${l.bottom.toFixed(1)}`,
        );
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

const hasEmoji = (s: string) => /\p{Extended_Pictographic}/u.test(s);
const items = (plan: Plan): PlanItem[] => plan.phases.flatMap((p) => p.items);

/** The map pages: landscape, headed "Phase map" or "Phase map (continued): …". */
function mapPages(r: Rendered): PdfPage[] {
  return r.pages.filter((p) => p.width > p.height && p.flat.startsWith('Phase map'));
}

/** One line per point card on the map: "<Priority> · <Level>", as the cards show under their title. */
const CARD_META = /^(Essential|Recommended|Optional) · [A-Z][a-z]+( · Custom)?( → p\. [\d, ]+)?$/;

/** A card too small for its title shows its first words and "…": at least 40 characters of them. */
function shortened(text: string, title: string): boolean {
  const at = text.indexOf(title.slice(0, 40));
  const end = text.indexOf('…', at);
  return at >= 0 && end > at && title.startsWith(text.slice(at, end).trimEnd());
}

function expectMapShowsEveryPoint(r: Rendered): void {
  const pages = mapPages(r);
  expect(pages.length, 'map pages').toBeGreaterThan(0);
  const text = pages.map((p) => p.flat).join(' ');
  for (const p of r.plan.phases) {
    expect(text, `lane of phase ${p.phase.order}`).toContain(`PHASE ${p.phase.order}`);
    expect(text).toContain(collapse(p.phase.short));
  }
  // (Titles with emoji are checked on their own: the emoji are dropped.)
  const missing = items(r.plan)
    .filter((i) => !hasEmoji(i.title))
    .map((i) => collapse(i.title))
    .filter((t) => !text.includes(t) && !shortened(text, t));
  expect(missing, 'point titles missing from the map pages').toEqual([]);
  const cards = pages.flatMap((p) => p.lines).filter((l) => CARD_META.test(l.text));
  expect(cards, 'point cards on the map').toHaveLength(items(r.plan).length);
}

function expectTeamContents(r: Rendered): void {
  for (const h of TEAM_HEADINGS) expect(r.flat, h).toContain(h);
  for (const p of r.plan.phases) {
    expect(r.flat).toContain(collapse(`Phase ${p.phase.order}: ${p.phase.name}`));
    for (const item of items(r.plan).filter((i) => !hasEmoji(i.title)))
      expect(r.flat, item.title).toContain(collapse(item.title));
  }
  for (const c of r.plan.considerations) expect(r.flat).toContain(collapse(c.consideration.name));
  for (const q of r.plan.qualityCriteria) expect(r.flat).toContain(collapse(q.name));
  expectMapShowsEveryPoint(r);
}

describe('PDF export', { timeout: 120_000 }, () => {
  const examples = exampleDocuments(content);

  it.each(examples.map((d) => [d.exampleId ?? d.id, d] as const))(
    'renders the example plan %s',
    async (_id, document) => {
      const r = await render(document);
      expectValidFile(r);
      expectTeamContents(r);
      expect(r.info.Title).toBe(`${document.name}: patient engagement plan`);
      expect(r.info.Author).toBe('Example');
      expect(r.info.Subject).toMatch(/Patient engagement plan/);
      expect(r.info.Keywords).toContain('patient engagement');
      const portrait = r.pages.filter((p) => p.width < p.height);
      expect(portrait.length).toBeGreaterThan(0);
      for (const p of portrait) {
        expect(p.width).toBeCloseTo(A4.width, 1);
        expect(p.height).toBeCloseTo(A4.height, 1);
      }
      expect(r.bytes.length).toBeLessThan(1024 * 1024);
      // Example plans have no team edits yet: the status says so rather than inventing one.
      expect(r.flat).toContain('Status: not set');
      expect(r.flat).not.toContain('Status: Planned');
      // Every cited reference is a live link, and the bookmarks follow the contents.
      expect(r.links.length).toBeGreaterThan(0);
      for (const url of r.links) expect(url).toMatch(/^https?:\/\//);
      expect(r.outline.map((o) => o.title)).toEqual(expect.arrayContaining(['Contents', 'Summary', 'Phase map']));
    },
  );

  it('renders US Letter', async () => {
    const r = await render(examples[0]!, { pageSize: 'letter' });
    expectValidFile(r);
    expectTeamContents(r);
    const first = r.pages[0]!;
    expect([first.width, first.height]).toEqual([LETTER.width, LETTER.height]);
  });

  it("renders the patient-partner guide in plain words: the partner view's tasks, plain titles, 12 pt (16 pt large print)", async () => {
    // The first example plus four team points in its first phase: one with patients and carers,
    // three with researchers only.
    const example = examples[0]!;
    const phase = (example.answers['phases-in-scope'] as string[])[0]!;
    const custom = stressDocument(content)
      .edits.custom.slice(2, 6)
      .map((c) => ({ ...c, phase }));
    const document = {
      ...example,
      edits: { ...example.edits, custom },
      settings: { ...example.settings, partnerContact: { name: 'Ana Ruiz', phone: '+44 20 7946 0000' } },
    };
    for (const largePrint of [false, true]) {
      const r = await render(document, { audience: 'partner', largePrint });
      expectValidFile(r);
      for (const h of [
        'About this guide',
        'Where you could help',
        'Support, payment and access',
        'Who to contact',
        'Ana Ruiz',
        'Other roles you may want later',
        'Words used in this guide',
      ])
        expect(r.flat).toContain(h);
      expect(r.info.Title).toBe(`${document.name}: a guide for patient partners`);
      const guide = buildPartnerGuide(content, r.plan, document);
      const moments = guide.groups.flatMap((g) => g.moments);
      const body = largePrint ? 16 : 12;
      // Task titles are set 1.3 pt above body size: exactly the partner view's tasks, each once.
      const listed = textsOfSize(sectionLines(r, 'Where you could help'), body + 1.3);
      expect([...listed].sort()).toEqual(moments.map((m) => collapse(m.title)).sort());
      // No professional-only title: a point's own title appears only where it is its plain title too.
      for (const item of items(r.plan))
        if (item.point && item.point.plainTitle !== item.title) expect(r.flat).not.toContain(collapse(item.title));
      expect(r.flat).not.toMatch(/Step \d/);
      // Every sentence of ours in the guide is printed, and reads at grade 8 or below
      // (The "I'm interested" form is the view's alone: a PDF cannot send anything back.)
      for (const text of guideTexts(guide).filter((t) => t !== guide.interest.text)) {
        expect(r.flat).toContain(collapse(text).slice(0, 50));
        expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
      }
      // Body text: nothing below the body size but the page footers.
      const guidePages = r.pages.filter(
        (p) => p.flat.includes('About this guide') || p.flat.includes('Where you could help'),
      );
      const small = guidePages
        .flatMap((p) => p.lines)
        .filter(
          (l) =>
            l.size < body - 0.01 &&
            !/^Page \d+ of \d+$/.test(l.text) &&
            !l.text.includes('a guide for patient partners'),
        );
      expect(small.map((l) => `${l.text} (${l.size} pt)`)).toEqual([]);
    }
  });

  it('says clearly when a plan has no engagement points', async () => {
    const r = await render(emptyDocument(content));
    expectValidFile(r);
    expect(r.flat).toContain('There are no engagement points yet');
    expect(r.pages.length).toBeLessThanOrEqual(3);

    const noPhases = buildPlan(content, { answers: {} });
    const r2 = await render(emptyDocument(content), {}, { ...noPhases, phases: [], considerations: [] });
    expectValidFile(r2);
    expect(r2.flat).toContain('There are no engagement points yet');
  });

  it('handles 150 custom points, a very long title and URL, and emoji', async () => {
    const document = stressDocument(content);
    const r = await render(document);
    expectValidFile(r);
    expectTeamContents(r);
    expectInsideMargins(r);
    expect(items(r.plan).filter((i) => i.kind === 'custom')).toHaveLength(150);
    expect(r.flat).toContain(collapse(LONG_TITLE));
    // The title "Coffee morning with carers ☕🎉 👩‍👩‍👧 and a ✅ check-in" loses the emoji DejaVu lacks
    // (🎉, the family sequence, ✅) and keeps ☕ and every word, with single spaces: on the map card
    // and as the point's heading in its phase section.
    const clean = 'Coffee morning with carers ☕ and a check-in';
    const sectionTitles = r.pages
      .filter((p) => p.width < p.height)
      .flatMap((p) => textsOfSize(p.lines, POINT_TITLE_SIZE))
      .filter((t) => t.includes('Coffee morning'));
    expect(sectionTitles).toEqual([clean]);
    const mapText = mapPages(r)
      .map((p) => p.flat)
      .join(' ');
    expect(mapText).toContain(clean);
    expect(r.flat.match(/Coffee morning[^.]*?check-in/g)?.every((m) => m === clean)).toBe(true);
    expect(r.flat).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
    expect(r.flat).not.toContain('\u200d'); // the joiner of the family sequence
    expect(r.flat).not.toContain('✅');
    expect(r.flat).not.toContain('Ø=');
    // The organisation "Example Pharma Ltd 🧪" loses its emoji and its trailing space.
    expect(r.info.Author).toBe('Example Pharma Ltd');
    expect(r.flat).toContain('Status: In progress');
    expect(r.bytes.length).toBeLessThan(1024 * 1024);
  });

  it('is repeatable for the same input and date', () => {
    expect(renderBytes(examples[0]!).equals(renderBytes(examples[0]!))).toBe(true);
  });

  it('the structure check finds a damaged file', async () => {
    const { bytes } = await render(emptyDocument(content));
    expect(structureProblems(bytes)).toEqual([]);
    // One byte added before the first object: the cross-reference table is no longer where startxref says.
    const shifted = Buffer.concat([bytes.subarray(0, 9), Buffer.from(' '), bytes.subarray(9)]);
    expect(structureProblems(shifted)).toEqual([
      expect.stringMatching(/^startxref \d+ does not point at an xref table/),
    ]);
    // (pdf.js alone opens it without a word: it rebuilds the table.)
    // An object renamed: its cross-reference entry points at something else.
    const renamed = Buffer.from(bytes.toString('latin1').replace('\n3 0 obj', '\n3 0 jbo'), 'latin1');
    expect(structureProblems(renamed)).toEqual([
      expect.stringMatching(/^xref entry 3 points at byte \d+, not at its object/),
    ]);
    await expect(readPdf(new Uint8Array(renamed))).rejects.toThrow();
    const cut = bytes.subarray(0, bytes.length - 200);
    expect(structureProblems(cut)).toContain('The file does not end with %%EOF.');
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

  // Two runs of the CLI, each loading content/: slow on a busy machine.
  it('the CLI explains what is wrong with a malformed plan file, and lists the examples', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pep-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'no version' }));
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) => spawnSync(tsx, ['src/cli/pdf.ts', ...args], { encoding: 'utf8' });
    try {
      const refused = run(bad, join(dir, 'out.pdf'));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/not a valid saved plan.*no schema version/s);
      const list = run('--list-examples');
      expect(list.status).toBe(0);
      expect(list.stdout.trim().split('\n').sort()).toEqual(content.examples.map((x) => x.id).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
