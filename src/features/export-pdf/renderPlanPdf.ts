/**
 * Renders a plan as a PDF with jsPDF. jsPDF is passed in (and imported here only as a type) so the
 * same code runs in the browser, where it is loaded lazily, and in Node for the CLI and tests.
 */
import type { jsPDF } from 'jspdf';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { layoutPlan } from '../../domain/map/layout';
import { termsUsed } from '../../domain/plan/glossaryUse';
import { fromOtherContext } from '../../domain/plan/contextWords';
import type { Plan } from '../../domain/plan/types';
import { drawLegend, drawMap } from './drawMap';
import type { PdfOptions } from './options';
import { drawConsiderations, drawGlossary, drawQuality, drawReferences } from './sections/appendix';
import { makeCtx, type Ctx } from './sections/context';
import { drawCover } from './sections/cover';
import { drawPartner, partnerPoints } from './sections/partner';
import { drawPhases } from './sections/phases';
import { drawExecutive } from './sections/executive';
import { drawMethodGuide, drawStarterMetrics, planMethods } from './sections/methods';
import { starterMetrics } from '../../domain/engine/starterMetrics';
import { drawSummary } from './sections/summary';
import { drawToc, tocPages } from './sections/toc';
import { drawWorkshopRecord, hasWorkshopRecord } from './sections/workshop';
import { COLOR, FONT, MARGIN, SIZE } from './style';
import { hashHex, makeSanitiser, truncate } from './text';
import { Writer } from './writer';

export { DEFAULT_PDF_OPTIONS, pdfFileName, type PdfOptions, type PdfSections } from './options';

export interface RenderInput {
  plan: Plan;
  content: Content;
  document: PlanDocument;
  options: PdfOptions;
  /** Base64-encoded TTF files (DejaVu Sans regular and bold). */
  fonts: { regular: string; bold: string };
  now: Date;
  /** Filled with the characters the font could not draw, so the user can be told they are missing. */
  dropped?: Set<string>;
}

interface FontMetadata {
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
}

function glyphMap(doc: jsPDF, style: 'normal' | 'bold'): Record<number, number> {
  doc.setFont(FONT, style);
  return (doc.getFont() as unknown as FontMetadata).metadata?.cmap?.unicode?.codeMap ?? {};
}

function drawFooters(w: Writer, title: string): void {
  const doc = w.doc;
  const total = doc.getNumberOfPages();
  for (let i = 1; i <= total; i++) {
    doc.setPage(i);
    const y = w.pageH - MARGIN / 2 - 4;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(MARGIN, y - 6, w.pageW - MARGIN, y - 6);
    w.font({ size: SIZE.tiny, color: COLOR.muted });
    const page = `Page ${i} of ${total}`;
    const room = w.pageW - 2 * MARGIN - doc.getTextWidth(page) - 24;
    let left = title;
    while (left.length > 8 && doc.getTextWidth(left) > room) left = truncate(left, left.length - 4);
    w.line(left, MARGIN, y - 1, { size: SIZE.tiny, color: COLOR.muted });
    w.line(page, w.pageW - MARGIN, y - 1, { size: SIZE.tiny, color: COLOR.muted, bold: true }, 'right');
  }
}

function tocEntries(ctx: Ctx, hasMap: boolean): number {
  const { options, plan } = ctx;
  if (options.audience === 'partner') {
    const n = partnerPoints(ctx).length;
    return 3 + (n ? 1 + n : 0) + (options.sections.glossary ? 1 : 0);
  }
  const s = options.sections;
  return (
    (s.summary ? 1 : 0) +
    (hasMap ? 1 : 0) +
    (s.phases ? 1 + plan.phases.length + (planMethods(plan).length ? 1 : 0) : 0) +
    (s.considerations ? 1 + (starterMetrics(plan, ctx.content).length ? 1 : 0) : 0) +
    (s.quality ? 1 : 0) +
    (s.references ? 1 : 0) +
    (s.glossary ? 1 : 0) +
    (hasWorkshopRecord(ctx) ? 1 : 0)
  );
}

function drawEmpty(ctx: Ctx): void {
  const { w, plan } = ctx;
  w.addPage();
  w.heading('There are no engagement points yet', 1, { toc: 0 });
  w.paragraph(
    plan.phases.length
      ? 'The answers so far do not call for any engagement points in the phases in scope, and the team has not added any.'
      : 'No phases of the programme are in scope yet, so the plan has no engagement points.',
  );
  w.paragraph(
    'Finish the questionnaire (or choose the phases in scope) to get recommended engagement points, or add your ' +
      'own points on the plan screen. Then export the PDF again.',
    { color: COLOR.muted },
  );
}

export function renderPlanPdf(JsPDF: typeof jsPDF, input: RenderInput): jsPDF {
  const { plan, content, document, options, fonts, now } = input;
  const doc = new JsPDF({
    unit: 'pt',
    format: options.pageSize,
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  const regular = glyphMap(doc, 'normal');
  const bold = glyphMap(doc, 'bold');
  const clean = makeSanitiser(
    (cp) => Boolean(regular[cp]) && Boolean(bold[cp]),
    (ch) => input.dropped?.add(ch),
  );

  const partner = options.audience === 'partner';
  const name = clean(document.name) || 'Untitled plan';
  const title = partner
    ? `${name}: a guide for patient partners`
    : options.audience === 'summary'
      ? `${name}: executive summary`
      : `${name}: patient engagement plan`;
  doc.setProperties({
    title,
    subject: partner
      ? 'Where patient partners can contribute, what they would do, time, support and payment'
      : 'Patient engagement plan: where, how and with whom patients shape the patient experience data',
    author: clean(document.organisation) || 'Patient engagement planner',
    keywords: [
      'patient engagement',
      'patient experience data',
      partner ? 'patient partners' : 'engagement plan',
      `content ${plan.contentVersion}`,
    ].join(', '),
    creator: 'Patient engagement planner',
  });
  doc.setLanguage('en-GB');
  doc.setCreationDate(now);
  doc.setFileId(
    hashHex(`${document.id}|${document.updatedAt}|${options.audience}|${options.pageSize}|${now.toISOString()}`),
  );
  doc.setLineJoin('round');

  const w = new Writer(doc, options.pageSize, clean);
  // The partner guide's body text: 12 pt, or 16 pt in large print.
  if (partner) w.body = w.small = options.largePrint ? 16 : 12;
  const ctx = makeCtx(w, { plan, content, document, options, now });
  if (options.audience === 'summary') {
    drawExecutive(ctx);
    drawFooters(w, title);
    return doc;
  }
  drawCover(ctx, partner);

  const items = plan.phases.reduce((n, p) => n + p.items.length, 0);
  if (!partner && items === 0) {
    drawEmpty(ctx);
    drawFooters(w, title);
    return doc;
  }

  const layout = !partner && options.sections.map ? layoutPlan(plan) : null;
  const hasMap = layout !== null && layout.nodes.length > 0;
  const tocFirst = w.page + 1;
  const tocCount = tocPages(w, tocEntries(ctx, hasMap));
  for (let i = 0; i < tocCount; i++) w.addPage();
  w.y = w.bottom; // the reserved pages are full: the next section starts a new page

  if (partner) drawPartner(ctx);
  else {
    const s = options.sections;
    if (s.summary) drawSummary(ctx);
    if (hasMap && layout)
      drawMap(
        w,
        layout,
        content,
        () => {
          w.heading('Phase map', 1, { toc: 0 });
          drawLegend(w);
        },
        64,
      );
    if (s.phases) drawPhases(ctx);
    if (hasWorkshopRecord(ctx)) drawWorkshopRecord(ctx);
    if (s.phases) drawMethodGuide(ctx);
    if (s.considerations) drawConsiderations(ctx);
    if (s.considerations) drawStarterMetrics(ctx);
    if (s.quality) drawQuality(ctx);
    if (s.references) drawReferences(ctx);
  }
  if (options.sections.glossary) {
    // A glossary entry from another context (assent in an adult plan) is left out even when a
    // word of it was printed, so the glossary never brings back what the plan filtered.
    const other = fromOtherContext(content, plan.contexts);
    const terms = termsUsed(content, [...new Set(w.printed)]).filter(
      (g) => !other([g.term, ...(g.aliases ?? []), g.plain].join('\n')),
    );
    drawGlossary(ctx, terms, partner ? 'Words used in this guide' : 'Glossary');
  }

  // Table of contents (on the reserved pages) and matching bookmarks.
  const entries = [...w.toc];
  drawToc(w, entries, tocFirst, tocCount);
  doc.outline.add(null, 'Contents', { pageNumber: tocFirst });
  let parent: unknown = null;
  for (const e of entries) {
    const node = doc.outline.add(e.level === 0 ? null : parent, e.title, { pageNumber: e.page });
    if (e.level === 0) parent = node;
  }
  drawFooters(w, title);
  return doc;
}
