import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Content, Priority, Rule } from '../../src/domain/content/schema';
import type { Answers } from '../../src/domain/answers';
import { DEFAULT_SETTINGS } from '../../src/domain/document/types';
import type { Plan, PlanItem } from '../../src/domain/plan/types';

const content = realContent();
// The cap on essentials is a plan-wide limit (tests/unit/fit.test.ts); here each rule's own effect shows.
const settings = { ...DEFAULT_SETTINGS, essentialCap: Number.MAX_SAFE_INTEGER };
const RANK: Record<Priority, number> = { essential: 3, recommended: 2, optional: 1 };
const FAVOURED_NOTES = ['favoured by your answers', 'added because of your answers'];

const items = (plan: Plan): PlanItem[] => plan.phases.flatMap((p) => p.items);
const find = (plan: Plan, id: string) => items(plan).find((i) => i.id === id);
const inScope = (plan: Plan, pointId: string) => {
  const phase = content.points.find((p) => p.id === pointId)?.phase;
  return plan.phases.some((p) => p.phase.id === phase);
};
const methodScore = (item: PlanItem | undefined, method: string) =>
  item?.methods.find((m) => m.method.id === method)?.score ?? -Infinity;
const usesMethod = (pointId: string, method: string) =>
  content.points.find((p) => p.id === pointId)?.methods.some((m) => m.method === method) ?? false;

/**
 * What a rule's declared effects (hand-written in content/rules) must do to the plan for its example
 * answers. Each effect is checked directly in the plan (the level set, the stakeholder added…) unless
 * another fired rule touches the same thing; and the rule must make at least one visible difference
 * compared with the same answers on a knowledge base without it: a point added, raised, lowered or
 * left out, a level set, a method favoured, a stakeholder added or a consideration added or explained.
 */
function checkRule(rule: Rule, answers: Answers): string[] {
  const plan = buildPlan(content, { answers, settings });
  const without: Content = { ...content, rules: content.rules.filter((r) => r !== rule) };
  const base = buildPlan(without, { answers, settings });
  expect(plan.firedRules).toContain(rule.id);
  const fired = content.rules.filter((r) => r !== rule && plan.firedRules.includes(r.id));
  const later = fired.filter((r) => content.rules.indexOf(r) > content.rules.indexOf(rule));
  const excludedByOthers = (point: string) => fired.some((r) => r.effects.exclude?.includes(point));
  const observed: string[] = [];
  const e = rule.effects;

  for (const { point, priority } of e.include ?? []) {
    if (!inScope(plan, point) || excludedByOthers(point)) continue;
    const item = find(plan, point);
    expect(item, `${point} is in the plan`).toBeDefined();
    const loweredLater = later.some((r) => r.effects.demote?.some((d) => d.point === point));
    if (!loweredLater)
      expect(RANK[item!.priority], `${point} is at least ${priority}`).toBeGreaterThanOrEqual(RANK[priority]);
    const before = find(base, point);
    if (!before || RANK[before.priority] < RANK[item!.priority]) observed.push(`include ${point}`);
  }

  for (const { point, priority } of e.demote ?? []) {
    const item = find(plan, point);
    if (!item || item.addedByTeam) continue;
    const raisedLater = later.some((r) => r.effects.include?.some((i) => i.point === point));
    if (!raisedLater)
      expect(RANK[item.priority], `${point} is at most ${priority}`).toBeLessThanOrEqual(RANK[priority]);
    const before = find(base, point);
    if (before && RANK[before.priority] > RANK[item.priority]) observed.push(`demote ${point}`);
  }

  for (const point of e.exclude ?? []) {
    expect(find(plan, point), `${point} is left out`).toBeUndefined();
    if (find(base, point)) observed.push(`exclude ${point}`);
  }

  for (const { point, level } of e.level ?? []) {
    const item = find(plan, point);
    if (!item) continue;
    if (!later.some((r) => r.effects.level?.some((l) => l.point === point)))
      expect(item.level, `${point}'s level`).toBe(level);
    if (find(base, point)?.level !== item.level) observed.push(`level ${point} ${level}`);
  }

  for (const { method, points } of e.methods ?? []) {
    const targets =
      points ??
      items(plan)
        .filter((i) => usesMethod(i.id, method))
        .map((i) => i.id);
    for (const p of targets) {
      const item = find(plan, p);
      if (!item) continue;
      const ranked = item.methods.find((m) => m.method.id === method);
      expect(ranked, `${p} offers ${method}`).toBeDefined();
      // "favoured by your answers" for a method the point lists, "added because of your answers" otherwise.
      const favoured = ranked!.notes.filter((n) => FAVOURED_NOTES.includes(n));
      expect(favoured, `${p}: ${method} is favoured`).toHaveLength(1);
      if (methodScore(item, method) > methodScore(find(base, p), method)) observed.push(`method ${method} ${p}`);
    }
  }

  for (const { stakeholder, points } of e.stakeholders ?? []) {
    const targets =
      points ??
      items(plan)
        .filter((i) => i.point?.who.includes('patients'))
        .map((i) => i.id);
    for (const p of targets) {
      const item = find(plan, p);
      if (!item) continue;
      expect(item.who, `${p} involves ${stakeholder}`).toContain(stakeholder);
      if (!find(base, p)?.who.includes(stakeholder)) observed.push(`stakeholder ${stakeholder} ${p}`);
    }
  }

  for (const c of e.considerations ?? []) {
    const found = plan.considerations.find((x) => x.consideration.id === c);
    expect(found, `consideration ${c}`).toBeDefined();
    expect(found!.reasons.map((r) => r.text)).toContain(rule.reason);
    const before = base.considerations.find((x) => x.consideration.id === c);
    if ((before?.reasons.length ?? 0) < found!.reasons.length) observed.push(`consideration ${c}`);
  }
  return observed;
}

/**
 * Rules whose every effect, for their example answers, is already in the plan without them: they
 * only add their reason to the "why" of points that are there anyway. Known content gaps (each says
 * why); the test fails as soon as one of them starts to change the plan, so the list cannot go stale.
 */
const REASON_ONLY: Record<string, string> = {
  'usability-not-started':
    'device-usability-with-users fires for the same answers and already makes pre-human-factors essential, at involve, with co-design-workshop favoured',
  'hta-icer-value-evidence':
    'both points are already at their baseline priority, and purpose-hta-access already favours the survey',
  'eu-ema-scientific-advice': 'reg-scientific-advice is recommended by default and already involves patient experts',
  'canada-patient-group-input':
    'hta-patient-submission is recommended by default and already involves patient organisations',
  'hta-eu-jca-device':
    'purpose-hta-access already includes hta-scoping, which involves nominated experts and HTA bodies; a device is only a candidate for selection, so the rule adds its reason, not a higher priority',
  'study-partner-required':
    'at the confirmatory stage tc-burden-support and td-protocol-review are already essential, and both points already involve carers',
};

/** Every rule carries its own examples: answers that must fire it, and answers that must not. */
describe.each(content.rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('fires for the answers that should trigger it, and its effects show in the plan', () => {
    const observed = checkRule(rule, rule.examples.fires);
    if (rule.id in REASON_ONLY) {
      expect(observed, `${rule.id} now changes the plan: remove it from REASON_ONLY`).toEqual([]);
      const plan = buildPlan(content, { answers: rule.examples.fires, settings });
      const touched = (rule.effects.include ?? []).map((i) => find(plan, i.point));
      expect(touched.some((i) => i?.reasons.some((r) => r.ruleId === rule.id && r.text === rule.reason))).toBe(true);
    } else expect(observed, `${rule.id} changed nothing a user would see for its example answers`).not.toEqual([]);
  });

  it('stays silent for answers that should not trigger it', () => {
    const plan = buildPlan(content, { answers: rule.examples.silent, settings });
    expect(plan.firedRules).not.toContain(rule.id);
    for (const item of items(plan)) expect(item.reasons.map((r) => r.ruleId)).not.toContain(rule.id);
  });
});

/** Hand-checked effects of a few rules, read off content/rules/*.yaml, so the mechanism itself is pinned. */
describe('rule effects, by hand', () => {
  const fired = (answers: Answers) => buildPlan(content, { answers, settings });

  it('a rare disease makes the unmet-need point essential and brings patient organisations and carers', () => {
    const plan = fired({ 'rare-disease': 'yes' });
    const item = find(plan, 'ps-unmet-need');
    expect(item?.priority).toBe('essential');
    expect(item?.who).toEqual(expect.arrayContaining(['patient-orgs', 'carers']));
    expect(plan.considerations.map((c) => c.consideration.id)).toContain('privacy-small-populations');
    expect(fired({ 'rare-disease': 'no' }).considerations.map((c) => c.consideration.id)).not.toContain(
      'privacy-small-populations',
    );
  });

  it('a rare disease with little natural history favours participatory research for the natural history study', () => {
    const plan = fired({ 'rare-disease': 'yes', 'natural-history-known': 'little' });
    const item = find(plan, 'disc-natural-history');
    expect(item?.priority).toBe('essential');
    expect(item?.methods.find((m) => m.method.id === 'participatory-research')?.notes).toContain(
      'favoured by your answers',
    );
  });
});
