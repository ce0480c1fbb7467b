import type { PlanItem, PlanPhase } from '../../../domain/plan/types';
import { COLOR, PRIORITY_COLOR, SIZE } from '../style';
import type { Ctx } from './context';
import { CARRIED_LABEL } from '../../../domain/plan/programme';
import { EFFORT_LABEL, PRIORITY_LABEL, STATUS_LABEL } from '../../../domain/plan/labels';
import { DOMAIN_LABEL } from '../../../domain/engine/starterMetrics';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function drawItem(ctx: Ctx, item: PlanItem): void {
  const { w } = ctx;
  const doc = w.doc;
  const c = PRIORITY_COLOR[item.priority];
  const custom = item.kind === 'custom';
  const eyebrow = [
    PRIORITY_LABEL[item.priority],
    ctx.name.level(item.level),
    custom || item.addedByTeam ? 'Added by your team' : '',
    item.carried ? CARRIED_LABEL[item.carried.kind] : '',
  ]
    .filter(Boolean)
    .join('  ·  ')
    .toUpperCase();
  const titleLines = w.split(item.title, w.width - 10, { size: SIZE.h3, bold: true });
  const headH = 11 + titleLines.length * w.lineHeight(SIZE.h3);
  // Keep the header with its first rows: no orphan titles at the foot of a page.
  w.ensure(headH + w.lineHeight() * 4 + 8);
  const top = w.y;
  w.line(eyebrow, w.left + 10, w.y, { size: SIZE.tiny, bold: true, color: c.text });
  w.y += 11;
  w.lines(titleLines, w.left + 10, { size: SIZE.h3, bold: true });
  doc.setFillColor(...c.stroke);
  doc.rect(w.left, top, 3, w.y - top, 'F');
  w.y += 5;

  w.row(custom ? 'Description' : 'Decision', item.decision);
  if (item.point) w.row('Why it matters', item.point.whyItMatters);
  if (item.methods.length)
    w.row(
      'Methods, ranked',
      item.methods.map(
        (m, i) =>
          `${i + 1}. ${m.method.name} (${m.fit} fit): ${m.notes.map((n) => n.trim().replace(/[.;\s]+$/, '')).join('; ')}.`,
      ),
    );
  if (item.who.length) w.row('Who', item.who.map(ctx.name.stakeholder).join(', '));
  w.row('Level', ctx.name.level(item.level));
  if (item.pedGenerated.length) w.row('PED generated', item.pedGenerated.map(ctx.name.ped).join(', '));
  if (item.pedUsed.length) w.row('PED used', item.pedUsed.map(ctx.name.ped).join(', '));
  const time = item.point?.patientTime;
  w.row(
    'Patient hours',
    item.participants
      ? `None from partners: ${item.participants.hoursEach} h each × ${item.participants.people} research participants, counted apart`
      : time && !custom
        ? `${item.patientHours.toLocaleString('en-GB')} (${time.hoursEach} h each × ${time.people} people)`
        : custom && item.patientHours > 0
          ? `${item.patientHours.toLocaleString('en-GB')} (your team’s estimate)`
          : 'To be estimated by the team',
  );
  if (!custom) w.row('Team effort', EFFORT_LABEL[item.teamEffort]);
  w.row(
    'Owner, date, status',
    [
      `Owner: ${item.edit.owner?.trim() || 'not assigned yet'}`,
      `Target date: ${item.edit.targetDate ? ctx.dateText(item.edit.targetDate) : 'not set'}`,
      `Status: ${item.edit.status ? STATUS_LABEL[item.edit.status] : 'not set'}`,
    ].join('   ·   '),
  );
  if (item.edit.notes?.trim()) w.row('Notes', item.edit.notes);
  if (item.point) {
    w.row('Outputs', item.point.outputs);
    if (item.point.schedule) w.row('How long', item.point.schedule);
    w.row('Evaluation', `${item.point.evaluation} (PARADIGM: ${DOMAIN_LABEL[item.point.evaluationDomain]})`);
  }
  if (item.reasons.length)
    w.row(
      'Why',
      item.reasons.map((r) => (r.answers.length ? `${r.text} (Your answers: ${r.answers.join('; ')}.)` : r.text)),
    );
  if (item.references.length) w.row('Sources', item.references.map(ctx.refs.cite).join('; '));
  w.y += 4;
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.4);
  doc.line(w.left, w.y, w.right, w.y);
  w.y += 12;
}

function drawPhase(ctx: Ctx, p: PlanPhase): void {
  const { w } = ctx;
  w.heading(`Phase ${p.phase.order}: ${p.phase.name}`, 1, { newPage: true, toc: 1 });
  w.paragraph(p.phase.summary, { color: COLOR.muted });
  const counts = (['essential', 'recommended', 'optional'] as const)
    .map((pr) => [pr, p.items.filter((i) => i.priority === pr).length] as const)
    .filter(([, n]) => n > 0)
    .map(([pr, n]) => `${n} ${pr}`);
  w.paragraph(
    p.items.length
      ? `${plural(p.items.length, 'engagement point')} in this phase: ${counts.join(', ')}.`
      : 'No engagement points are planned in this phase.',
    { bold: true, size: SIZE.small, after: 12 },
  );
  for (const item of p.items) drawItem(ctx, item);

  if (p.excluded.length) {
    w.heading('Left out by the team', 3, { keepWith: 30 });
    w.bullets(p.excluded.map((x) => `${x.item.title} (${x.item.priority}). Reason: ${x.reason}`));
  }
}

/** One section per phase, each engagement point with its decision, methods, people, time and sources. */
export function drawPhases(ctx: Ctx): void {
  ctx.w.addPage();
  ctx.w.toc.push({ title: 'Engagement points by phase', page: ctx.w.page, level: 0 });
  for (const p of ctx.plan.phases) drawPhase(ctx, p);
  const leftOut = ctx.plan.leftOut;
  if (leftOut.length) {
    ctx.w.heading('Left out because of the phases in scope', 2, { keepWith: 40 });
    ctx.w.bullets(leftOut.map((x) => `${x.title}: ${x.reason}`));
  }
  const orphans = ctx.plan.orphanedEdits;
  if (orphans.length) {
    const { w } = ctx;
    w.heading('Team edits no longer in the plan', 2, { keepWith: 40 });
    w.bullets(orphans.map((o) => `${o.title}: ${o.why}`));
  }
}
