import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { DEFAULT_SETTINGS } from '../../src/domain/document/types';
import type { Plan, PlanItem } from '../../src/domain/plan/types';

const content = realContent();
const RANK = { essential: 3, recommended: 2, optional: 1 } as const;

const items = (plan: Plan): PlanItem[] => plan.phases.flatMap((p) => p.items);
const find = (plan: Plan, id: string) => items(plan).find((i) => i.id === id);
const inScope = (plan: Plan, pointId: string) => {
  const phase = content.points.find((p) => p.id === pointId)?.phase;
  return plan.phases.some((p) => p.phase.id === phase);
};

/** Every rule carries its own examples: answers that must fire it, and answers that must not. */
describe.each(content.rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('fires for the answers that should trigger it, and its effects show in the plan', () => {
    // The cap on essentials is a plan-wide limit (tests/unit/fit.test.ts); here each rule's own effect shows.
    const plan = buildPlan(content, {
      answers: rule.examples.fires,
      settings: { ...DEFAULT_SETTINGS, essentialCap: Number.MAX_SAFE_INTEGER },
    });
    expect(plan.firedRules).toContain(rule.id);
    const later = (id: string) =>
      content.rules
        .slice(content.rules.indexOf(rule) + 1)
        .some(
          (r) =>
            plan.firedRules.includes(r.id) &&
            (r.effects.exclude?.includes(id) || r.effects.demote?.some((d) => d.point === id)),
        );
    for (const { point, priority } of rule.effects.include ?? []) {
      if (!inScope(plan, point)) continue;
      const item = find(plan, point);
      const excluded = plan.firedRules.some((r) =>
        content.rules.find((x) => x.id === r)?.effects.exclude?.includes(point),
      );
      if (excluded) continue;
      expect(item, `${point} should be in the plan`).toBeDefined();
      if (!later(point)) expect(RANK[item!.priority]).toBeGreaterThanOrEqual(RANK[priority]);
      expect(item!.reasons.map((r) => r.ruleId)).toContain(rule.id);
      expect(item!.reasons.find((r) => r.ruleId === rule.id)!.answers.length).toBeGreaterThan(0);
    }
    for (const point of rule.effects.exclude ?? [])
      expect(find(plan, point), `${point} should be excluded`).toBeUndefined();
    for (const { point, priority } of rule.effects.demote ?? []) {
      const item = find(plan, point);
      if (item && !item.addedByTeam)
        expect(RANK[item.priority]).toBeLessThanOrEqual(Math.max(RANK[priority], RANK[item.priority]));
    }
    for (const c of rule.effects.considerations ?? []) {
      const found = plan.considerations.find((x) => x.consideration.id === c);
      expect(found, `consideration ${c}`).toBeDefined();
      expect(found!.reasons.map((r) => r.ruleId)).toContain(rule.id);
    }
    for (const { stakeholder, points } of rule.effects.stakeholders ?? []) {
      for (const p of points ?? []) {
        const item = find(plan, p);
        if (item) expect(item.who, `${p} should involve ${stakeholder}`).toContain(stakeholder);
      }
    }
    for (const { point } of rule.effects.level ?? []) {
      const item = find(plan, point);
      if (item) expect(item.reasons.map((r) => r.ruleId)).toContain(rule.id);
    }
    for (const { method, points } of rule.effects.methods ?? []) {
      for (const p of points ?? []) {
        const item = find(plan, p);
        if (item) expect(item.methods.map((m) => m.method.id)).toContain(method);
      }
    }
  });

  it('stays silent for answers that should not trigger it', () => {
    const plan = buildPlan(content, { answers: rule.examples.silent });
    expect(plan.firedRules).not.toContain(rule.id);
    for (const item of items(plan)) expect(item.reasons.map((r) => r.ruleId)).not.toContain(rule.id);
  });
});
