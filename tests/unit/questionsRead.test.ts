/**
 * Every question the questionnaire asks changes the plan: some rule, context, applicability or
 * scoring condition reads its answer, or the engine reads it by name. The only exceptions are the
 * questions marked shown-only, whose answers the plan shows as the team typed them.
 */
import { expect, it } from 'vitest';
import type { Condition } from '../../src/domain/content/schema';
import { conditionLeaves } from '../../src/domain/content/conditionIds';
import { PROGRAMME_QUESTIONS } from '../../src/domain/engine/answerKeys';
import { realContent } from './realContent';

const content = realContent();

/** Read by the engine's code by name (phase scope, timeline, budget, method ranking, expenses, currency). */
const READ_BY_CODE = [
  'development-stage',
  'phases-in-scope',
  'budget',
  'timeline',
  'modes',
  'populations',
  'regions',
  content.scoring.expenses.languagesQuestion,
  content.scoring.expenses.accessQuestion,
];

/** Shown on the plan and in both PDFs as typed (programme summary, condition, milestone). */
const SHOWN_ONLY = new Set<string>(Object.values(PROGRAMME_QUESTIONS));

function conditions(): Condition[] {
  const c = content;
  const out: (Condition | undefined)[] = [];
  for (const x of c.contexts) out.push(x.when);
  for (const r of c.rules) out.push(r.when);
  for (const p of c.points) {
    out.push(p.appliesTo, ...(p.variants ?? []).map((v) => v.when), ...(p.notes ?? []).map((n) => n.when));
    out.push(...p.methods.map((m) => m.appliesTo));
  }
  for (const x of c.considerations) out.push(x.appliesTo, ...(x.notes ?? []).map((n) => n.when));
  for (const x of c.phases) out.push(...(x.notes ?? []).map((n) => n.when));
  for (const x of [...c.methods, ...c.stakeholders, ...c.references]) out.push(x.appliesTo);
  out.push(...c.scoring.lean.reuse.map((r) => r.when), ...c.scoring.duties.map((d) => d.when));
  return out.filter((x): x is Condition => x !== undefined);
}

it('reads every question the questionnaire asks, apart from the shown-only ones', () => {
  const read = new Set<string>(READ_BY_CODE);
  for (const condition of conditions())
    for (const leaf of conditionLeaves(condition)) if ('q' in leaf) read.add(leaf.q);
  const unread = content.questions.map((q) => q.id).filter((id) => !read.has(id) && !SHOWN_ONLY.has(id));
  expect(unread).toEqual([]);
});

it('shows every shown-only answer on the plan', () => {
  for (const id of SHOWN_ONLY) expect(content.questions.map((q) => q.id)).toContain(id);
});
