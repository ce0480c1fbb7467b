import type { GlossaryTerm } from '../../../domain/content/schema';
import { COLOR, SIZE } from '../style';
import type { Ctx } from './context';
import { planRegions } from '../../../domain/plan/regions';

/** Practical considerations (payment, accessibility, …) with their actions and why they apply. */
export function drawConsiderations(ctx: Ctx): void {
  const { w, plan } = ctx;
  w.heading('Considerations', 1, { newPage: true, toc: 0 });
  w.paragraph('Practical matters to settle before engagement starts. Each lists the actions the team should take.', {
    color: COLOR.muted,
    after: 8,
  });
  if (!plan.considerations.length) w.paragraph('No considerations apply to this plan.');
  for (const { consideration: c, reasons } of plan.considerations) {
    w.heading(c.name, 3, { keepWith: w.lineHeight() * 4 });
    w.paragraph(c.summary);
    w.line('Actions', w.left, w.y, { size: SIZE.small, bold: true, color: COLOR.muted });
    w.y += w.lineHeight(SIZE.small);
    w.bullets(c.actions);
    const why = reasons.map((r) => (r.answers.length ? `${r.text} (Your answers: ${r.answers.join('; ')}.)` : r.text));
    const sources = c.references.map(ctx.refs.cite).join('; ');
    if (why.length) w.paragraph(`Why: ${why.join(' ')}`, { size: SIZE.small, color: COLOR.muted, after: 2 });
    w.paragraph(`Sources: ${sources}`, { size: SIZE.small, color: COLOR.muted, after: 10 });
  }
  drawRegionNotes(ctx);
}

/** What differs in each region the programme works in (law, regulators, HTA bodies, payment). */
function drawRegionNotes(ctx: Ctx): void {
  const { w } = ctx;
  const regions = planRegions(ctx.content, ctx.plan);
  if (!regions.length) return;
  w.heading('What differs where you work', 2, { keepWith: w.lineHeight() * 6 });
  for (const r of regions) {
    w.heading(r.name, 3, { keepWith: w.lineHeight() * 4 });
    w.paragraph(r.summary);
    w.bullets(r.notes);
    w.paragraph(`Sources: ${r.references.map(ctx.refs.cite).join('; ')}`, {
      size: SIZE.small,
      color: COLOR.muted,
      after: 10,
    });
  }
}

/** The quality checklist: one tick box per criterion. */
export function drawQuality(ctx: Ctx): void {
  const { w, plan } = ctx;
  const doc = w.doc;
  w.heading('Quality checklist', 1, { newPage: true, toc: 0 });
  w.paragraph('Review the plan against each criterion and tick it when the plan meets it.', {
    color: COLOR.muted,
    after: 10,
  });
  if (!plan.qualityCriteria.length) w.paragraph('There are no quality criteria in this version of the knowledge base.');
  for (const q of plan.qualityCriteria) {
    const x = w.left + 18;
    const nameLines = w.split(q.name, w.right - x, { bold: true });
    const qLines = w.split(q.question, w.right - x);
    w.ensure((nameLines.length + Math.min(2, qLines.length)) * w.lineHeight() + 4);
    doc.setDrawColor(...COLOR.muted);
    doc.setFillColor(...COLOR.white);
    doc.setLineWidth(0.8);
    doc.rect(w.left, w.y + 1.5, 9, 9, 'FD');
    w.lines(nameLines, x, { bold: true });
    w.lines(qLines, x, { color: COLOR.muted });
    w.paragraph(`Sources: ${q.references.map(ctx.refs.cite).join('; ')}`, {
      indent: 18,
      size: SIZE.tiny,
      color: COLOR.faint,
      after: 9,
    });
  }
}

/** Numbered references, each with a clickable (wrapped) URL. */
export function drawReferences(ctx: Ctx): void {
  const { w } = ctx;
  w.heading('References', 1, { newPage: true, toc: 0 });
  if (!ctx.refs.list.length) w.paragraph('This plan cites no references.');
  const indent = 28;
  ctx.refs.list.forEach((r, i) => {
    const text = `${r.title}. ${r.publisher}, ${r.year}.${r.doi ? ` doi:${r.doi}` : ''}`;
    const lines = w.split(text, w.width - indent);
    w.ensure(lines.length * w.lineHeight() + w.lineHeight(SIZE.small) * 2);
    w.line(`[${i + 1}]`, w.left, w.y, { bold: true, color: COLOR.muted });
    w.lines(lines, w.left + indent);
    w.url(r.url, w.left + indent, w.width - indent);
    w.y += 6;
  });
}

/** The glossary: only the terms that appear in the text the reader has just been given. */
export function drawGlossary(ctx: Ctx, terms: GlossaryTerm[], title = 'Glossary'): void {
  const { w } = ctx;
  w.heading(title, 1, { newPage: true, toc: 0 });
  if (!terms.length) {
    w.paragraph('No glossary terms are used in this document.');
    return;
  }
  for (const g of terms) {
    const aliases = (g.aliases ?? []).filter((a) => a.length <= 8 && a === a.toUpperCase()).slice(0, 3);
    const head = aliases.length ? `${g.term} (${aliases.join(', ')})` : g.term;
    const body = w.split(g.plain, w.width - 12);
    w.ensure(w.lineHeight() * (1 + Math.min(2, body.length)));
    w.lines(w.split(head, w.width, { bold: true }), w.left, { bold: true });
    w.lines(body, w.left + 12);
    w.y += 6;
  }
}
