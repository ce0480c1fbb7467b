/**
 * The US rules a plan names must be the ones for its product (regulatory review 12b): a vaccine or
 * a gene therapy reports adverse events after licensing under 21 CFR 600.80, not only under the
 * drug rule 21 CFR 314.80; a device reports under 21 CFR Part 803; an orphan indication is outside
 * PREA, so its plan must not say a pediatric study plan is required; a trial with home or remote
 * visits cites ICH E6(R3) Annex 2; protocols are written to SPIRIT 2025; device plans cite FDA's
 * guidances on patient engagement in device studies and on PRO instruments for devices. Each test
 * reads what a user reads: the point's "why it matters" (with the notes that hold here) and the
 * sources the plan shows (plan.referencesHere). Expected words are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Plan, PlanItem } from '../../src/domain/plan/types';
import type { Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

const PURPOSES = ['unmet-need', 'priorities', 'endpoints', 'protocol-feasibility', 'recruitment-retention'];

/** An industry programme in the US at the given stage. */
const us = (answers: Answers): Answers => ({
  'planner-type': 'industry',
  funder: 'industry',
  'study-type': 'randomised-trial',
  'therapeutic-area': 'immunology',
  'rare-disease': 'no',
  populations: ['carers'],
  'development-stage': 'early-clinical',
  regions: ['us'],
  'ped-purposes': [...PURPOSES, 'benefit-risk', 'regulatory-submission', 'labelling'],
  ...answers,
});

function plan(answers: Answers): Plan {
  return buildPlan(content, { answers });
}

function item(p: Plan, id: string): PlanItem {
  const found = p.phases.flatMap((ph) => ph.items).find((i) => i.id === id);
  if (!found) throw new Error(`the plan has no point "${id}"`);
  return found;
}

/** What the point's detail says about why it matters, with the notes that hold in this plan. */
function why(p: Plan, id: string): string {
  const point = item(p, id).point;
  if (!point) throw new Error(`"${id}" is not a recommended point`);
  return point.whyItMatters;
}

/** The titles of the sources the plan shows. */
const sourceTitles = (p: Plan) =>
  p.referencesHere.map((id) => content.references.find((r) => r.id === id)?.title ?? id);

describe('US safety reporting names the rule for the product', () => {
  it('a US vaccine: the side-effect reporting point names 21 CFR 600.80 for biologics, not only 314.80', () => {
    const p = plan(us({ 'product-type': 'vaccine' }));
    const text = why(p, 'ps-safety-reporting-plan');
    expect(text).toContain('21 CFR 600.80');
    expect(text).toMatch(/600\.80[^.]*vaccines/);
    expect(sourceTitles(p)).toContain('21 CFR 600.80: Postmarketing reporting of adverse experiences');
  });

  it('a US gene therapy at launch: the patient materials point names 600.80 beside 314.80', () => {
    const p = plan(us({ 'product-type': 'gene-cell-therapy', 'development-stage': 'marketed' }));
    const text = why(p, 'la-patient-materials');
    expect(text).toContain('21 CFR 314.80');
    expect(text).toContain('21 CFR 600.80');
    expect(text).toMatch(/cell and gene therapies/);
  });

  it('a US device: the side-effect reporting point names Medical Device Reporting under 21 CFR Part 803', () => {
    const p = plan(us({ 'product-type': 'device' }));
    const text = why(p, 'ps-safety-reporting-plan');
    expect(text).toContain('21 CFR Part 803');
    expect(text).toContain('Medical Device Reporting');
    expect(text).not.toContain('314.80');
    expect(sourceTitles(p)).toContain('21 CFR Part 803: Medical Device Reporting');
    expect(p.referencesHere).not.toContain('us-cfr-21-600-80-biologics-safety-reporting');
  });

  it('a UK-only device plan shows neither Part 803 nor 600.80', () => {
    const p = plan(us({ 'product-type': 'device', regions: ['uk'] }));
    expect(why(p, 'ps-safety-reporting-plan')).not.toMatch(/Part 803|600\.80/);
    expect(p.referencesHere).not.toContain('us-cfr-21-803-medical-device-reporting');
  });
});

describe('the US pediatric study plan is required only where PREA applies', () => {
  const children = { populations: ['children', 'adolescents', 'carers'] };

  it('a US orphan medicine in children: the plan does not say a pediatric study plan is required', () => {
    const p = plan(us({ 'product-type': 'medicine', 'product-designations': ['orphan'], ...children }));
    const text = why(p, 'ec-paediatric-plan');
    expect(text).not.toMatch(/pediatric study plan is required/i);
    expect(text).toMatch(/does not apply to an indication with orphan designation/);
    // Outside cancer the RACE for Children Act does not reach it (sourceScope.test.ts covers cancer).
    expect(text).not.toContain('18 August 2020');
    expect(p.referencesHere).not.toContain('fda-fdara-molecular-targets-2021');
  });

  it('a US medicine that is a new active substance: the plan is required, and the note says when PREA applies', () => {
    const p = plan(us({ 'product-type': 'medicine', 'product-designations': ['new-active-substance'], ...children }));
    const text = why(p, 'ec-paediatric-plan');
    expect(text).toMatch(/initial pediatric study plan is required/);
    expect(text).toMatch(/new active ingredient, indication, dosage form, dosing regimen or route of administration/);
    expect(text).not.toMatch(/orphan designation/);
    expect(p.referencesHere).not.toContain('fda-fdara-molecular-targets-2021');
  });
});

describe('decentralised trials cite ICH E6(R3) Annex 2', () => {
  it('a trial with home visits: the decentralised point names Annex 2 and the plan shows it', () => {
    const p = plan(us({ 'product-type': 'medicine', decentralised: ['home-visits', 'telehealth'] }));
    expect(why(p, 'tc-decentralised-elements')).toContain('ICH E6(R3) Annex 2');
    expect(sourceTitles(p).some((t) => t.startsWith('ICH E6(R3) Annex 2'))).toBe(true);
  });
});

describe('protocols are written to SPIRIT 2025', () => {
  it('the main protocol review names SPIRIT 2025 and its item on patient and public involvement', () => {
    const p = plan(us({ 'product-type': 'medicine', 'development-stage': 'confirmatory' }));
    const text = why(p, 'td-protocol-review');
    expect(text).toContain('SPIRIT 2025');
    expect(text).toMatch(/patient(s)? (and|or) (the )?public/);
    expect(sourceTitles(p)).toContain('SPIRIT 2025 statement: updated guideline for protocols of randomised trials');
  });

  it('SPIRIT-PRO is called an extension of SPIRIT 2013, not of the current statement', () => {
    const p = plan(us({ 'product-type': 'medicine', 'development-stage': 'confirmatory' }));
    const text = why(p, 'td-endpoints');
    expect(text).toContain('SPIRIT-PRO');
    expect(text).toMatch(/SPIRIT-PRO[^.]*SPIRIT 2013/);
  });
});

describe('US device plans cite FDA device guidance on patient engagement and PRO instruments', () => {
  it('a US device: the protocol review cites the device patient engagement guidance', () => {
    const p = plan(us({ 'product-type': 'device', 'development-stage': 'confirmatory' }));
    expect(why(p, 'td-protocol-review')).toMatch(
      /FDA's final guidance on patient engagement in the design and conduct of medical device clinical studies/,
    );
    expect(sourceTitles(p)).toContain(
      'Patient Engagement in the Design and Conduct of Medical Device Clinical Studies',
    );
  });

  it('a US device: the outcome measure points cite the PRO instruments guidance for devices', () => {
    const p = plan(us({ 'product-type': 'device' }));
    expect(why(p, 'ec-coa-testing')).toMatch(/patient-reported outcome instruments in medical device evaluation/);
    expect(sourceTitles(p)).toContain(
      'Principles for Selecting, Developing, Modifying, and Adapting Patient-Reported Outcome Instruments for Use in Medical Device Evaluation',
    );
  });

  it('a US medicine shows neither device guidance', () => {
    const p = plan(us({ 'product-type': 'medicine', 'development-stage': 'confirmatory' }));
    expect(p.referencesHere).not.toContain('fda-device-patient-engagement-2022');
    expect(p.referencesHere).not.toContain('fda-device-pro-instruments-2022');
    expect(why(p, 'td-protocol-review')).not.toMatch(/medical device clinical studies/);
  });
});
