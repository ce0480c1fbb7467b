import type { Condition, Content } from './schema';
import { conditionLeaves, leafOptionIds } from './conditionIds';
import { optionIds } from './options';
import { Q } from '../engine/answerKeys';

/** Cross-references of content/scoring.yaml: options, methods, points, regions and references it names. */
export function checkScoring(c: Content): string[] {
  const errors: string[] = [];
  const s = c.scoring;
  const options = (qid: string) => {
    const q = c.questions.find((x) => x.id === qid);
    if (!q) errors.push(`scoring.yaml: names unknown question "${qid}"`);
    return q ? optionIds(q) : [];
  };
  const must = (valid: string[], values: string[], where: string) => {
    for (const v of values) if (!valid.includes(v)) errors.push(`scoring.yaml → ${where}: unknown "${v}"`);
  };
  const budgets = options(Q.budget);
  must(
    budgets,
    s.budget.map((b) => b.id),
    'budget',
  );
  for (const b of budgets)
    if (!s.budget.some((x) => x.id === b)) errors.push(`scoring.yaml → budget: no band for option "${b}"`);
  must(
    budgets,
    s.methodRanking.budget.map((b) => b.budget),
    'methodRanking.budget',
  );
  const timelines = options(Q.timeline);
  must(
    timelines,
    s.methodRanking.timeline.map((t) => t.timeline),
    'methodRanking.timeline',
  );
  must(timelines, Object.keys(s.timelinePhases), 'timelinePhases');
  must(
    c.phases.map((p) => p.id),
    s.timelineKeepsPhases,
    'timelineKeepsPhases',
  );
  const methods = c.methods.map((m) => m.id);
  must(methods, s.participantMethods, 'participantMethods');
  must(
    options(s.expenses.accessQuestion),
    [...s.accessNeeds.map((a) => a.need), ...s.expenses.interpreterNeeds, ...s.expenses.carerNeeds],
    'accessNeeds',
  );
  options(s.expenses.languagesQuestion);
  must(options(Q.populations), s.expenses.carerPopulations, 'expenses.carerPopulations');
  must(
    options(Q.populations),
    s.accessNeeds.flatMap((a) => a.populations ?? []),
    'accessNeeds.populations',
  );
  if (s.expenses.assumedLanguages)
    checkLeaves(s.expenses.assumedLanguages.when, c, errors, 'expenses.assumedLanguages');
  const regions = options(Q.regions);
  must(regions, [...s.rates.map((r) => r.region), s.fallbackRegion], 'rates');
  must(
    c.references.map((r) => r.id),
    s.rates.map((r) => r.reference),
    'rates.reference',
  );
  const points = c.points.map((p) => p.id);
  for (const rule of s.lean.reuse) {
    must(points, rule.points, 'lean.reuse.points');
    checkLeaves(rule.when, c, errors);
  }
  for (const rule of s.lean.protect) {
    must(points, rule.points, 'lean.protect.points');
    checkLeaves(rule.when, c, errors, 'lean.protect');
  }
  for (const duty of s.duties) {
    must(points, [duty.point], 'duties.point');
    must(
      c.references.map((r) => r.id),
      [duty.reference],
      'duties.reference',
    );
    checkLeaves(duty.when, c, errors, 'duties');
  }
  return errors;
}

function checkLeaves(condition: Condition, c: Content, errors: string[], where = 'lean.reuse'): void {
  for (const leaf of conditionLeaves(condition)) {
    if (!('q' in leaf)) continue;
    const q = c.questions.find((x) => x.id === leaf.q);
    if (!q) {
      errors.push(`scoring.yaml → ${where}: condition names unknown question "${leaf.q}"`);
      continue;
    }
    for (const o of leafOptionIds(leaf))
      if (!optionIds(q).includes(o)) errors.push(`scoring.yaml → ${where}: question "${leaf.q}" has no option "${o}"`);
  }
}
