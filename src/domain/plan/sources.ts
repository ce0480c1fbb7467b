import type { Content } from '../content/schema';
import { starterMetrics } from '../engine/starterMetrics';
import { planRegions } from './regions';
import type { Plan } from './types';

/** One source the plan shows a reader, with where it is shown. */
export interface PlanSource {
  where: string;
  id: string;
}

/**
 * Every source the plan shows on screen and in the PDF and Word files, with where: a point's
 * sources and those of its reasons (rules, legal duties), its methods' sources (the method guide),
 * the considerations and their reasons, the quality criteria, the region notes, the starter metrics
 * and the basis of the payment rate. The screens and exports read these same lists, so a source
 * missing here is missing there. Used by the content check and the tests.
 */
export function planSources(
  plan: Plan,
  content: Pick<Content, 'regions' | 'contexts' | 'references' | 'metrics'>,
): PlanSource[] {
  const out: PlanSource[] = [];
  const add = (where: string, ids: readonly string[]) => {
    for (const id of ids) out.push({ where, id });
  };
  for (const phase of plan.phases)
    for (const item of phase.items) {
      const where = `point "${item.id}"`;
      add(`${where} sources`, item.references);
      for (const r of item.reasons)
        add(
          `${where} reason ${r.ruleId ?? (r.text.startsWith('Required by law') ? '(legal duty)' : '(default)')}`,
          r.references,
        );
      for (const m of item.methods) add(`${where} method "${m.method.id}"`, m.method.references);
    }
  for (const c of plan.considerations) {
    const where = `consideration "${c.consideration.id}"`;
    add(where, c.consideration.references);
    for (const r of c.reasons) add(`${where} reason ${r.ruleId ?? '(default)'}`, r.references);
  }
  for (const q of plan.qualityCriteria) add(`quality criterion "${q.id}"`, q.references);
  for (const r of planRegions(content, plan)) add(`region "${r.id}"`, r.references);
  for (const s of starterMetrics(plan, content)) add(`starter metric "${s.metric.id}"`, s.metric.references);
  if (plan.summary.cost.basis.reference) add('payment rate', [plan.summary.cost.basis.reference]);
  return out;
}
