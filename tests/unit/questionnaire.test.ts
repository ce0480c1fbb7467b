import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { viewAnswers, visibleQuestions } from '../../src/domain/questionnaire/visibility';
import {
  firstQuestionId,
  firstRefineId,
  lastQuestionId,
  nextQuestionId,
  openRefineCount,
  previousQuestionId,
  progress,
} from '../../src/domain/questionnaire/navigation';
import { validateAnswer } from '../../src/domain/questionnaire/validation';
import { conditionLeaves, leafOptionIds } from '../../src/domain/content/conditionIds';
import { optionIds } from '../../src/domain/content/options';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Condition, Question } from '../../src/domain/content/schema';
import { makeQuestion } from '../fixtures/question';
import type { Answers } from '../../src/domain/answers';

const content = realContent();
const qs = content.questions;
const byId = (id: string) => qs.find((q) => q.id === id) as Question;

/** Builds answers under which a condition holds, by choosing what each leaf asks for. */
function satisfy(condition: Condition, answers: Answers): Answers {
  if ('all' in condition) return condition.all.reduce((a, c) => satisfy(c, a), answers);
  if ('any' in condition) return satisfy(condition.any[0]!, answers);
  if ('not' in condition || 'context' in condition) return answers;
  const q = byId(condition.q);
  if ('is' in condition) return { ...answers, [q.id]: condition.is };
  if ('in' in condition) return { ...answers, [q.id]: condition.in[0]! };
  if ('has' in condition) return { ...answers, [q.id]: [...((answers[q.id] as string[]) ?? []), condition.has] };
  if ('hasAny' in condition) return { ...answers, [q.id]: [condition.hasAny[0]!] };
  if ('gte' in condition) return { ...answers, [q.id]: condition.gte };
  if ('lte' in condition) return { ...answers, [q.id]: condition.lte };
  return answers;
}

/** The questions with no condition, in asking order (content/questions.yaml, read by hand). */
const ALWAYS = [
  'planner-type',
  'funder',
  'programme-summary',
  'product-type',
  'study-type',
  'therapeutic-area',
  'therapeutic-area-detail',
  'rare-disease',
  'populations',
  'development-stage',
  'regions',
  'languages',
  'ped-purposes',
  'existing-evidence',
  'ped-types',
  'coa-status',
  'digital-measures',
  'stakeholders',
  'existing-partnerships',
  'team-experience',
  'engagement-level',
  'modes',
  'payment-policy',
  'accessibility-needs',
  'budget',
  'timeline',
  'phases-in-scope',
  'key-milestone-date',
];
/** Where each conditional question is asked: after this question (hand-written). */
const ASKED_AFTER: Record<string, string> = {
  'device-risk-class': 'study-type',
  'device-eu-class': 'device-risk-class',
  'device-us-pathway': 'device-eu-class',
  'home-use': 'device-us-pathway',
  'human-factors-status': 'home-use',
  'product-designations': 'rare-disease',
  'patient-org-exists': 'product-designations',
  'registry-status': 'patient-org-exists',
  'natural-history-known': 'registry-status',
  'assent-plan': 'populations',
  'ypag-access': 'assent-plan',
  'obsro-need': 'ypag-access',
  'paediatric-age-bands': 'obsro-need',
  capacity: 'paediatric-age-bands',
  'study-partner': 'capacity',
  'crisis-risk': 'study-partner',
  'lived-experience-roles': 'crisis-risk',
  'fih-population': 'development-stage',
  'eu-filing-date': 'regions',
  'us-filing-date': 'eu-filing-date',
  // Listed after us-filing-date so that it is slotted in before it, as it is asked.
  'device-eu-panel': 'eu-filing-date',
  'hta-bodies': 'ped-purposes',
  'hta-timing': 'hta-bodies',
  'ppi-interest': 'hta-timing',
  decentralised: 'modes',
};
/** ALWAYS with these conditional questions slotted in where they are asked. */
function ALWAYS_PLUS(extra: string[]): string[] {
  const out = [...ALWAYS];
  for (const id of Object.keys(ASKED_AFTER)) {
    if (!extra.includes(id)) continue;
    // Insert after the nearest earlier question that is on the list.
    let after = ASKED_AFTER[id]!;
    while (!out.includes(after)) after = ASKED_AFTER[after]!;
    out.splice(out.indexOf(after) + 1, 0, id);
  }
  return out;
}

describe('questions over the real content', () => {
  it('has questions in every section', () => {
    for (const s of ['context', 'why', 'what', 'who', 'how', 'when'])
      expect(qs.some((q) => q.section === s)).toBe(true);
  });

  it('makes every question reachable by some answers', () => {
    for (const q of qs) {
      let answers: Answers = {};
      if (q.showIf) {
        // Satisfy the question's own condition and the conditions of the questions it depends on.
        for (let i = 0; i < 3; i++) {
          answers = satisfy(q.showIf, answers);
          for (const id of Object.keys(answers)) {
            const dep = byId(id);
            if (dep.showIf) answers = satisfy(dep.showIf, answers);
          }
        }
      }
      expect(
        visibleQuestions(qs, answers).map((x) => x.id),
        `question "${q.id}" unreachable`,
      ).toContain(q.id);
    }
  });

  it('shows exactly the questions the answers call for (hand-written from content/questions.yaml)', () => {
    const shown = (answers: Answers) => visibleQuestions(qs, answers).map((q) => q.id);
    expect(shown({})).toEqual(ALWAYS);
    const withExtra = (...extra: string[]) => ALWAYS_PLUS(extra);
    // Devices, digital therapeutics and diagnostics: risk class, EU class, US pathway, home use, human
    // factors, patient preference.
    for (const product of ['device', 'digital-therapeutic', 'diagnostic'])
      expect(shown({ 'product-type': product }), product).toEqual(
        withExtra(
          'device-risk-class',
          'device-eu-class',
          'device-us-pathway',
          'home-use',
          'human-factors-status',
          'ppi-interest',
        ),
      );
    // Medicines, vaccines and gene or cell therapies: orphan designation, new active substance or indication.
    for (const product of ['medicine', 'vaccine', 'gene-cell-therapy'])
      expect(shown({ 'product-type': product }), product).toEqual(withExtra('product-designations'));
    expect(shown({ 'product-type': 'non-product' })).toEqual(ALWAYS);
    // Early development of a medicine: healthy volunteers or patients first in human.
    expect(shown({ 'product-type': 'medicine', 'development-stage': 'early-clinical' })).toEqual(
      withExtra('product-designations', 'fih-population'),
    );
    // Filing dates for the regions a product is filed in; a trial asks about decentralised elements.
    expect(shown({ 'product-type': 'device', regions: ['eu', 'us'] })).toEqual(
      withExtra(
        'device-risk-class',
        'device-eu-class',
        'device-us-pathway',
        'home-use',
        'human-factors-status',
        'eu-filing-date',
        'us-filing-date',
        'ppi-interest',
      ),
    );
    // An EU class that an expert panel may review asks whether one will (EU joint clinical assessment).
    expect(shown({ 'product-type': 'device', 'device-eu-class': 'class-iii', regions: ['eu', 'us'] })).toEqual(
      withExtra(
        'device-risk-class',
        'device-eu-class',
        'device-us-pathway',
        'home-use',
        'human-factors-status',
        'eu-filing-date',
        'device-eu-panel',
        'us-filing-date',
        'ppi-interest',
      ),
    );
    expect(shown({ 'product-type': 'device', 'device-eu-class': 'class-iia', regions: ['eu'] })).not.toContain(
      'device-eu-panel',
    );
    expect(shown({ 'product-type': 'device', 'device-eu-class': 'class-iii', regions: ['us'] })).not.toContain(
      'device-eu-panel',
    );
    expect(shown({ 'product-type': 'non-product', regions: ['eu'] })).toEqual(ALWAYS);
    expect(shown({ 'study-type': 'randomised-trial' })).toEqual(withExtra('decentralised'));
    // A rare disease: patient organisation, registry, natural history.
    expect(shown({ 'rare-disease': 'yes' })).toEqual(
      withExtra('patient-org-exists', 'registry-status', 'natural-history-known'),
    );
    expect(shown({ 'rare-disease': 'no' })).toEqual(ALWAYS);
    // "Not sure" about a rare disease is taken as "no".
    expect(shown({ 'rare-disease': { notSure: true } })).toEqual(ALWAYS);
    // Children or adolescents: assent, young persons' group, observer reports; cognitive impairment: observer reports only.
    expect(shown({ populations: ['adolescents'] })).toEqual(
      withExtra('assent-plan', 'ypag-access', 'obsro-need', 'paediatric-age-bands'),
    );
    // Cognitive impairment: observer reports, capacity and a study partner; mental health: crisis risk and roles.
    expect(shown({ populations: ['older-adults', 'cognitive-impairment'] })).toEqual(
      withExtra('obsro-need', 'capacity', 'study-partner'),
    );
    expect(shown({ populations: ['mental-health'] })).toEqual(withExtra('crisis-risk', 'lived-experience-roles'));
    expect(shown({ populations: ['older-adults', 'carers'] })).toEqual(ALWAYS);
    // HTA among the purposes: which bodies, and when.
    expect(shown({ 'ped-purposes': ['endpoints', 'hta-access'] })).toEqual(withExtra('hta-bodies', 'hta-timing'));
    expect(shown({ 'ped-purposes': ['endpoints', 'labelling'] })).toEqual(ALWAYS);
    // Everything at once, in asking order.
    expect(
      shown({
        'product-type': 'diagnostic',
        'rare-disease': 'yes',
        populations: ['children'],
        'ped-purposes': ['hta-access'],
      }),
    ).toEqual([
      'planner-type',
      'funder',
      'programme-summary',
      'product-type',
      'study-type',
      'device-risk-class',
      'device-eu-class',
      'device-us-pathway',
      'home-use',
      'human-factors-status',
      'therapeutic-area',
      'therapeutic-area-detail',
      'rare-disease',
      'patient-org-exists',
      'registry-status',
      'natural-history-known',
      'populations',
      'assent-plan',
      'ypag-access',
      'obsro-need',
      'paediatric-age-bands',
      'development-stage',
      'regions',
      'languages',
      'ped-purposes',
      'hta-bodies',
      'hta-timing',
      'ppi-interest',
      'existing-evidence',
      'ped-types',
      'coa-status',
      'digital-measures',
      'stakeholders',
      'existing-partnerships',
      'team-experience',
      'engagement-level',
      'modes',
      'payment-policy',
      'accessibility-needs',
      'budget',
      'timeline',
      'phases-in-scope',
      'key-milestone-date',
    ]);
  });

  it('resolves only the answers to visible questions', () => {
    const { resolved } = viewAnswers(qs, {
      'rare-disease': 'no',
      'registry-status': 'exists',
      'product-type': 'medicine',
      'device-risk-class': 'high',
      populations: ['children'],
      'assent-plan': 'co-designed',
    });
    expect(resolved).toEqual({
      'rare-disease': 'no',
      'product-type': 'medicine',
      populations: ['children'],
      'assent-plan': 'co-designed',
    });
  });

  it('only names option ids that exist, in rules and branches', () => {
    const conditions = [...content.rules.map((r) => r.when), ...qs.flatMap((q) => (q.showIf ? [q.showIf] : []))];
    for (const leaf of conditions.flatMap(conditionLeaves)) {
      if (!('q' in leaf)) continue;
      for (const option of leafOptionIds(leaf)) expect(optionIds(byId(leaf.q))).toContain(option);
    }
  });
});

describe('branching', () => {
  const branchOf = (id: string) => byId(id).showIf;
  it('hides questions whose condition does not hold, and shows them when it does', () => {
    const branching = qs.filter((q) => q.showIf);
    expect(branching.length).toBeGreaterThanOrEqual(5);
    for (const q of branching) {
      expect(visibleQuestions(qs, {}).map((x) => x.id)).not.toContain(q.id);
      expect(branchOf(q.id)).toBeDefined();
    }
  });

  it('keeps answers to hidden questions out of the plan', () => {
    const rare = qs.find((q) => q.showIf && JSON.stringify(q.showIf).includes('rare-disease'));
    expect(rare).toBeDefined();
    const q = rare as Question;
    const value =
      q.type === 'multi' ? [q.options![0]!.id] : q.type === 'scale' ? q.scale!.min : (optionIds(q)[0] ?? 'x');
    const shown = viewAnswers(qs, { 'rare-disease': 'yes', [q.id]: value });
    const hidden = viewAnswers(qs, { 'rare-disease': 'no', [q.id]: value });
    expect(shown.resolved[q.id]).toEqual(value);
    expect(hidden.resolved[q.id]).toBeUndefined();
    const planHidden = buildPlan(content, { answers: { 'rare-disease': 'no', [q.id]: value } });
    const planNone = buildPlan(content, { answers: { 'rare-disease': 'no' } });
    expect(planHidden.firedRules).toEqual(planNone.firedRules);
  });

  it('resolves "not sure" to the default the question implies', () => {
    const q = qs.find((x) => x.notSure && !x.showIf && x.type !== 'text') as Question;
    const { resolved, given } = viewAnswers(qs, { [q.id]: { notSure: true } });
    expect(given[q.id]).toEqual({ notSure: true });
    expect(resolved[q.id]).toEqual(q.notSure!.implies);
  });
});

describe('navigation and progress', () => {
  /** The core questions of content/questions.yaml (`core: true`), in asking order, written out by hand. */
  const CORE = [
    'planner-type',
    'funder',
    'programme-summary',
    'product-type',
    'study-type',
    'therapeutic-area',
    'rare-disease',
    'populations',
    'development-stage',
    'regions',
    'ped-purposes',
    'existing-evidence',
    'budget',
    'timeline',
  ];
  const page = (answers: Answers, from: string | null) => {
    const ids: string[] = [];
    for (let id = from; id !== null && ids.length <= qs.length; id = nextQuestionId(qs, answers, id)) ids.push(id);
    return ids;
  };

  it('pages through the core questions only on the way to a first plan', () => {
    expect(firstQuestionId(qs, {})).toBe('planner-type');
    expect(page({}, 'planner-type')).toEqual(CORE);
    expect(lastQuestionId(qs, {})).toBe('timeline');
    // A device adds its home-use question; an EU medicine its EU filing date (the JCA depends on it).
    expect(page({ 'product-type': 'device' }, 'planner-type')).toEqual([
      ...CORE.slice(0, 5),
      'home-use',
      ...CORE.slice(5),
    ]);
    expect(page({ 'product-type': 'medicine', regions: ['eu'] }, 'planner-type')).toEqual([
      ...CORE.slice(0, 10),
      'eu-filing-date',
      ...CORE.slice(10),
    ]);
    expect(previousQuestionId(qs, {}, 'funder')).toBe('planner-type');
    expect(previousQuestionId(qs, {}, 'planner-type')).toBeNull();
  });

  it('keeps every required question on the core path', () => {
    const required = qs.filter((q) => q.required).map((q) => q.id);
    expect(required).toEqual(['planner-type', 'product-type', 'development-stage', 'ped-purposes']);
    for (const id of required) expect(CORE).toContain(id);
  });

  it('pages through the refining questions apart, starting with the first unanswered one', () => {
    const refine = page({}, firstRefineId(qs, {}));
    expect(refine[0]).toBe('therapeutic-area-detail');
    expect(refine.at(-1)).toBe('key-milestone-date');
    expect(refine.filter((id) => CORE.includes(id))).toEqual([]);
    expect(refine).toHaveLength(visibleQuestions(qs, {}).length - CORE.length);
    expect(previousQuestionId(qs, {}, refine[0]!)).toBeNull();
    expect(firstRefineId(qs, { 'therapeutic-area-detail': 'Asthma' })).toBe('languages');
    expect(openRefineCount(qs, { 'therapeutic-area-detail': 'Asthma' })).toBe(refine.length - 1);
  });

  it('counts progress over the questions of the current track that the answers make visible', () => {
    expect(progress(qs, {}, 'funder')).toEqual({ answered: 0, total: 14, position: 2, percent: 0 });
    expect(progress(qs, { 'planner-type': 'academic', 'product-type': 'device' }, 'home-use')).toEqual({
      answered: 2,
      total: 15,
      position: 6,
      percent: 13,
    });
    const refining = progress(qs, {}, 'languages').total;
    const withChildren = progress(qs, { populations: ['children', 'adolescents'], 'rare-disease': 'yes' }, 'languages');
    expect(withChildren.total).toBeGreaterThan(refining);
  });
});

describe('validation', () => {
  const q = makeQuestion;
  it('asks for an answer to a required question, mentioning "Not sure" when allowed', () => {
    expect(validateAnswer(q({ required: true }), undefined)).toMatch(/answer this question/);
    expect(validateAnswer(q({ required: true, notSure: { implies: 'a', explain: 'e' } }), undefined)).toMatch(
      /Not sure/,
    );
    expect(validateAnswer(q({}), undefined)).toBeNull();
  });
  it('rejects unknown options, out-of-range scales, bad dates and long text', () => {
    expect(validateAnswer(q({}), 'zzz')).toMatch(/choose one/);
    expect(validateAnswer(q({ type: 'scale', scale: { min: 1, max: 5, minLabel: 'a', maxLabel: 'b' } }), 9)).toMatch(
      /1 to 5/,
    );
    expect(validateAnswer(q({ type: 'date' }), '31/12/2027')).toMatch(/year-month-day/);
    expect(validateAnswer(q({ type: 'date' }), '2027-12-31')).toBeNull();
    expect(validateAnswer(q({ type: 'text', maxLength: 5 }), 'too long')).toMatch(/under 5/);
  });
});
