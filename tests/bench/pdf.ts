/** PDF export in Node, the same path as `npm run pdf -- --example <id> out.pdf` (src/cli/pdf.ts). */
import { jsPDF } from 'jspdf';
import type { Content } from '../../src/domain/content/schema';
import { exampleDocument } from '../../src/domain/document/create';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { summarise } from './stats';
import { readFonts } from '../../src/cli/fonts';
import { recordingJsPDF, type DrawnText } from './pdfFloor';

/**
 * As readFonts() in src/cli/pdf.ts (which runs its CLI on import, so cannot be imported here): base64 of the
 * DejaVu Sans TTFs shipped in node_modules.
 */

export interface PdfResult {
  times: number[];
  median: number;
  bytes: number;
  pages: number;
}

/** Reads the fonts, builds the plan, renders and serialises the PDF: timed end to end, `runs` times. */
export function benchPdf(content: Content, exampleId: string, runs = 5): PdfResult {
  const now = new Date('2026-01-01T00:00:00Z');
  const document = exampleDocument(content, exampleId, now.toISOString());
  const times: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
    const doc = renderPlanPdf(jsPDF, {
      plan,
      content,
      document,
      options: { ...DEFAULT_PDF_OPTIONS, pageSize: 'a4', audience: 'team' },
      fonts: readFonts(),
      now,
    });
    const out = doc.output('arraybuffer');
    times.push(performance.now() - t0);
    bytes = out.byteLength;
    pages = doc.getNumberOfPages();
  }
  if (bytes === 0 || pages === 0) throw new Error('the PDF came out empty');
  return { times, median: summarise(times).median, bytes, pages };
}

/** Every text the full PDF of the example draws, in order, with its size and weight (untimed). */
export function pdfTexts(content: Content, exampleId: string): DrawnText[] {
  const now = new Date('2026-01-01T00:00:00Z');
  const document = exampleDocument(content, exampleId, now.toISOString());
  const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  const texts: DrawnText[] = [];
  renderPlanPdf(recordingJsPDF(texts), {
    plan,
    content,
    document,
    options: { ...DEFAULT_PDF_OPTIONS, pageSize: 'a4', audience: 'team' },
    fonts: readFonts(),
    now,
  }).output('arraybuffer');
  return texts;
}
