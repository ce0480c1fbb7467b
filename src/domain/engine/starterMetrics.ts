import type { Content, Metric, Priority } from '../content/schema';
import { PARADIGM_DOMAINS, type ParadigmDomain } from '../content/constants';
import type { Plan } from '../plan/types';

/** A metric offered for the plan, with the plan's points whose evaluation it serves. */
export interface StarterMetric {
  metric: Metric;
  /** Ids of the plan's points it measures, best match first. */
  pointIds: string[];
}

export const STARTER_MIN = 5;
export const STARTER_MAX = 8;

const WEIGHT: Record<Priority, number> = { essential: 3, recommended: 2, optional: 1 };

/**
 * A starter set of 5 to 8 evaluation metrics for the plan (PARADIGM: partners choose a small set
 * together). One per PARADIGM component first, then the best of the rest. A metric scores the
 * weight of the plan's points it names, plus the weight of points whose evaluation is in its
 * component. Empty when the plan has no recommended points. Each metric cites only the sources
 * that apply to the plan's programme (`plan.referencesHere`).
 */
export function starterMetrics(plan: Plan, content: Pick<Content, 'metrics'>): StarterMetric[] {
  const items = plan.phases
    .flatMap((p) => p.items)
    .flatMap((i) => (i.point ? [{ id: i.id, priority: i.priority, domain: i.point.evaluationDomain }] : []));
  if (!items.length) return [];
  const byDomain = new Map<ParadigmDomain, number>(PARADIGM_DOMAINS.map((d) => [d, 0]));
  for (const i of items) byDomain.set(i.domain, (byDomain.get(i.domain) ?? 0) + WEIGHT[i.priority]);
  const scored = content.metrics.map((metric, order) => {
    const named = items.filter((i) => metric.points?.includes(i.id));
    const inDomain = items.filter((i) => i.domain === metric.domain && !named.includes(i));
    const score = named.reduce((n, i) => n + 2 * WEIGHT[i.priority], 0) + (byDomain.get(metric.domain) ?? 0);
    return { metric, order, score, pointIds: [...named, ...inDomain].map((i) => i.id) };
  });
  const best = (xs: typeof scored) => [...xs].sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: typeof scored = [];
  for (const domain of PARADIGM_DOMAINS) {
    const top = best(scored.filter((s) => s.metric.domain === domain))[0];
    if (top) chosen.push(top);
  }
  for (const s of best(scored)) {
    if (chosen.length >= STARTER_MAX) break;
    if (!chosen.includes(s) && (s.score > 0 || chosen.length < STARTER_MIN)) chosen.push(s);
  }
  const domainOrder = (d: ParadigmDomain) => PARADIGM_DOMAINS.indexOf(d);
  // A metric's sources are written for every programme: those that do not apply here are left out.
  const here = new Set(plan.referencesHere);
  return chosen
    .sort((a, b) => domainOrder(a.metric.domain) - domainOrder(b.metric.domain) || b.score - a.score)
    .map(({ metric, pointIds }) => ({
      metric: { ...metric, references: metric.references.filter((r) => here.has(r)) },
      pointIds,
    }));
}

export const DOMAIN_LABEL: Record<ParadigmDomain, string> = {
  input: 'Input',
  process: 'Activities and process',
  learning: 'Learning and change',
  impact: 'Impact',
  context: 'Context',
};
