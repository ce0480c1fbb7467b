import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { restoreDocument } from '../../src/domain/document/migrations';
import { exampleDocument } from '../../src/domain/document/create';
import type { CustomPoint } from '../../src/domain/document/types';
import { realContent } from './realContent';

const content = realContent();
// The team's own rate and no cap on essentials, so the figures below are the custom point's own effect.
const settings = {
  hourlyRate: 50,
  currency: 'GBP' as const,
  ratesSetByTeam: true,
  essentialCap: Number.MAX_SAFE_INTEGER,
};
const answers = content.examples.find((x) => x.id === 'oncology-hta')!.answers;
const cafe: CustomPoint = {
  id: 'custom-cafe',
  phase: 'launch',
  title: 'Carers’ café',
  description: 'Talk with carers about the support programme',
  who: ['carers', 'patient-orgs'],
  level: 'consult',
  priority: 'essential',
  patientHours: 12,
};

describe('custom points in the plan', () => {
  it('carry the team’s stakeholders, priority and patient hours, and the summary counts the hours', () => {
    const plan = buildPlan(content, { answers, settings, edits: { points: {}, custom: [cafe] } });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'custom-cafe')!;
    expect(item).toMatchObject({ who: ['carers', 'patient-orgs'], priority: 'essential', patientHours: 12 });
    // Golden figures: the oncology example alone has 30 points and 1 028 patient-partner hours (its
    // research participants are counted apart), 21 essential. It was 24 points and 932 h before the
    // six catch-up and set-up points of the phases it has passed (ps-unmet-need, ps-partnership-setup
    // 8 h × 8, disc-outcomes-that-matter, pre-coa-strategy, ec-consent-materials, ec-tolerability-pro
    // 4 h × 8; the other four study research participants): 932 + 64 + 32 = 1 028.
    // Knowledge base v2 adds two set-up and launch points to this plan: safety reporting during
    // engagement (1 h × 4) and the compliance review of patient materials (2 h × 4): 1 040 h.
    expect(plan.summary.points).toBe(33);
    expect(plan.summary.patientHours).toBe(1052);
    expect(plan.summary.byPriority.essential).toBe(22);
    expect(plan.summary.cost.lines.find((l) => l.id === 'partners')?.amount).toBe(1052 * 50);
    expect(plan.summary.byPhase.find((p) => p.phaseId === 'launch')).toMatchObject({ essential: 2 });
  });

  it('an old custom point without priority or hours stays valid: recommended, no hours', () => {
    const old = { id: 'custom-old', phase: 'launch', title: 'Old', description: '', who: ['carers'], level: 'inform' };
    const doc = {
      ...exampleDocument(content, 'oncology-hta', '2026-11-21T00:00:00.000Z'),
      edits: { points: {}, custom: [old] },
    };
    const restored = restoreDocument(JSON.parse(JSON.stringify(doc)));
    expect(restored.ok && restored.document.edits.custom).toEqual([old]);
    const plan = buildPlan(content, { answers, settings, edits: { points: {}, custom: [old as CustomPoint] } });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'custom-old')!;
    expect(item).toMatchObject({ priority: 'recommended', patientHours: 0 });
    expect(plan.summary.patientHours).toBe(1040); // 932 + the catch-up and set-up points' 96 h + v2's 12 h (above)
  });

  it('a saved or imported plan keeps a custom point’s priority and hours, and drops nonsense', () => {
    const doc = exampleDocument(content, 'oncology-hta', '2026-11-21T00:00:00.000Z');
    const raw = (custom: Record<string, unknown>) =>
      restoreDocument(JSON.parse(JSON.stringify({ ...doc, edits: { points: {}, custom: [custom] } })));
    const kept = raw({ ...cafe });
    expect(kept.ok && kept.document.edits.custom[0]).toEqual(cafe);
    const bad = raw({ ...cafe, priority: 'urgent', patientHours: -3 });
    expect(bad.ok && bad.document.edits.custom[0]).toEqual({
      id: 'custom-cafe',
      phase: 'launch',
      title: 'Carers’ café',
      description: 'Talk with carers about the support programme',
      who: ['carers', 'patient-orgs'],
      level: 'consult',
    });
    const text = raw({ ...cafe, patientHours: '12' });
    expect(text.ok && text.document.edits.custom[0]?.patientHours).toBeUndefined();
  });
});
