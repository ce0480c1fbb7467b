import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { NOT_SURE, type Answers } from '../../src/domain/answers';
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
    // 6 hours × 10 people = 60 partner hours at £27.50; 20 visits at £40; French: one translation at £250.
    expect(review.patientHours).toBe(60);
    expect(lines.partners).toBe(1650);
    expect(lines.travel).toBe(800);
    expect(lines.carers).toBe(0);
    expect(lines.interpreters).toBe(250);
    expect(lines.participants).toBe(0);
    const signed = itemLines(
      review,
      b,
      expenseContext(content, { ...answers, languages: ['english'], 'accessibility-needs': ['sensory'] }),
      content,
    );
    // 2 sessions (6 hours each, 3-hour sessions) with a sign language interpreter at £300.
    expect(signed.interpreters).toBe(600);
  });
  it('pays no thank-you for a feedback questionnaire from people already in the study', () => {
    const list = items({ 'development-stage': 'confirmatory', 'phases-in-scope': ['trial-conduct'], regions: ['uk'] });
    const feedback = item(list, 'tc-participant-feedback');
    expect(feedback.methods[0]!.method.id).toBe('participant-feedback');
    expect(feedback.participants?.people).toBeGreaterThan(0);
    const answers: Answers = { regions: ['uk'] };
    expect(
      itemLines(feedback, costBasis(content, answers), expenseContext(content, answers), content).participants,
    ).toBe(0);
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
    // essentials of this example. At the UK default rate the lean version now fits (smaller groups,
    // tests/unit/lean.test.ts); at a team rate of £60 an hour its 134 partner hours alone cost £8,040,
    // and with £5,200 of delivery a lean version that keeps every essential stays over 10,000.
    const plan = buildPlan(content, {
      answers: example('low-budget-academic'),
      settings: { hourlyRate: 60, currency: 'GBP', ratesSetByTeam: true },
    });
    const b = plan.summary.budget;
    expect(b.band?.max).toBe(10000);
    expect(b.fits).toBe(false);
    expect(b.lean?.fits).toBe(false);
    expect(b.lean!.total).toBeGreaterThan(10000);
    expect(b.lean!.total).toBeLessThan(plan.summary.cost.total);
    expect(b.message).toMatch(/Even a lean version costs .* with every essential point kept/);
    expect(b.message).toMatch(
      /: £[\d,]+ more than the band allows\. The largest costs left are “[^”]+” \(essential, £[\d,]+\)/,
    );
    expect(b.message).toMatch(/To fit, raise the budget by £[\d,]+, narrow the phases in scope/);
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
    // Steps are listed largest saving first.
    const savings = b.lean!.steps.map((s) => s.saving);
    expect(savings).toEqual([...savings].sort((x, y) => y - x));
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

describe('legal duties under the cap', () => {
  const euTrial: Answers = {
    'product-type': 'medicine',
    'study-type': 'randomised-trial',
    regions: ['eu'],
    'development-stage': 'confirmatory',
    'phases-in-scope': ['trial-design', 'regulatory', 'dissemination'],
  };
  const essentials = (list: PlanItem[]) => list.filter((i) => i.priority === 'essential').map((i) => i.id);

  it('makes the EU lay summary and package leaflet testing duties, with the law named', () => {
    const list = items(euTrial);
    const lay = item(list, 'diss-lay-summary');
    expect(lay.priority).toBe('essential');
    expect(lay.duty).toMatch(/EU Clinical Trials Regulation \(article 37 and annex V\)/);
    expect(lay.reasons.map((r) => r.text)).toContain(
      "Required by law: the EU Clinical Trials Regulation (article 37 and annex V) asks the sponsor to publish a summary of each trial's results for lay people within a year of the end of the trial.",
    );
    expect(item(list, 'reg-labelling').duty).toMatch(/Directive 2001\/83\/EC \(article 59\(3\)\)/);
  });

  it('is no duty outside its law: a US-only trial, an observational study, a device for the leaflet', () => {
    expect(item(items({ ...euTrial, regions: ['us'] }), 'diss-lay-summary').duty).toBeUndefined();
    expect(item(items({ ...euTrial, 'study-type': 'observational' }), 'diss-lay-summary').duty).toBeUndefined();
    const device = items({ ...euTrial, 'product-type': 'device' });
    expect(item(device, 'reg-labelling').duty).toBeUndefined();
    expect(item(device, 'diss-lay-summary').duty).toMatch(/Medical Device Regulation \(article 77\(5\)\)/);
  });

  it('makes leaflet testing a duty only from the pivotal trial on, not years before filing (findings-11b)', () => {
    const early = items({ ...euTrial, 'development-stage': 'early-clinical' });
    expect(item(early, 'reg-labelling').duty).toBeUndefined();
    expect(item(early, 'reg-labelling').priority).not.toBe('essential');
    expect(item(items({ ...euTrial, 'development-stage': 'submission' }), 'reg-labelling').duty).toMatch(
      /Directive 2001\/83\/EC/,
    );
  });

  it('keeps information and assent for minors in a trial essential as a duty (EU and US), not for adults', () => {
    const teens: Answers = {
      'product-type': 'medicine',
      'study-type': 'randomised-trial',
      regions: ['us', 'eu'],
      populations: ['adolescents'],
      'development-stage': 'early-clinical',
      timeline: '1-to-3-years',
    };
    const consent = item(items(teens), 'ec-consent-materials');
    expect(consent.priority).toBe('essential');
    expect(consent.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        "Required by law: the EU Clinical Trials Regulation (article 32) asks that a minor in a trial gets information in a way adapted to their age and maturity, and that a minor's wish to refuse or leave is respected.",
      ]),
    );
    const usOnly = item(items({ ...teens, regions: ['us'] }), 'ec-consent-materials');
    expect(usOnly.duty).toMatch(/21 CFR part 50, subpart D/);
    const adults = items({ ...teens, populations: ['older-adults'] }).find((i) => i.id === 'ec-consent-materials');
    expect(adults?.duty).toBeUndefined();
  });

  it('fills the cap with duties first, then the rest by benefit, never more than the cap', () => {
    const list = items(euTrial, { hourlyRate: 40, currency: 'EUR', essentialCap: 2 });
    expect(essentials(list).sort()).toEqual(['diss-lay-summary', 'reg-labelling']);
    const three = items(euTrial, { hourlyRate: 40, currency: 'EUR', essentialCap: 3 });
    expect(essentials(three)).toHaveLength(3);
    expect(essentials(three)).toEqual(expect.arrayContaining(['diss-lay-summary', 'reg-labelling']));
  });

  it('says so when the duties alone exceed the cap', () => {
    const plan = buildPlan(content, {
      answers: euTrial,
      settings: { hourlyRate: 40, currency: 'EUR', essentialCap: 1 },
    });
    const list = plan.phases.flatMap((p) => p.items);
    expect(essentials(list)).toHaveLength(1);
    expect(plan.summary.duties).toBe(2);
    expect(plan.summary.capNote).toBe(
      'This plan has 2 legal duties but keeps only 1 point essential, so 1 duty is shown as recommended. Raise the number of essentials to at least 2.',
    );
    expect(buildPlan(content, { answers: euTrial }).summary.capNote).toBeUndefined();
  });
});

describe('EU joint clinical assessment for devices', () => {
  const device = (cls: string, panel?: string) =>
    buildPlan(content, {
      answers: {
        'product-type': 'device',
        'device-eu-class': cls,
        ...(panel ? { 'device-eu-panel': panel } : {}),
        regions: ['eu'],
        'eu-filing-date': '2027-09-01',
      },
    }).contexts;
  it('applies only to devices an expert panel reviews (class III implantable, class IIb giving a medicine, class D)', () => {
    expect(device('class-iii', 'yes')).toContain('eu-jca');
    expect(device('class-iib', 'yes')).toContain('eu-jca');
    expect(device('ivd-d', 'yes')).toContain('eu-jca');
    expect(device('class-iii', 'no')).not.toContain('eu-jca');
    expect(device('class-iii')).not.toContain('eu-jca');
    expect(device('class-iib')).not.toContain('eu-jca');
    expect(device('class-iia')).not.toContain('eu-jca');
  });
});

describe('budget and regions, as the answers give them', () => {
  it('does not assume a band when the team is not sure of the budget', () => {
    const plan = buildPlan(content, { answers: { ...example('low-budget-academic'), budget: NOT_SURE } });
    expect(plan.summary.budget.band).toBeNull();
    expect(plan.summary.budget.lean).toBeNull();
    expect(plan.summary.budget.message).toMatch(
      /^You were not sure of the budget, so the plan is not checked against one: it needs about £/,
    );
  });
  it('says which region a plan across several regions is costed in', () => {
    const b = costBasis(content, { regions: ['us', 'eu'] });
    expect(b.currency).toBe('USD');
    expect(b.source).toMatch(
      /^Your plan covers 2 regions with default rates; it is costed with the USD rates of the first in the list \(US\)\./,
    );
    expect(costBasis(content, { regions: ['uk'] }).source).not.toMatch(/covers/);
  });
});
