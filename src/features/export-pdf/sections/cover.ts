import { COLOR, MARGIN, SIZE } from '../style';
import type { Ctx } from './context';
import { programmeRows } from '../../../domain/plan/programme';

/** The cover page: what this is, for whom, when, and on which knowledge base. */
export function drawCover(ctx: Ctx, partner: boolean): void {
  const { w, document, plan, now } = ctx;
  const doc = w.doc;
  doc.setFillColor(...COLOR.accent);
  doc.rect(0, 0, w.pageW, 10, 'F');
  doc.setFillColor(...COLOR.accentSoft);
  doc.rect(0, 10, w.pageW, 4, 'F');

  w.y = MARGIN + w.pageH * 0.16;
  w.line(partner ? 'A GUIDE FOR PATIENT PARTNERS' : 'PATIENT ENGAGEMENT PLAN', w.left, w.y, {
    size: SIZE.small + 1,
    bold: true,
    color: COLOR.accent,
  });
  w.y += 24;
  w.lines(w.split(document.name || 'Untitled plan', w.width, { size: SIZE.title, bold: true }), w.left, {
    size: SIZE.title,
    bold: true,
  });
  w.y += 6;
  const subtitle = partner
    ? 'Where you can help, what you would do, and the support you can expect'
    : 'Patient engagement plan';
  w.lines(w.split(subtitle, w.width, { size: SIZE.subtitle }), w.left, { size: SIZE.subtitle, color: COLOR.muted });
  w.y += 16;
  doc.setDrawColor(...COLOR.accent);
  doc.setLineWidth(1.5);
  doc.line(w.left, w.y, w.left + 60, w.y);
  w.y += 24;

  const items = partner ? plan.phases.flatMap((p) => p.items).length : plan.summary.points;
  const facts: [string, string][] = [
    ['Organisation', document.organisation.trim() || 'Not stated'],
    ...programmeRows(plan.summary.programme, (d) => ctx.dateText(d), ['condition', 'milestone']),
    ['Date', ctx.dateText(now)],
    ['Knowledge base', `Version ${plan.contentVersion || document.contentVersion}`],
    ...(partner ? [] : ([['Engagement points', String(items)]] as [string, string][])),
    ['Edition', partner ? 'Patient-partner guide (plain language)' : 'Planning team edition'],
  ];
  for (const [k, v] of facts) {
    w.line(k.toUpperCase(), w.left, w.y, { size: SIZE.tiny, bold: true, color: COLOR.muted });
    w.y += 11;
    w.lines(w.split(v, w.width, { size: SIZE.h3 }), w.left, { size: SIZE.h3 });
    w.y += 9;
  }

  const note = partner
    ? 'This guide is written for patients, carers and patient organisations who may work with the team. ' +
      'Taking part is your choice. You can ask questions at any time, and you can stop at any time.'
    : 'Prepared with the Patient engagement planner. The recommendations support, and do not replace, the ' +
      "team's judgement; each point lists why it is in the plan and the sources behind it.";
  const noteLines = w.split(note, w.width - 24, { size: SIZE.small });
  const boxH = noteLines.length * w.lineHeight(SIZE.small) + 16;
  w.y = w.bottom - boxH - 10;
  doc.setFillColor(...COLOR.panel);
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  doc.roundedRect(w.left, w.y, w.width, boxH, 3, 3, 'FD');
  w.y += 8;
  w.lines(noteLines, w.left + 12, { size: SIZE.small, color: COLOR.muted });
}
