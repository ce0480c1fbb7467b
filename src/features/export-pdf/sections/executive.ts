import { COLOR, PRIORITY_COLOR, SIZE } from '../style';
import type { Ctx } from './context';
import type { PlanItem } from '../../../domain/plan/types';
import { programmeRows } from '../../../domain/plan/programme';
import { EFFORT_LABEL, PRIORITY_LABEL, QUADRANTS, STATUS_LABEL, formatRate } from '../../../domain/plan/labels';
import { datedActivities } from '../../../domain/export/ics';

/** The executive summary: two to three pages a steering committee can read in ten minutes. */
export function drawExecutive(ctx: Ctx): void {
  const { w, plan, document, now } = ctx;
  const s = plan.summary;
  w.line('ENGAGEMENT PLAN: EXECUTIVE SUMMARY', w.left, w.y, { size: SIZE.small, bold: true, color: COLOR.accent });
  w.y += 16;
  w.lines(w.split(document.name || 'Untitled plan', w.width, { size: SIZE.h1 + 3, bold: true }), w.left, {
    size: SIZE.h1 + 3,
    bold: true,
  });
  const byline = [document.organisation.trim(), ctx.dateText(now)].filter(Boolean).join(' · ');
  w.paragraph(byline, { color: COLOR.muted, after: 8 });

  const programme = programmeRows(s.programme, (d) => ctx.dateText(d));
  // The purpose ("why"); the rest of the profile is in the full plan.
  const purpose = s.profile.filter((line) => line.label === 'Why');
  if (programme.length || purpose.length) {
    w.heading('The programme and the purpose', 2, { keepWith: 40 });
    for (const [label, text] of programme) w.row(label, text, { labelWidth: 78 });
    for (const line of purpose) w.row('Purpose', line.text.replace(/^Purposes?: /, ''), { labelWidth: 78 });
  }

  const items = plan.phases.flatMap((p) => p.items);
  const top = items.filter((i) => i.priority === 'essential');
  drawPriorities(ctx, top, items);
  drawActions(ctx, items);
  drawBudget(ctx);
  drawMilestones(ctx);
  w.paragraph(
    `The full plan (${s.points} points with methods, reasons and sources) is in the plan file and the full PDF.`,
    { size: SIZE.small, color: COLOR.muted },
  );
}

/** The essentials, numbered, beside a benefit × investment picture of every point. */
function drawPriorities(ctx: Ctx, top: PlanItem[], items: PlanItem[]): void {
  const { w } = ctx;
  const doc = w.doc;
  w.heading(`Top priorities (${top.length} essential of ${items.length})`, 2, { keepWith: 170 });
  const chart = 170;
  const listW = w.width - chart - 18;
  w.y += 8;
  const startY = w.y;
  // The picture: benefit up, investment across; essentials numbered, the rest as small dots.
  const cx = w.right - chart;
  const cy = startY + 4;
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  doc.rect(cx, cy, chart, chart);
  doc.line(cx + chart / 2, cy, cx + chart / 2, cy + chart);
  doc.line(cx, cy + chart / 2, cx + chart, cy + chart / 2);
  const corner = (id: string) => QUADRANTS.find((q) => q.id === id)?.name ?? id;
  w.line(corner('quick-win'), cx + 4, cy + 3, { size: SIZE.tiny, color: COLOR.muted });
  w.line(corner('major'), cx + chart - 4, cy + 3, { size: SIZE.tiny, color: COLOR.muted }, 'right');
  w.line(corner('fill-in'), cx + 4, cy + chart - 11, { size: SIZE.tiny, color: COLOR.muted });
  w.line(corner('reconsider'), cx + chart - 4, cy + chart - 11, { size: SIZE.tiny, color: COLOR.muted }, 'right');
  w.line('Investment →', cx + chart / 2, cy + chart + 3, { size: SIZE.tiny, color: COLOR.muted }, 'center');
  w.line('↑ Benefit', cx, cy - 10, { size: SIZE.tiny, color: COLOR.muted });
  const at = (i: PlanItem) => ({
    x: cx + 6 + ((i.score?.investment ?? 5) / 10) * (chart - 12),
    y: cy + chart - 6 - ((i.score?.benefit ?? 5) / 10) * (chart - 12),
  });
  for (const i of items)
    if (i.priority !== 'essential') {
      const p = at(i);
      doc.setFillColor(...COLOR.faint);
      doc.circle(p.x, p.y, 1.6, 'F');
    }
  top.forEach((i, n) => {
    const p = at(i);
    doc.setFillColor(...PRIORITY_COLOR.essential.stroke);
    doc.circle(p.x, p.y, 5, 'F');
    w.line(String(n + 1), p.x, p.y - 3.3, { size: SIZE.tiny, bold: true, color: COLOR.white }, 'center');
  });
  // The list beside it.
  w.y = startY;
  top.forEach((i, n) => {
    const quadrant = QUADRANTS.find((q) => q.id === i.score?.quadrant)?.name;
    const why = i.reasons.find((r) => r.ruleId !== null)?.text ?? i.reasons[0]?.text ?? '';
    const title = w.split(`${n + 1}. ${i.title}`, listW, { size: SIZE.small, bold: true });
    const detail = w.split([ctx.name.phase(i.phaseId), quadrant, why].filter(Boolean).join(' · '), listW - 10, {
      size: SIZE.tiny,
    });
    w.lines(title, w.left, { size: SIZE.small, bold: true });
    const shownDetail = detail.slice(0, 2);
    if (detail.length > 2) shownDetail[1] = `${shownDetail[1]?.replace(/\s+\S*$/, '')} …`;
    w.lines(shownDetail, w.left + 10, { size: SIZE.tiny, color: COLOR.muted });
    w.y += 2;
  });
  w.y = Math.max(w.y, cy + chart + 14) + 4;
}

/** Every point as a row, grouped under its phase: point, priority, owner, target date, status. */
function drawActions(ctx: Ctx, items: PlanItem[]): void {
  const { w, plan } = ctx;
  const doc = w.doc;
  w.heading('Action table', 2, { keepWith: 60 });
  const cols = [w.width - 66 - 96 - 66 - 62, 66, 96, 66, 62];
  const head = ['Engagement point', 'Priority', 'Owner', 'Target date', 'Status'];
  const size = SIZE.tiny + 0.6;
  const lh = w.lineHeight(size);
  const drawHead = () => {
    doc.setFillColor(...COLOR.accentSoft);
    doc.rect(w.left, w.y, w.width, lh + 4, 'F');
    let x = w.left;
    head.forEach((h, i) => {
      w.line(h, x + 3, w.y + 2, { size, bold: true, color: COLOR.accent });
      x += cols[i] ?? 0;
    });
    w.y += lh + 4;
  };
  drawHead();
  const shown = new Set(items.map((i) => i.id));
  for (const phase of plan.phases) {
    const rows = phase.items.filter((i) => shown.has(i.id));
    if (rows.length === 0) continue;
    if (w.ensure(lh * 3 + 6)) drawHead();
    w.line(phase.phase.name, w.left + 3, w.y + 3, { size, bold: true });
    w.y += lh + 4;
    for (const i of rows) {
      const status = i.edit.status ?? i.custom?.status;
      const date = i.edit.targetDate ?? i.custom?.targetDate;
      const cells = [
        i.title,
        PRIORITY_LABEL[i.priority],
        i.edit.owner ?? i.custom?.owner ?? 'Not set',
        date ? ctx.dateText(date) : 'Not set',
        status ? STATUS_LABEL[status] : 'Not started',
      ].map((c, k) => w.split(c, (cols[k] ?? 0) - (k === 0 ? 14 : 6), { size }).slice(0, 3));
      const h = Math.max(...cells.map((c) => c.length)) * lh + 3;
      if (w.ensure(h)) drawHead();
      let x = w.left;
      cells.forEach((lines, k) => {
        const color = k === 1 ? PRIORITY_COLOR[i.priority].text : lines[0] === 'Not set' ? COLOR.muted : COLOR.ink;
        lines.forEach((l, j) =>
          w.line(l, x + 3 + (k === 0 ? 8 : 0), w.y + 1.5 + j * lh, { size, color, bold: k === 1 }),
        );
        x += cols[k] ?? 0;
      });
      w.y += h;
      doc.setDrawColor(...COLOR.rule);
      doc.setLineWidth(0.3);
      doc.line(w.left, w.y, w.right, w.y);
    }
  }
  w.y += 6;
}

/** A two-column table row: a wrapped label and a right-aligned amount. */
function amountRow(ctx: Ctx, label: string, amount: string, bold = false): void {
  const { w } = ctx;
  const lines = w.split(label, w.width - 140, { size: SIZE.small, bold });
  const h = Math.max(1, lines.length) * w.lineHeight(SIZE.small) + 3;
  w.ensure(h);
  lines.forEach((l, j) => w.line(l, w.left, w.y + j * w.lineHeight(SIZE.small), { size: SIZE.small, bold }));
  w.line(amount, w.right, w.y, { size: SIZE.small, bold }, 'right');
  w.y += h;
  w.doc.setDrawColor(...COLOR.rule);
  w.doc.setLineWidth(bold ? 0.8 : 0.3);
  w.doc.line(w.left, w.y - 1.5, w.right, w.y - 1.5);
  w.y += 1.5;
}

/** Patient payment, expenses and team effort, with the budget check. */
function drawBudget(ctx: Ctx): void {
  const { w, plan } = ctx;
  const s = plan.summary;
  const c = s.cost;
  w.heading('Budget', 2, { keepWith: 110 });
  for (const l of c.lines) amountRow(ctx, `${l.label}: ${l.basis}`, ctx.money(l.amount, c.currency));
  amountRow(ctx, 'Total estimate', ctx.money(c.total, c.currency), true);
  const effort = (['high', 'medium', 'low'] as const)
    .filter((e) => s.teamEffort[e] > 0)
    .map((e) => `${s.teamEffort[e]} ${EFFORT_LABEL[e].toLowerCase()}`)
    .join(', ');
  w.y += 4;
  w.row('Team effort', `${effort || 'none'} (points by the effort they ask of the team)`, { labelWidth: 96 });
  w.row(
    'Patient partners',
    `${s.patientHours.toLocaleString('en-GB')} hours at ${formatRate(c.rate, c.currency)} an hour; ${s.participants.toLocaleString('en-GB')} research participants counted apart`,
    { labelWidth: 96 },
  );
  w.paragraph(`Budget check. ${s.budget.message}`, { size: SIZE.small });
  // The message speaks of the lean version's changes "below": the largest ones, the rest in the full plan.
  const steps = s.budget.lean?.steps ?? [];
  if (steps.length) {
    const shown = steps.slice(0, LEAN_STEPS_SHOWN);
    w.bullets(
      [
        ...shown.map((step) => `${step.text} Saves about ${ctx.money(step.saving, c.currency)}.`),
        ...(steps.length > shown.length
          ? [`${steps.length - shown.length} smaller changes are listed in the full plan's budget section.`]
          : []),
      ],
      { size: SIZE.small },
    );
  }
}

/** How many of the lean version's changes the summary lists; a long list would break its three pages. */
const LEAN_STEPS_SHOWN = 5;

/** The milestone and the dated activities. */
function drawMilestones(ctx: Ctx): void {
  const { w, plan, document } = ctx;
  const dated = datedActivities(plan, document.id);
  w.heading('Key milestones', 2, { keepWith: 50 });
  if (dated.length === 0) {
    w.paragraph('No dates are set yet. Give points a target date on the plan screen to see them here.', {
      size: SIZE.small,
    });
    return;
  }
  for (const a of dated.slice(0, 10)) w.row(ctx.dateText(a.date), a.title, { labelWidth: 110 });
  if (dated.length > 10) w.paragraph(`And ${dated.length - 10} more in the calendar file.`, { size: SIZE.small });
}
