/** Issue 12: the new engagement points appear only in the plans they belong to, and weak entries say how long. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { PARADIGM_DOMAINS } from '../../src/domain/content/schema';
import { realContent } from './realContent';

const content = realContent();
const idsFor = (answers: Record<string, string | string[]>) =>
  new Set(
    buildPlan(content, { answers: { 'development-stage': 'idea', ...answers } }).phases.flatMap((p) =>
      p.items.map((i) => i.id),
    ),
  );

const cases: { point: string; in: Record<string, string | string[]>; out: Record<string, string | string[]> }[] = [
  {
    point: 'ec-dose-tolerability',
    in: { 'product-type': 'medicine', 'therapeutic-area': 'oncology' },
    out: { 'product-type': 'medicine', 'therapeutic-area': 'neurology' },
  },
  { point: 'reg-usability-validation', in: { 'product-type': 'device' }, out: { 'product-type': 'medicine' } },
  { point: 'la-vaccine-confidence', in: { 'product-type': 'vaccine' }, out: { 'product-type': 'medicine' } },
  {
    point: 'pre-digital-evidence-standards',
    in: { 'product-type': 'digital-therapeutic', regions: ['uk'] },
    out: { 'product-type': 'digital-therapeutic', regions: ['us'] },
  },
  {
    point: 'ec-paediatric-plan',
    in: { 'product-type': 'medicine', populations: ['children'] },
    out: { 'product-type': 'medicine', populations: ['older-adults'] },
  },
  { point: 'ps-mental-health-peer-roles', in: { populations: ['mental-health'] }, out: { populations: ['none'] } },
  {
    point: 'ps-dementia-process-consent',
    in: { populations: ['cognitive-impairment'] },
    out: { populations: ['none'] },
  },
  { point: 'td-older-adults-frailty', in: { populations: ['older-adults'] }, out: { populations: ['children'] } },
  {
    point: 'tc-decentralised-elements',
    in: { 'study-type': 'randomised-trial', decentralised: ['telehealth'] },
    out: { 'study-type': 'randomised-trial', decentralised: ['none'] },
  },
  {
    point: 'pm-registry-governance',
    in: { 'rare-disease': 'yes' },
    out: { 'rare-disease': 'no', 'registry-status': 'none' },
  },
  { point: 'la-materials-compliance', in: { 'product-type': 'medicine' }, out: { 'product-type': 'device' } },
  { point: 'ps-safety-reporting-plan', in: { 'product-type': 'device' }, out: { 'product-type': 'non-product' } },
];

describe('new engagement points appear only where they apply', () => {
  it.each(cases)('$point', ({ point, in: yes, out: no }) => {
    expect(idsFor(yes).has(point), 'present').toBe(true);
    expect(idsFor(no).has(point), 'absent').toBe(false);
  });

  it('drops the COMET search once the programme already has a core outcome set', () => {
    expect(idsFor({ 'existing-evidence': ['none'] }).has('disc-core-outcome-set-check')).toBe(true);
    expect(idsFor({ 'existing-evidence': ['core-outcome-set'] }).has('disc-core-outcome-set-check')).toBe(false);
  });

  it('keeps US-only wording out of an EU plan for the decentralised elements', () => {
    const plan = buildPlan(content, {
      answers: { regions: ['eu'], 'study-type': 'randomised-trial', decentralised: ['home-visits'] },
    });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'tc-decentralised-elements')!;
    expect(item.point!.whyItMatters).toMatch(/recommendation paper on decentralised elements/);
    expect(item.point!.whyItMatters).not.toMatch(/FDA/);
    expect(item.references).not.toContain('fda-dct-guidance-2024');
  });
});

describe('the ten weakest entries say who, how many, how long, the output and the evaluation', () => {
  const weak = [
    'ps-research-priorities',
    'pm-ongoing-listening',
    'diss-community',
    'la-community-readiness',
    'hta-committee',
    'td-dmc',
    'ec-tolerability-pro',
    'diss-impact-evaluation',
    'la-patient-materials',
  ];
  it.each(weak)('%s', (id) => {
    const p = content.points.find((x) => x.id === id)!;
    expect(p.decision.length).toBeGreaterThan(40);
    expect(p.schedule, 'how long').toMatch(/\d/);
    expect(p.patientTime.people).toBeGreaterThan(0);
    expect(p.outputs.length).toBeGreaterThanOrEqual(2);
    expect(p.evaluation).toMatch(/share|number|rate|whether/i);
    expect(PARADIGM_DOMAINS).toContain(p.evaluationDomain);
  });

  it.each(['delphi', 'participant-feedback', 'journey-mapping', 'citizens-jury'])('method %s', (id) => {
    const m = content.methods.find((x) => x.id === id)!;
    expect(m.decision).toBeTruthy();
    expect(m.participants).toMatch(/\d/);
    expect(m.schedule).toMatch(/\d/);
    expect(m.output).toBeTruthy();
    expect(m.evaluation).toBeTruthy();
  });

  it('asks the Delphi method to search the COMET database first', () => {
    expect(content.methods.find((x) => x.id === 'delphi')!.decision).toMatch(/COMET database/);
  });
});

describe('knowledge base v2 counts', () => {
  it('has at least 65 points and 32 methods, each point with a PARADIGM component', () => {
    expect(content.points.length).toBeGreaterThanOrEqual(65);
    expect(content.methods.length).toBeGreaterThanOrEqual(32);
    for (const p of content.points) expect(PARADIGM_DOMAINS, p.id).toContain(p.evaluationDomain);
  });
});
