import type { Method } from '../../../domain/content/schema';
import { DOMAIN_LABEL, starterMetrics } from '../../../domain/engine/starterMetrics';
import { EFFORT_LABEL } from '../../../domain/plan/labels';
import type { Plan } from '../../../domain/plan/types';
import { COLOR, SIZE } from '../style';
import type { Ctx } from './context';

/** Every method the plan's points use, once each, in order of first use. */
export function planMethods(plan: Plan): Method[] {
  const seen = new Map<string, Method>();
  for (const p of plan.phases) for (const i of p.items) for (const m of i.methods) seen.set(m.method.id, m.method);
  return [...seen.values()];
}

const hours = (n: number) => `About ${n.toLocaleString('en-GB')} hour${n === 1 ? '' : 's'} each`;

/** The method guide: purpose, participants and group size, patient time, strengths, limits, accessibility. */
export function drawMethodGuide(ctx: Ctx): void {
  const { w, plan } = ctx;
  const methods = planMethods(plan);
  if (!methods.length) return;
  w.heading('Method guide', 1, { newPage: true, toc: 0 });
  w.paragraph('What each method in this plan involves, who takes part, and what it asks of patients.', {
    color: COLOR.muted,
    after: 8,
  });
  for (const m of methods) {
    w.heading(m.name, 3, { keepWith: w.lineHeight() * 5 });
    const size =
      m.groupSize.min === m.groupSize.max ? `${m.groupSize.min}` : `${m.groupSize.min} to ${m.groupSize.max}`;
    w.row('Purpose', m.purpose);
    if (m.decision) w.row('Best for deciding', m.decision);
    w.row('Participants', m.participants);
    w.row('Group size', `${size} people`);
    w.row('Patient time', hours(m.patientHours));
    if (m.schedule) w.row('How long', m.schedule);
    w.row('Effort and cost', `${EFFORT_LABEL[m.teamEffort]} team effort, ${m.cost} cost`);
    w.row('Strengths', m.strengths);
    w.row('Limits', m.limits);
    w.row('Accessibility', m.accessibility);
    if (m.output) w.row('Output', m.output);
    if (m.evaluation) w.row('How to evaluate it', m.evaluation);
    w.paragraph(`Sources: ${ctx.refs.here(m.references).map(ctx.refs.cite).join('; ')}`, {
      size: SIZE.small,
      color: COLOR.muted,
      after: 10,
    });
  }
}

/** The starter metrics: 5 to 8 evaluation metrics for the plan, by PARADIGM component. */
export function drawStarterMetrics(ctx: Ctx): void {
  const { w, plan, content } = ctx;
  const metrics = starterMetrics(plan, content);
  if (!metrics.length) return;
  const titles = new Map(plan.phases.flatMap((p) => p.items).map((i) => [i.id, i.title]));
  w.heading('Starter metrics', 1, { newPage: true, toc: 0 });
  w.paragraph(
    `${metrics.length} metrics to agree with your patient partners, at least one for each part of the PARADIGM ` +
      'evaluation framework (input, process, learning and change, impact, context).',
    { color: COLOR.muted, after: 8 },
  );
  for (const { metric, pointIds } of metrics) {
    w.heading(`${DOMAIN_LABEL[metric.domain]}: ${metric.name}`, 3, { keepWith: w.lineHeight() * 4 });
    w.row('Measure', metric.measure);
    w.row('When', metric.when);
    if (pointIds.length)
      w.row(
        'Measures',
        pointIds
          .slice(0, 4)
          .map((id) => titles.get(id) ?? id)
          .join('; ') + (pointIds.length > 4 ? ` and ${pointIds.length - 4} more` : ''),
      );
    w.paragraph(`Sources: ${ctx.refs.here(metric.references).map(ctx.refs.cite).join('; ')}`, {
      size: SIZE.small,
      color: COLOR.muted,
      after: 10,
    });
  }
}
