/**
 * Research with Indigenous peoples starts with governance and data sovereignty agreed with the
 * communities: an essential set-up point, kept whatever the stage, worded for Canada (TCPS2
 * chapter 9, OCAP®) where Canada's rules hold and on the CARE principles elsewhere. Expected text
 * is written by hand from content/points/communities.yaml.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from './realContent';

const content = realContent();
const COHORT = {
  'planner-type': 'academic',
  'product-type': 'non-product',
  'study-type': 'observational',
  'development-stage': 'idea',
  regions: ['ca'],
  populations: ['indigenous', 'older-adults'],
  budget: 'minimal',
  timeline: 'over-3-years',
};
const item = (answers: Record<string, unknown>) =>
  buildPlan(content, { answers: answers as never })
    .phases.flatMap((p) => p.items.map((i) => ({ ...i, phaseId: p.phase.id })))
    .find((i) => i.id === 'ps-indigenous-governance');

describe('research with Indigenous peoples', () => {
  it('puts community governance and data sovereignty first, essential, in Canada’s terms', () => {
    const point = item(COHORT);
    expect(point?.priority).toBe('essential');
    expect(point?.phaseId).toBe('priority-setting');
    expect(point?.point?.whyItMatters).toContain('TCPS2 chapter 9 asks researchers to engage the community');
    expect(point?.point?.whyItMatters).toContain('First Nations principles of OCAP®');
    expect(point?.references).toEqual(expect.arrayContaining(['tcps2-chapter-9', 'fnigc-ocap']));
  });

  it('keeps it when the programme is already past priority setting (set-up work)', () => {
    const point = item({ ...COHORT, 'development-stage': 'confirmatory' });
    expect(point?.priority).toBe('essential');
  });

  it('rests on the CARE principles outside Canada, with no Canadian source', () => {
    const point = item({ ...COHORT, regions: ['uk'] });
    expect(point?.point?.whyItMatters).toContain('The CARE principles set out collective benefit');
    expect(point?.point?.whyItMatters).not.toMatch(/OCAP|TCPS2/);
    expect(point?.references).toEqual(['care-principles-2020']);
  });

  it('is not in a plan without Indigenous communities, and a cohort gets no product trade-offs', () => {
    expect(item({ ...COHORT, populations: ['older-adults'] })).toBeUndefined();
    const ids = buildPlan(content, { answers: COHORT as never }).phases.flatMap((p) => p.items.map((i) => i.id));
    expect(ids).not.toContain('disc-early-preferences');
    expect(ids).not.toContain('disc-target-product-profile');
  });
});

describe('research questions with Indigenous communities', () => {
  it('sets the research questions with the communities, with the communities taking part', () => {
    const plan = buildPlan(content, { answers: COHORT as never });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'ps-research-priorities');
    const texts = item?.reasons.map((r) => r.text) ?? [];
    expect(texts).toContain(
      'Indigenous communities take part, so the research questions are set with them first, under the governance agreed with each community.',
    );
    // On this very small budget the budget rule tempers it to recommended; it is never left optional.
    expect(item?.priority).not.toBe('optional');
    expect(item?.who).toContain('communities');
    const without = buildPlan(content, { answers: { ...COHORT, populations: ['underserved'] } as never });
    const other = without.phases.flatMap((p) => p.items).find((i) => i.id === 'ps-research-priorities');
    expect(other?.reasons.map((r) => r.text).join(' ')).not.toContain('Indigenous');
  });
});

describe('the lean version with Indigenous communities (review findings-11b)', () => {
  const plan = buildPlan(content, { answers: COHORT as never });
  const items = plan.phases.flatMap((p) => p.items);
  const byId = (id: string) => items.find((i) => i.id === id);

  it('keeps setting the questions with the communities essential on a very small budget', () => {
    expect(byId('ps-research-priorities')?.priority).toBe('essential');
    expect(plan.firedRules).not.toContain('minimal-budget-priorities');
    // Without Indigenous communities, the same budget turns the partnership into a nominal group.
    const other = buildPlan(content, { answers: { ...COHORT, populations: ['older-adults'] } as never });
    expect(other.firedRules).toContain('minimal-budget-priorities');
    expect(other.phases.flatMap((p) => p.items).find((i) => i.id === 'ps-research-priorities')?.priority).toBe(
      'recommended',
    );
  });

  it('never defers or cuts the governance, the questions or taking results back, and says why', () => {
    const lean = plan.summary.budget.lean;
    expect(lean).not.toBeNull();
    const touched = new Set(lean!.steps.map((s) => s.pointId));
    for (const id of ['ps-indigenous-governance', 'ps-research-priorities', 'diss-community'])
      expect(touched.has(id), id).toBe(false);
    expect(plan.summary.budget.message).toContain(
      'The lean version keeps the work with Indigenous communities whole (the governance agreement, setting the questions with them, taking the results back), because it rests on the terms agreed with each community.',
    );
  });

  it('still trims other work, and says nothing of communities when none take part', () => {
    expect(plan.summary.budget.lean!.steps.length).toBeGreaterThan(0);
    const other = buildPlan(content, { answers: { ...COHORT, populations: ['older-adults'] } as never });
    expect(other.summary.budget.message).not.toContain('Indigenous');
  });
});
