import { PRIORITIES } from '../../../domain/content/constants';
import { COLOR, PRIORITY_COLOR, SIZE } from '../style';
import type { Ctx } from './context';
import { formatRate } from '../../../domain/plan/labels';
import { programmeRows } from '../../../domain/plan/programme';

/** The summary: the plan's profile in words, the key figures, and counts per phase. */
export function drawSummary(ctx: Ctx): void {
  const { w, plan } = ctx;
  const doc = w.doc;
  const s = plan.summary;
  w.heading('Summary', 1, { newPage: true, toc: 0 });

  const programme = programmeRows(s.programme, (d) => ctx.dateText(d));
  if (programme.length) {
    w.heading('The programme', 2, { keepWith: 40 });
    for (const [label, text] of programme) w.row(label, text, { labelWidth: 60 });
  }

  if (s.profile.length) {
    w.heading('The plan at a glance', 2, { keepWith: 40 });
    for (const line of s.profile) w.row(line.label, line.text, { labelWidth: 60 });
  }

  // Key figures: four tiles in a row.
  w.heading('Key figures', 2, { keepWith: 70 });
  const effort = (['high', 'medium', 'low'] as const).map((e) => `${s.teamEffort[e]} ${e}`).join(', ');
  const tiles: [string, string, string][] = [
    ['Engagement points', String(s.points), PRIORITIES.map((p) => `${s.byPriority[p]} ${p}`).join(', ')],
    [
      'Patient-partner hours',
      s.patientHours.toLocaleString('en-GB'),
      `plus ${s.participants.toLocaleString('en-GB')} research participants`,
    ],
    [
      'Cost estimate',
      ctx.money(s.cost.total, s.cost.currency),
      `at ${formatRate(s.cost.rate, s.cost.currency)} an hour, with expenses`,
    ],
    ['Team effort', effort, 'points by effort for the team'],
  ];
  const gap = 10;
  const tw = (w.width - gap * (tiles.length - 1)) / tiles.length;
  const th = 62;
  w.ensure(th + 10);
  tiles.forEach(([k, v, note], i) => {
    const x = w.left + i * (tw + gap);
    doc.setFillColor(...COLOR.panel);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.roundedRect(x, w.y, tw, th, 3, 3, 'FD');
    w.line(k.toUpperCase(), x + 9, w.y + 8, { size: SIZE.tiny, bold: true, color: COLOR.muted });
    const big = i === 3 ? SIZE.body : SIZE.h2 + 2;
    const vLines = w.split(v, tw - 18, { size: big, bold: true });
    vLines
      .slice(0, 2)
      .forEach((l, j) => w.line(l, x + 9, w.y + 20 + j * big * 1.15, { size: big, bold: true, color: COLOR.accent }));
    const nLines = w.split(note, tw - 18, { size: SIZE.tiny });
    nLines.slice(0, 2).forEach((l, j) =>
      w.line(l, x + 9, w.y + th - 18 + j * 8.5 - (nLines.length > 1 ? 6 : 0), {
        size: SIZE.tiny,
        color: COLOR.muted,
      }),
    );
  });
  w.y += th + 8;
  w.paragraph(
    'Patient-partner hours add up the time each patient partner gives to each point (hours each × people). ' +
      'Research participants in interviews, surveys and other studies are counted apart, with a thank-you payment.',
    { size: SIZE.small, color: COLOR.muted },
  );

  w.heading('Cost and budget', 2, { keepWith: 60 });
  for (const l of s.cost.lines)
    w.row(l.label, `${ctx.money(l.amount, s.cost.currency)} (${l.basis})`, { labelWidth: 150 });
  w.row('Total', ctx.money(s.cost.total, s.cost.currency), { labelWidth: 150 });
  w.paragraph(s.cost.basis.source, { size: SIZE.small, color: COLOR.muted });
  w.paragraph(`Budget check. ${s.budget.message}`);
  if (s.budget.lean?.steps.length)
    w.bullets(
      s.budget.lean.steps.map((step) => `${step.text} Saves about ${ctx.money(step.saving, s.cost.currency)}.`),
      { size: SIZE.small },
    );
  if (plan.beyondTimeline.length)
    w.paragraph(
      `Beyond the timeline, so left out: ${plan.beyondTimeline.map((p) => `${p.name} (${p.points} points)`).join(', ')}.`,
    );

  // Counts per phase.
  w.heading('Engagement points per phase', 2, { keepWith: 60 });
  const cols = [w.width - 4 * 78, 78, 78, 78, 78];
  const head = ['Phase', 'Essential', 'Recommended', 'Optional', 'Total'];
  const rowH = w.lineHeight() + 6;
  const drawHead = () => {
    doc.setFillColor(...COLOR.accentSoft);
    doc.rect(w.left, w.y, w.width, rowH, 'F');
    let x = w.left;
    head.forEach((h, i) => {
      const cw = cols[i] ?? 0;
      w.line(
        h,
        i === 0 ? x + 6 : x + cw - 6,
        w.y + 3,
        { size: SIZE.small, bold: true, color: COLOR.accent },
        i === 0 ? 'left' : 'right',
      );
      x += cw;
    });
    w.y += rowH;
  };
  w.ensure(rowH * 3);
  drawHead();
  const rows = s.byPhase.map((p, i) => {
    const order = plan.phases[i]?.phase.order;
    return [
      order ? `${order}. ${p.name}` : p.name,
      p.essential,
      p.recommended,
      p.optional,
      p.essential + p.recommended + p.optional,
    ];
  });
  rows.push(['Total', s.byPriority.essential, s.byPriority.recommended, s.byPriority.optional, s.points]);
  rows.forEach((r, ri) => {
    const total = ri === rows.length - 1;
    const nameLines = w.split(String(r[0]), (cols[0] ?? 0) - 12, { size: SIZE.body, bold: total });
    const h = Math.max(1, nameLines.length) * w.lineHeight() + 6;
    if (w.ensure(h)) drawHead();
    let x = w.left;
    r.forEach((cell, i) => {
      const cw = cols[i] ?? 0;
      if (i === 0) nameLines.forEach((l, j) => w.line(l, x + 6, w.y + 3 + j * w.lineHeight(), { bold: total }));
      else {
        const pri = PRIORITIES[i - 1];
        const color = pri && Number(cell) > 0 && !total ? PRIORITY_COLOR[pri].text : COLOR.ink;
        w.line(String(cell), x + cw - 6, w.y + 3, { bold: total || i === 4, color }, 'right');
      }
      x += cw;
    });
    w.y += h;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(total ? 0.9 : 0.4);
    doc.line(w.left, w.y, w.right, w.y);
  });
  w.y += 10;
}
