/**
 * The lean version as the team's edits (src/domain/plan/lean.ts, PointEdit `lean`), and the smaller
 * group of partners it may propose (content/scoring.yaml `lean.smallerGroupMinPeople`/`Share`).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { applyLean } from '../../src/domain/plan/lean';
import { restoreDocument } from '../../src/domain/document/migrations';
import { DEFAULT_SETTINGS, type PlanEdits } from '../../src/domain/document/types';
import type { Plan } from '../../src/domain/plan/types';
import { realContent } from './realContent';

const content = realContent();
const lowBudget = content.examples.find((x) => x.id === 'low-budget-academic')!.answers;
const EMPTY: PlanEdits = { points: {}, custom: [] };
const REASON = content.scoring.lean.deferReason;
const item = (plan: Plan, id: string) => plan.phases.flatMap((p) => p.items).find((i) => i.id === id);

describe('applying the lean version to the low-budget example', () => {
  const before = buildPlan(content, { answers: lowBudget, settings: DEFAULT_SETTINGS });
  const lean = before.summary.budget.lean!;
  const edits = applyLean(EMPTY, lean.steps, REASON);
  const after = buildPlan(content, { answers: lowBudget, edits, settings: DEFAULT_SETTINGS });

  it('costs what the budget check promised, and then fits the band', () => {
    // By hand, from content/scoring.yaml (UK: £27.50 an hour, £25 a research participant, delivery
    // £300 low / £1,000 medium, remote sessions so no travel, one language, no sensory needs) and the
    // eight essential points the lean version keeps, each with its lean changes:
    //   ps-unmet-need            survey, 15 of 30 participants × £25 = 375, + low 300            =   675
    //   ps-partnership-setup     64 h × ½ rounds × ½ group = 16 h × 27.50 = 440, + medium 1,000 = 1,440
    //   td-endpoints             80 h × ¼ = 20 h = 550, + medium 1,000                           = 1,550
    //   td-diversity-plan        72 h × ¼ = 18 h = 495, + low 300                                =   795
    //   tc-recruitment-materials user testing, 6 of 12 participants = 150, + medium 1,000        = 1,150
    //   tc-burden-support        32 h × ¼ = 8 h = 220, + journey mapping (low) 300               =   520
    //   tc-community-advisory    288 h × ¼ = 72 h = 1,980, + medium 1,000                        = 2,980
    //   diss-impact-evaluation   survey, 5 of 10 participants = 125, + low 300                   =   425
    //                                                                                       total 9,535
    expect(lean.fits).toBe(true);
    expect(lean.total).toBe(9535);
    expect(after.summary.cost.total).toBe(9535);
    expect(after.summary.budget.fits).toBe(true);
    expect(after.summary.budget.message).toBe(
      'The estimate (£9,535) fits your budget: Very little (under about 10,000 in your currency).',
    );
  });

  it('records the changes as edits, and the points say so', () => {
    expect(edits.points['ps-research-priorities']).toEqual({ decision: 'exclude', reason: REASON });
    expect(edits.points['tc-community-advisory']).toEqual({ lean: ['fewer-rounds', 'smaller-group'] });
    expect(edits.points['tc-burden-support']).toEqual({ lean: ['cheaper-method', 'fewer-rounds', 'smaller-group'] });
    const excluded = after.phases.flatMap((p) => p.excluded).find((x) => x.item.id === 'ps-research-priorities');
    expect(excluded?.reason).toBe('Left for a later budget (the lean version).');
    expect(item(after, 'tc-community-advisory')!.reasons.at(-1)!.text).toBe(
      'Run lean, as your team chose: fewer rounds, a smaller group of partners.',
    );
    // 288 hours halved twice; the summary counts the hours the team will now ask for.
    expect(after.summary.patientHours).toBeLessThan(before.summary.patientHours);
  });

  it('keeps what the team had set, and leaves the input untouched', () => {
    const start: PlanEdits = { points: { 'td-endpoints': { owner: 'Dr Ana' } }, custom: [] };
    const copy = structuredClone(start);
    const out = applyLean(start, lean.steps, REASON);
    expect(start).toEqual(copy);
    expect(out.points['td-endpoints']).toEqual({ owner: 'Dr Ana', lean: ['fewer-rounds', 'smaller-group'] });
  });
});

describe('a smaller group of partners', () => {
  const steps = buildPlan(content, { answers: lowBudget, settings: DEFAULT_SETTINGS }).summary.budget.lean!.steps;
  it('is proposed for groups of eight or more partners', () => {
    const groups = steps.filter((s) => s.kind === 'smaller-group').map((s) => s.pointId);
    // tc-community-advisory 12, td-endpoints 10, td-diversity-plan 12, ps-partnership-setup 8, tc-burden-support 8.
    expect(groups.sort()).toEqual(
      [
        'ps-partnership-setup',
        'tc-burden-support',
        'tc-community-advisory',
        'td-diversity-plan',
        'td-endpoints',
      ].sort(),
    );
    expect(steps.find((s) => s.pointId === 'td-endpoints' && s.kind === 'smaller-group')?.text).toBe(
      '“Choose endpoints and meaningful change that matter to patients”: a smaller group, about 5 patient partners instead of 10.',
    );
  });
  it('is not proposed when the plan fits its budget', () => {
    const plan = buildPlan(content, { answers: { ...lowBudget, budget: 'large' }, settings: DEFAULT_SETTINGS });
    expect(plan.summary.budget.lean).toBeNull();
  });
  it('is not proposed for a smaller group, nor for trial governance on its own schedule', () => {
    // The steering committee meets on its own schedule (lean.fixedSchedule); 6 partners is below 8.
    const governance = content.points.find((p) => p.id === 'td-steering-committee')!;
    expect(content.scoring.lean.fixedSchedule).toContain(governance.id);
    expect(steps.some((s) => s.pointId === 'td-steering-committee' && s.kind === 'smaller-group')).toBe(false);
    const small = content.points.filter((p) => p.patientTime.people < 8).map((p) => p.id);
    expect(steps.filter((s) => s.kind === 'smaller-group' && small.includes(s.pointId))).toEqual([]);
  });
});

describe('a saved plan with lean edits', () => {
  it('keeps the known lean changes on import and drops anything else', () => {
    const raw = {
      schemaVersion: 3,
      contentVersion: content.meta.version,
      id: 'p1',
      name: 'Lean',
      organisation: '',
      createdAt: '2026-11-10T09:00:00.000Z',
      updatedAt: '2026-11-10T09:00:00.000Z',
      answers: {},
      position: { questionId: null, stage: 'done' },
      edits: { points: { 'td-endpoints': { owner: 'A', lean: ['fewer-rounds', 'free-lunch', 3] } }, custom: [] },
      settings: DEFAULT_SETTINGS,
    };
    const result = restoreDocument(raw);
    expect(result.ok && result.document.edits.points['td-endpoints']).toEqual({ owner: 'A', lean: ['fewer-rounds'] });
  });
});
