/**
 * The three programmes of review findings-11, entered as the reviewer answered them: a Canadian
 * academic physiotherapy trial, a US phase 2 biologic for teenagers and adults, and an EU class IIb
 * home-use wearable. Text from another context (a placebo in a physiotherapy trial, a medicine box
 * for a device, UK benefits in Canada) must appear nowhere in the plan: not in a point, its reasons or
 * methods notes, not in a consideration, not in a phase introduction, and not in the partner text.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { planTexts } from '../../src/domain/plan/planText';
import { termPattern } from '../../src/domain/content/vocabularyLint';
import { NOT_SURE, type Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

const CANADA_PHYSIO: Answers = {
  'planner-type': 'academic',
  funder: 'cihr-spor',
  'programme-summary': 'A pragmatic trial of physiotherapy-led exercise against usual care in Ontario and Quebec.',
  'product-type': 'non-product',
  'study-type': 'pragmatic-trial',
  'therapeutic-area': 'other',
  'therapeutic-area-detail': 'Chronic low back pain',
  'rare-disease': 'no',
  populations: ['older-adults', 'underserved'],
  'development-stage': 'confirmatory',
  regions: ['ca'],
  languages: ['english', 'french'],
  'ped-purposes': ['endpoints', 'protocol-feasibility', 'recruitment-retention'],
  'existing-evidence': ['core-outcome-set', 'involvement-panel'],
  'ped-types': ['pro', 'qualitative', 'participant-feedback'],
  'coa-status': 'established',
  'digital-measures': 'no',
  stakeholders: ['patients', 'patient-orgs', 'clinicians', 'site-staff', 'researchers'],
  'existing-partnerships': 'yes',
  'team-experience': 3,
  'engagement-level': 'collaborate',
  modes: ['hybrid'],
  decentralised: ['none'],
  'payment-policy': 'fair-payment',
  'accessibility-needs': ['mobility', 'fatigue'],
  budget: 'modest',
  timeline: '1-to-3-years',
  'phases-in-scope': ['trial-design', 'trial-conduct', 'dissemination'],
  'key-milestone-date': '2027-04-01',
};

const US_BIOLOGIC: Answers = {
  'planner-type': 'industry',
  funder: 'industry',
  'programme-summary': 'Phase 2 trial of an injectable biologic for moderate-to-severe atopic dermatitis.',
  'product-type': 'medicine',
  'study-type': 'randomised-trial',
  'therapeutic-area': 'immunology',
  'therapeutic-area-detail': 'Atopic dermatitis',
  'rare-disease': 'no',
  'product-designations': ['new-active-substance'],
  populations: ['adolescents', 'carers', 'underserved'],
  'assent-plan': 'standard-forms',
  'ypag-access': NOT_SURE,
  'obsro-need': 'no',
  'paediatric-age-bands': ['adolescents-12-17'],
  'development-stage': 'early-clinical',
  'fih-population': 'healthy-volunteers',
  regions: ['us'],
  'us-filing-date': '2029-06-30',
  languages: ['english', 'spanish'],
  'ped-purposes': ['unmet-need', 'endpoints', 'protocol-feasibility', 'recruitment-retention', 'regulatory-submission'],
  'existing-evidence': ['core-outcome-set', 'voice-of-patient'],
  'ped-types': ['pro', 'obsro', 'clinro', 'qualitative', 'participant-feedback'],
  'coa-status': 'established',
  'digital-measures': 'yes',
  stakeholders: [
    'patients',
    'carers',
    'patient-orgs',
    'young-people',
    'clinicians',
    'site-staff',
    'sponsor',
    'regulators',
  ],
  'existing-partnerships': 'no',
  'team-experience': 2,
  'engagement-level': 'involve',
  modes: ['remote'],
  decentralised: ['telehealth', 'econsent'],
  'payment-policy': 'fair-payment',
  'accessibility-needs': NOT_SURE,
  budget: 'substantial',
  timeline: 'over-3-years',
  'phases-in-scope': NOT_SURE,
  'key-milestone-date': '2027-03-01',
};

const EU_WEARABLE: Answers = {
  'planner-type': 'industry',
  funder: 'industry',
  'programme-summary':
    'A class IIb wearable patch that monitors heart failure at home, used by older people and carers.',
  'product-type': 'device',
  'study-type': 'single-arm',
  'device-risk-class': 'moderate',
  'device-eu-class': 'class-iib',
  'device-us-pathway': 'not-us',
  'home-use': 'yes',
  'human-factors-status': 'formative',
  'therapeutic-area': 'cardiometabolic',
  'therapeutic-area-detail': 'Heart failure',
  'rare-disease': 'no',
  populations: ['older-adults', 'cognitive-impairment', 'carers'],
  'obsro-need': 'partly',
  capacity: 'retain',
  'study-partner': NOT_SURE,
  'development-stage': 'confirmatory',
  regions: ['eu'],
  'eu-filing-date': '2027-09-01',
  languages: ['german', 'french', 'dutch'],
  'ped-purposes': [
    'unmet-need',
    'endpoints',
    'protocol-feasibility',
    'recruitment-retention',
    'regulatory-submission',
    'labelling',
    'post-marketing',
  ],
  'existing-evidence': NOT_SURE,
  'ped-types': ['pro', 'dht', 'qualitative', 'participant-feedback'],
  'coa-status': 'established',
  'digital-measures': 'yes',
  stakeholders: ['patients', 'carers', 'patient-orgs', 'clinicians', 'site-staff', 'sponsor'],
  'existing-partnerships': 'no',
  'team-experience': 2,
  'engagement-level': 'consult',
  modes: ['hybrid'],
  decentralised: ['wearables', 'direct-to-patient', 'telehealth'],
  'payment-policy': 'undecided',
  'accessibility-needs': ['sensory', 'digital-access', 'mobility', 'fatigue'],
  budget: NOT_SURE,
  timeline: '1-to-3-years',
  'phases-in-scope': NOT_SURE,
  'key-milestone-date': '2027-02-15',
};

/** Words of a medicine trial with a placebo arm or a rescue medicine. */
const MEDICINE_TRIAL = ['placebo', 'dummy treatment', 'rescue medication', 'open-label extension', 'study drug'];
/** The EU Clinical Trials Regulation's lay-summary mechanism, for medicine trials with EU sites. */
const EU_CTR = ['EU portal', 'Annex V', 'EU lay summary', 'EU sites', 'Clinical Trials Regulation'];
/** UK-only mechanisms. */
const UK_ONLY = ['NIHR requires', 'Universal Credit', 'DBS', 'UK regulator', 'in England'];
/** The EU medicines route (committees, pharmacovigilance modules, the medicines directive). */
const EU_MEDICINE = ['Scientific Advice Working Party', 'SAWP', 'CHMP', 'PRAC', 'GVP Module', 'Directive 2001/83'];

interface Fixture {
  id: string;
  answers: Answers;
  forbidden: string[];
  /** Words a reader of this programme's plan must find (its own mechanisms). */
  expected: string[];
}

const FIXTURES: Fixture[] = [
  {
    id: 'Canadian academic physiotherapy trial (CIHR SPOR)',
    answers: CANADA_PHYSIO,
    forbidden: [
      ...MEDICINE_TRIAL,
      ...EU_CTR,
      ...UK_ONLY,
      ...EU_MEDICINE,
      'PCORI compensation framework',
      'the product',
      'label claim',
      'costs a claim',
      'label or HTA claims',
      'ties to the company',
      'Phase 1 studies',
      'survival gain',
      'medicine box',
    ],
    expected: ['SPOR SUPPORT Unit', 'TCPS2', 'French'],
  },
  {
    id: 'US phase 2 biologic for teenagers and adults',
    answers: US_BIOLOGIC,
    forbidden: [...EU_CTR, ...UK_ONLY, ...EU_MEDICINE, 'SUPPORT Unit', 'TCPS2', 'Phase 1 studies'],
    expected: ['PCORI compensation framework'],
  },
  {
    id: 'EU class IIb home-use heart-failure wearable',
    answers: EU_WEARABLE,
    forbidden: [
      ...MEDICINE_TRIAL,
      ...EU_CTR,
      ...UK_ONLY,
      ...EU_MEDICINE,
      'EMA scientific advice',
      'protocol assistance',
      'pre-IND',
      'medicine box',
      'miss a dose',
      'medicine regulators',
      'medicines regulator',
      'body that approves medicines',
      'PCORI compensation framework',
      'SUPPORT Unit',
    ],
    expected: ['EUPATI', 'instructions'],
  },
];

describe.each(FIXTURES.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  const plan = buildPlan(content, { answers: fixture.answers });
  const items = plan.phases.flatMap((p) => p.items);
  // planTexts covers points, reasons, method notes, considerations and what was left out (and phase
  // introductions once they resolve by context); the partner text is each point's, phase's and
  // consideration's plain wording.
  const partner = [
    ...items.map((i) => ({ where: `partner text of "${i.id}"`, text: i.point?.plain ?? '' })),
    ...plan.considerations.map((c) => ({
      where: `partner text of consideration "${c.consideration.id}"`,
      text: c.consideration.plain,
    })),
  ];
  const texts = [...planTexts(plan, content), ...partner];

  it('is a plan with points in it', () => {
    expect(items.length).toBeGreaterThan(5);
  });

  it.each(fixture.forbidden.map((w) => [w]))('never says "%s"', (word) => {
    const pattern = termPattern(word);
    const hits = texts.filter((t) => pattern.test(t.text)).map((t) => `${t.where}: ${t.text}`);
    expect(hits).toEqual([]);
  });

  it.each(fixture.expected.map((w) => [w]))('says "%s"', (word) => {
    const pattern = termPattern(word);
    expect(texts.some((t) => pattern.test(t.text))).toBe(true);
  });
});

describe('wording fitted to the product', () => {
  it('gives a device plan device wording for the instructions test, on screen and for partners', () => {
    const item = buildPlan(content, { answers: EU_WEARABLE })
      .phases.flatMap((p) => p.items)
      .find((i) => i.id === 'reg-labelling');
    expect(item?.title).toBe('User testing of the instructions for use and patient information');
    expect(item?.point?.plain).toMatch(/instructions that come with the device/);
  });

  it('asks a physiotherapy trial about visits and home tasks, not a placebo', () => {
    const item = buildPlan(content, { answers: CANADA_PHYSIO })
      .phases.flatMap((p) => p.items)
      .find((i) => i.id === 'td-protocol-review');
    expect(item?.point?.plain).toMatch(/Are the visits and tasks at home fair to ask\?/);
    expect(item?.decision).toMatch(/what any comparison group receives/);
  });

  it('still asks a randomised medicine trial about the placebo', () => {
    const answers = { ...US_BIOLOGIC, 'development-stage': 'confirmatory', 'phases-in-scope': ['trial-design'] };
    const item = buildPlan(content, { answers })
      .phases.flatMap((p) => p.items)
      .find((i) => i.id === 'td-protocol-review');
    expect(item?.point?.plain).toMatch(/Is a placebo, a dummy treatment, acceptable here\?/);
  });
});

describe('the languages question', () => {
  it('offers Dutch', () => {
    const languages = content.questions.find((q) => q.id === 'languages');
    expect(languages?.type).toBe('multi');
    expect(languages?.options?.map((o) => o.label)).toContain('Dutch');
  });
});
