import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { planTexts } from '../../src/domain/plan/planText';
import type { Answers } from '../../src/domain/answers';

const content = realContent();
const plan = (answers: Answers) => buildPlan(content, { answers });
const item = (answers: Answers, id: string) =>
  plan(answers)
    .phases.flatMap((p) => p.items)
    .find((i) => i.id === id);
const textOf = (answers: Answers, id: string) =>
  planTexts(plan(answers), content)
    .filter((t) => t.where.startsWith(`point "${id}"`))
    .map((t) => t.text)
    .join('\n');

const medicine = (regions: string[]): Answers => ({
  'planner-type': 'industry',
  'product-type': 'medicine',
  'development-stage': 'confirmatory',
  regions,
  'ped-purposes': ['labelling', 'regulatory-submission'],
});

describe('user testing of patient labelling (issue 12, errors 9 and 10)', () => {
  it('does not mention the EU package leaflet in a US-only plan', () => {
    const text = textOf(medicine(['us']), 'reg-labelling');
    expect(text).toContain('Medication Guide');
    expect(text).not.toMatch(/package leaflet|Directive 2001\/83|EU /);
  });

  it('gives the 2009 readability guideline numbers in an EU plan', () => {
    const text = textOf(medicine(['eu']), 'reg-labelling');
    expect(text).toContain('2009 readability guideline');
    expect(text).toContain('rounds of 10 new readers each, at least 20 in total');
    const userTesting = content.methods.find((m) => m.id === 'user-testing')!;
    expect(userTesting.participants).toContain('rounds of 10, at least 20 in total');
  });

  it('cites device law, not medicines law, for a device in the EU', () => {
    const answers: Answers = { ...medicine(['eu']), 'product-type': 'device' };
    const labelling = item(answers, 'reg-labelling')!;
    expect(textOf(answers, 'reg-labelling')).toContain('(Article 32)');
    expect(labelling.references).toContain('eu-mdr-2017-745');
    expect(labelling.references).not.toContain('eu-directive-2001-83');
  });
});

describe('research priorities (issue 12, error 1)', () => {
  const priorities = (plannerType: string): Answers => ({
    'planner-type': plannerType,
    'product-type': plannerType === 'industry' ? 'medicine' : 'non-product',
    'development-stage': 'idea',
    'ped-purposes': ['priorities'],
  });

  it('offers a sponsor a Delphi or nominal group, never a JLA partnership', () => {
    const methods = item(priorities('industry'), 'ps-research-priorities')!.methods.map((m) => m.method.id);
    expect(methods).toContain('delphi');
    expect(methods).not.toContain('priority-setting-partnership');
    expect(textOf(priorities('industry'), 'ps-research-priorities')).toContain(
      'cannot run or directly fund a JLA partnership',
    );
  });

  it('offers an academic team a JLA partnership', () => {
    const methods = item(priorities('academic'), 'ps-research-priorities')!.methods.map((m) => m.method.id);
    expect(methods).toContain('priority-setting-partnership');
  });
});

describe('lay summaries (issue 12, errors 3 and 10)', () => {
  it('names the UK duty from 28 April 2026 in a UK plan', () => {
    const text = textOf({ ...medicine(['uk']), 'ped-purposes': ['post-marketing'] }, 'diss-lay-summary');
    expect(text).toContain('From 28 April 2026');
    expect(text).toContain('within 12 months');
  });

  it('names MDR Article 77(5) for a device in the EU, and not the medicines regulation', () => {
    const text = textOf({ ...medicine(['eu']), 'product-type': 'device' }, 'diss-lay-summary');
    expect(text).toContain('Article 77(5)');
    expect(text).not.toContain('536/2014');
  });
});

describe('diversity action plans (issue 12, error 6)', () => {
  it('says the US duty is not yet in force', () => {
    const p = plan(medicine(['us']));
    const diversity = p.considerations.find((c) => c.consideration.id === 'diversity')!;
    expect(diversity.consideration.actions.join(' ')).toContain('180 days after FDA');
    const rule = p.firedRules.find((r) => r === 'us-diversity-action-plan');
    expect(rule).toBe('us-diversity-action-plan');
  });
});

describe('glossary (issue 12, error 8)', () => {
  const term = (id: string) => content.glossary.find((g) => g.id === id)!;

  it('gives both meanings of PPI, by region', () => {
    expect(term('ppi-abbreviation').plain).toMatch(
      /UK.*patient and public involvement.*FDA.*patient preference information/s,
    );
  });

  it('keeps fair-market value apart from fair payment', () => {
    expect(term('fair-payment').aliases ?? []).not.toContain('FMV');
    expect(term('fair-market-value').aliases).toContain('FMV');
  });

  it('defines a patient expert by lived experience, not training', () => {
    expect(term('patient-expert').plain).toContain('lived experience');
    expect(term('patient-expert').plain).toContain('No course is needed');
  });

  it('has at least 150 terms', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(150);
  });
});
