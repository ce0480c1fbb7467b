import type { Content } from '../content/schema';
import type { Plan } from './types';

/** One piece of text a reader of the plan sees, with where it comes from. */
export interface PlanText {
  where: string;
  text: string;
}

/**
 * Every piece of text the plan shows a reader on screen and in the PDFs, apart from reference
 * titles: phase summaries, items (title, decision, why, plain text, outputs, evaluation, methods, people,
 * reasons), considerations and the items left out. Used by the vocabulary lint, the source lint
 * (texts that name a source that does not apply) and the tests.
 */
export function planTexts(plan: Plan, content: Pick<Content, 'stakeholders'>): PlanText[] {
  const out: PlanText[] = [];
  const add = (where: string, ...texts: (string | undefined)[]) => {
    for (const text of texts) if (text) out.push({ where, text });
  };
  const stakeholder = new Map(content.stakeholders.map((s) => [s.id, s.name]));
  for (const phase of plan.phases) {
    add(`phase "${phase.phase.id}"`, phase.phase.summary, phase.phase.plain);
    for (const item of phase.items) {
      const where = `point "${item.id}"`;
      add(where, item.title, item.decision);
      if (item.point)
        add(
          where,
          item.point.plainTitle,
          item.point.whyItMatters,
          item.point.plain,
          item.point.evaluation,
          ...item.point.outputs,
        );
      for (const m of item.methods) add(`${where} method "${m.method.id}"`, m.method.name, ...m.notes);
      for (const m of item.point?.methods ?? []) add(`${where} method "${m.method}"`, m.why);
      for (const s of item.who) add(`${where} who`, stakeholder.get(s));
      for (const r of item.reasons) add(`${where} reason ${r.ruleId ?? '(default)'}`, r.text);
    }
  }
  for (const c of plan.considerations) {
    const where = `consideration "${c.consideration.id}"`;
    add(where, c.consideration.name, c.consideration.summary, c.consideration.plain, ...c.consideration.actions);
    for (const r of c.reasons) add(`${where} reason ${r.ruleId ?? '(default)'}`, r.text);
  }
  for (const x of plan.leftOut) add(`left out "${x.pointId}"`, x.title, x.reason);
  return out;
}
