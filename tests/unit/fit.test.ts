import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Answers } from '../../src/domain/answers';
import type { PlanItem } from '../../src/domain/plan/types';
import { scoreItem } from '../../src/domain/engine/prioritise';
import { costBasis } from '../../src/domain/plan/currency';
import { expenseContext, itemLines } from '../../src/domain/engine/budget';

const content = realContent();
const example = (id: string) => content.examples.find((x) => x.id === id)!.answers;
const items = (answers: Answers, settings?: Parameters<typeof buildPlan>[1]['settings']) =>
  buildPlan(content, { answers, ...(settings ? { settings } : {}) }).phases.flatMap((p) => p.items);
const item = (list: PlanItem[], id: string) => list.find((i) => i.id === id)!;

describe('access needs change how a method is run, not its rank', () => {
  const base: Answers = { 'development-stage': 'confirmatory', 'phases-in-scope': ['trial-design'] };
  it('keeps the protocol review panel first and adds delivery notes', () => {
    for (const need of ['fatigue', 'digital-access', 'sensory', 'mobility']) {
      const plain = item(items(base), 'td-protocol-review');
      const withNeed = item(items({ ...base, 'accessibility-needs': [need] }), 'td-protocol-review');
      expect(withNeed.methods.map((m) => m.method.id)).toEqual(plain.methods.map((m) => m.method.id));
      expect(withNeed.methods[0]!.method.id).toBe('protocol-review-panel');
    }
    const tired = item(items({ ...base, 'accessibility-needs': ['fatigue'] }), 'td-protocol-review');
    expect(tired.methods[0]!.notes.join(' ')).toContain('keep sessions under 90 minutes with breaks');
  });
});

describe('benefit and investment scores', () => {
  it('adds up the parts from content/scoring.yaml', () => {
    const point = content.points.find((p) => p.id === 'td-endpoints')!;
    const advisory = content.methods.find((m) => m.id === 'advisory-board')!;
    const reason = (ruleId: string) => ({ ruleId, text: '', answers: [], references: [] });
    const fake = {
      ...item(items({ 'development-stage': 'confirmatory', 'phases-in-scope': ['trial-design'] }), 'td-endpoints'),
      priority: 'essential' as const,
      level: 'collaborate' as const,
      reasons: [reason('a'), reason('b')],
      feeds: ['x', 'y', 'z', 'v', 'w'],
      teamEffort: 'high' as const,
      methods: [{ method: advisory, fit: 'high' as const, score: 3, notes: [] }],
      patientHours: 80,
      point,
    };
    const s = scoreItem(fake, content.scoring, 0);
    // 4 (essential) + 2 × 0.6 (rules) + 1.5 (collaborate) + 1.5 (5 feeds, capped)
    expect(s.benefit).toBe(8.2);
    // 4 (high effort) + 1.5 (medium-cost method) + 2 (80 partner hours, capped)
    expect(s.investment).toBe(7.5);
    expect(s.quadrant).toBe('major');
    expect(s.benefitParts.map((p) => p.label)).toContain('raised by 2 of your answers');
  });
});

describe('the cap on essentials', () => {
  it('keeps at most 8 essentials by default and says why the others are recommended', () => {
    const plan = buildPlan(content, { answers: example('oncology-hta') });
    expect(plan.summary.byPriority.essential).toBe(8);
    const demoted = plan.phases
      .flatMap((p) => p.items)
      .filter((i) => i.reasons.some((r) => /keeps its 8/.test(r.text)));
    expect(demoted.map((i) => i.id)).toContain('tc-burden-support');
    expect(demoted.every((i) => i.priority === 'recommended')).toBe(true);
  });
  it('follows the team setting', () => {
    const plan = buildPlan(content, {
      answers: example('oncology-hta'),
      settings: { hourlyRate: 50, currency: 'GBP', essentialCap: 3 },
    });
    expect(plan.summary.byPriority.essential).toBe(3);
    expect(plan.summary.essentialCap).toBe(3);
  });
});

describe('currency and rates', () => {
  const basis = (answers: Answers, settings?: Parameters<typeof costBasis>[2]) => costBasis(content, answers, settings);
  it('follows the first region in the question order', () => {
    expect(basis({ regions: ['uk'] })).toMatchObject({
      currency: 'GBP',
      hourlyRate: 27.5,
      reference: 'nihr-payment-guidance',
    });
    expect(basis({ regions: ['ca', 'eu', 'uk'] })).toMatchObject({ currency: 'EUR', hourlyRate: 40 });
    expect(basis({ regions: ['ca'] })).toMatchObject({ currency: 'CAD', hourlyRate: 40 });
    expect(basis({ regions: ['us', 'eu'] })).toMatchObject({
      currency: 'USD',
      hourlyRate: 50,
      reference: 'pcori-compensation',
    });
    expect(basis({ regions: ['other'] })).toMatchObject({ currency: 'USD', setByTeam: false });
  });
  it('uses the team’s rate once set, and treats the old default as not set', () => {
    expect(basis({ regions: ['uk'] }, { hourlyRate: 50, currency: 'GBP' })).toMatchObject({
      hourlyRate: 27.5,
      setByTeam: false,
    });
    expect(basis({ regions: ['uk'] }, { hourlyRate: 60, currency: 'GBP' })).toMatchObject({
      hourlyRate: 60,
      setByTeam: true,
    });
    expect(basis({ regions: ['uk'] }, { hourlyRate: 50, currency: 'EUR', ratesSetByTeam: true })).toMatchObject({
      hourlyRate: 50,
      currency: 'EUR',
    });
  });
  it('the summary shows the plan’s currency: a US plan is in dollars', () => {
    expect(buildPlan(content, { answers: example('device-ppi') }).summary.cost.currency).toBe('USD');
    expect(buildPlan(content, { answers: example('low-budget-academic') }).summary.cost.currency).toBe('GBP');
  });
});

describe('the estimate', () => {
  it('costs one point line by line', () => {
    const answers: Answers = {
      regions: ['uk'],
      modes: ['in-person'],
      languages: ['english', 'french'],
      'development-stage': 'confirmatory',
      'phases-in-scope': ['trial-design'],
    };
    const review = item(items(answers), 'td-protocol-review');
    const b = costBasis(content, answers);
    const lines = itemLines(review, b, expenseContext(content, answers), content);
    // 6 hours × 10 people = 60 partner hours at £27.50; 20 visits at £40; 2 sessions × 1 interpreter at £300.
    expect(review.patientHours).toBe(60);
    expect(lines.partners).toBe(1650);
    expect(lines.travel).toBe(800);
    expect(lines.carers).toBe(0);
    expect(lines.interpreters).toBe(600);
    expect(lines.participants).toBe(0);
  });
  it('keeps research participants apart from patient-partner hours', () => {
    const list = items({ 'development-stage': 'submission', 'phases-in-scope': ['regulatory'] });
    const benefitRisk = item(list, 'reg-benefit-risk');
    expect(benefitRisk.patientHours).toBe(0);
    expect(benefitRisk.participants).toEqual({ people: 250, hoursEach: 1 });
    const pkg = item(list, 'reg-ped-package');
    expect(pkg.patientHours).toBe(64);
    expect(pkg.participants).toBeUndefined();
  });
});

describe('budget reconciliation', () => {
  it('says when even the lean version is over a minimal budget, keeping every essential', () => {
    // The cap keeps tc-community-advisory (288 partner hours, the costliest point) among the eight
    // essentials of this example, so a lean version that keeps every essential stays over 10,000.
    const plan = buildPlan(content, { answers: example('low-budget-academic') });
    const b = plan.summary.budget;
    expect(b.band?.max).toBe(10000);
    expect(b.fits).toBe(false);
    expect(b.lean?.fits).toBe(false);
    expect(b.lean!.total).toBeGreaterThan(10000);
    expect(b.lean!.total).toBeLessThan(plan.summary.cost.total);
    expect(b.message).toMatch(/Even a lean version costs .* with every essential point kept/);
    expect(b.message).toMatch(/Raise the budget, narrow the phases in scope/);
    const essentials = new Set(
      plan.phases
        .flatMap((p) => p.items)
        .filter((i) => i.priority === 'essential')
        .map((i) => i.id),
    );
    expect(b.lean!.steps.filter((s) => s.kind === 'defer' && essentials.has(s.pointId))).toEqual([]);
  });
  it('says when the estimate is over a minimal budget and offers a lean version that fits', () => {
    const plan = buildPlan(content, {
      answers: {
        ...example('low-budget-academic'),
        'phases-in-scope': ['priority-setting', 'trial-design', 'dissemination'],
      },
    });
    const b = plan.summary.budget;
    expect(b.band?.max).toBe(10000);
    expect(plan.summary.cost.total).toBeGreaterThan(10000);
    expect(b.fits).toBe(false);
    expect(b.message).toMatch(/over your budget/);
    expect(b.lean?.fits).toBe(true);
    expect(b.lean!.total).toBeLessThanOrEqual(10000);
    const kinds = new Set(b.lean!.steps.map((s) => s.kind));
    expect(kinds).toContain('fewer-rounds');
    expect(kinds).toContain('cheaper-method');
    const essentials = new Set(
      plan.phases
        .flatMap((p) => p.items)
        .filter((i) => i.priority === 'essential')
        .map((i) => i.id),
    );
    expect(b.lean!.steps.filter((s) => s.kind === 'defer' && essentials.has(s.pointId))).toEqual([]);
  });
  it('fits a large budget without a lean version', () => {
    const b = buildPlan(content, { answers: example('oncology-hta') }).summary.budget;
    expect(b.fits).toBe(true);
    expect(b.lean).toBeNull();
  });
});

describe('the timeline limits the default phases', () => {
  it('covers two phases from the stage within 12 months, plus returning results', () => {
    const plan = buildPlan(content, { answers: { 'development-stage': 'idea', timeline: '6-to-12-months' } });
    expect(plan.phases.map((p) => p.phase.id)).toEqual(['priority-setting', 'discovery', 'dissemination']);
    expect(plan.beyondTimeline.map((p) => p.phaseId)).toContain('preclinical');
  });
  it('leaves chosen phases alone', () => {
    const plan = buildPlan(content, {
      answers: { timeline: 'under-6-months', 'phases-in-scope': ['discovery', 'trial-design'] },
    });
    expect(plan.phases.map((p) => p.phase.id)).toEqual(['discovery', 'trial-design']);
  });
});
