/**
 * A source is cited only where it binds (final regulatory re-check of #12). The RACE for Children
 * Act concerns cancer medicines, orphan or not; the UK clinical trials regulations govern trials
 * of medicines only; the EU MDR does not govern in vitro diagnostic tests, which the IVDR does;
 * FDA's device human factors guidance is for devices, and a medicine with an injector follows the
 * combination-product guidance. Each test reads what a user reads (the point's "why it matters",
 * the region notes, the sources the plan shows), with the expected words written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { planRegions } from '../../src/domain/plan/regions';
import { planTexts } from '../../src/domain/plan/planText';
import type { Plan } from '../../src/domain/plan/types';
import type { Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

const PURPOSES = [
  'unmet-need',
  'endpoints',
  'protocol-feasibility',
  'benefit-risk',
  'regulatory-submission',
  'labelling',
];

const programme = (answers: Answers): Answers => ({
  'planner-type': 'industry',
  funder: 'industry',
  'study-type': 'randomised-trial',
  'rare-disease': 'no',
  populations: ['carers'],
  'development-stage': 'confirmatory',
  'ped-purposes': PURPOSES,
  ...answers,
});

const plan = (answers: Answers): Plan => buildPlan(content, { answers: programme(answers) });

function why(p: Plan, id: string): string {
  const point = p.phases.flatMap((ph) => ph.items).find((i) => i.id === id)?.point;
  if (!point) throw new Error(`the plan has no recommended point "${id}"`);
  return point.whyItMatters;
}

const regionText = (p: Plan, id: string) => (planRegions(content, p).find((r) => r.id === id)?.notes ?? []).join(' ');

describe('the RACE for Children Act is stated for cancer medicines, orphan or not', () => {
  const children = { populations: ['children', 'adolescents', 'carers'], 'development-stage': 'early-clinical' };

  it('a US cancer medicine without orphan designation: the plan names the molecularly targeted investigation', () => {
    const p = plan({
      regions: ['us'],
      'product-type': 'medicine',
      'therapeutic-area': 'oncology',
      'product-designations': ['new-active-substance'],
      ...children,
    });
    const text = why(p, 'ec-paediatric-plan');
    expect(text).toContain('section 505B(a)(3)');
    expect(text).toMatch(/molecularly targeted pediatric cancer investigation/);
    expect(text).toMatch(/whether or not it has orphan designation/);
    expect(p.referencesHere).toContain('fda-fdara-molecular-targets-2021');
  });

  it('a US orphan cancer medicine: PREA does not apply to the orphan indication, but the RACE duty does', () => {
    const p = plan({
      regions: ['us'],
      'product-type': 'medicine',
      'therapeutic-area': 'oncology',
      'product-designations': ['orphan'],
      ...children,
    });
    const text = why(p, 'ec-paediatric-plan');
    expect(text).toMatch(/does not apply to an indication with orphan designation/);
    expect(text).toContain('18 August 2020');
    expect(p.referencesHere).toContain('fda-fdara-molecular-targets-2021');
  });

  it('a US orphan medicine outside cancer: no RACE duty and no FDARA oncology guidance', () => {
    const p = plan({
      regions: ['us'],
      'product-type': 'medicine',
      'therapeutic-area': 'immunology',
      'product-designations': ['orphan'],
      ...children,
    });
    const text = why(p, 'ec-paediatric-plan');
    expect(text).toMatch(/does not apply to an indication with orphan designation/);
    expect(text).not.toMatch(/RACE|molecular target|18 August 2020/);
    expect(p.referencesHere).not.toContain('fda-fdara-molecular-targets-2021');
  });
});

describe('the UK clinical trials regulations are cited only for trials of medicines', () => {
  const ukCapacity = (answers: Answers) =>
    plan({
      regions: ['uk'],
      populations: ['cognitive-impairment', 'carers'],
      'therapeutic-area': 'neurology',
      ...answers,
    });

  it('a UK medicine trial with adults who may lack capacity cites SI 2004/1031', () => {
    const p = ukCapacity({ 'product-type': 'medicine' });
    expect(p.referencesHere).toContain('uk-ct-regulations-2004');
    expect(regionText(p, 'uk')).toContain('Medicines for Human Use (Clinical Trials) Regulations 2004');
  });

  it('an observational study of a medicine does not', () => {
    const p = ukCapacity({ 'product-type': 'medicine', 'study-type': 'observational' });
    expect(p.referencesHere).not.toContain('uk-ct-regulations-2004');
    expect(regionText(p, 'uk')).not.toContain('Clinical Trials) Regulations 2004');
    expect(regionText(p, 'uk')).toContain('Mental Capacity Act 2005');
  });

  it('a device investigation does not', () => {
    const p = ukCapacity({ 'product-type': 'device' });
    expect(p.referencesHere).not.toContain('uk-ct-regulations-2004');
    expect(regionText(p, 'uk')).not.toContain('Clinical Trials) Regulations 2004');
  });

  it('UK capacity notes name the Northern Ireland Act as well', () => {
    const p = ukCapacity({ 'product-type': 'medicine' });
    const considerations = p.considerations.flatMap((c) => c.consideration.actions).join(' ');
    expect(considerations).toContain('Mental Capacity Act (Northern Ireland) 2016');
  });
});

describe('an EU diagnostic test follows the IVDR, not the MDR', () => {
  const eu = (productType: string, answers: Answers = {}) =>
    plan({
      regions: ['eu'],
      'product-type': productType,
      'device-eu-class': productType === 'diagnostic' ? 'ivd-c' : 'class-iii',
      'therapeutic-area': 'cardiovascular',
      'home-use': 'yes',
      ...answers,
    });

  it('the plan does not cite the MDR for a diagnostic, and cites the IVDR', () => {
    const p = eu('diagnostic');
    expect(p.referencesHere).not.toContain('eu-mdr-2017-745');
    expect(p.referencesHere).toContain('eu-ivdr-2017-746');
  });

  it('the instructions point names IVDR article 29, not the MDR', () => {
    const text = why(eu('diagnostic'), 'reg-labelling');
    expect(text).toContain('Regulation (EU) 2017/746');
    expect(text).toContain('Article 29');
    expect(text).not.toMatch(/2017\/745|\bMDR\b/);
  });

  it('the side-effect reporting point names the IVDR vigilance articles', () => {
    const text = why(eu('diagnostic', { 'development-stage': 'marketed' }), 'ps-safety-reporting-plan');
    expect(text).toContain('Regulation (EU) 2017/746, Articles 82 to 87');
    expect(text).not.toContain('2017/745');
  });

  it('the patient materials point names IVDR article 7 on misleading claims', () => {
    const text = why(eu('diagnostic', { 'development-stage': 'marketed' }), 'la-patient-materials');
    expect(text).toMatch(/IVDR \(Regulation \(EU\) 2017\/746, Article 7\)[^.]*mislead/);
    expect(text).not.toContain('2017/745');
  });

  it('a class III device still cites the MDR in the same places', () => {
    const p = eu('device');
    expect(p.referencesHere).toContain('eu-mdr-2017-745');
    expect(why(p, 'reg-labelling')).toContain('Regulation (EU) 2017/745');
    expect(why(eu('device', { 'development-stage': 'marketed' }), 'ps-safety-reporting-plan')).toContain(
      'Regulation (EU) 2017/745, Articles 87 to 92',
    );
  });
});

describe("FDA's device human factors guidance is cited for devices only", () => {
  it('a US medicine plan does not cite it, and its leaflet point cites the combination-product guidance', () => {
    const p = plan({ regions: ['us'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' });
    expect(p.referencesHere).not.toContain('fda-human-factors');
    expect(p.referencesHere).toContain('fda-hf-combination-products-2023');
    expect(why(p, 'reg-labelling')).toMatch(/combination products/);
  });

  it('a US device plan cites it', () => {
    const p = plan({ regions: ['us'], 'product-type': 'device', 'therapeutic-area': 'cardiovascular' });
    expect(p.referencesHere).toContain('fda-human-factors');
    expect(p.referencesHere).not.toContain('fda-hf-combination-products-2023');
  });

  it('an EU device plan says why usability testing matters without naming FDA', () => {
    const p = plan({ regions: ['eu'], 'product-type': 'device', 'device-eu-class': 'class-iia' });
    const reasons = p.phases
      .flatMap((ph) => ph.items)
      .filter((i) => i.id === 'pre-human-factors')
      .flatMap((i) => i.reasons.map((r) => r.text));
    expect(reasons.join(' ')).toMatch(/IEC 62366-1/);
    expect(reasons.join(' ')).not.toMatch(/FDA/);
  });
});

describe('an adult cancer medicine in the US is told to ask about the RACE for Children Act', () => {
  it('the scientific advice point says to ask FDA early, though no studies in children are planned', () => {
    const p = plan({ regions: ['us'], 'product-type': 'medicine', 'therapeutic-area': 'oncology' });
    const text = why(p, 'reg-scientific-advice');
    expect(text).toMatch(/Ask FDA early whether the RACE for Children Act applies/);
    expect(text).toContain('505B(a)(3)');
    expect(p.referencesHere).toContain('fda-fdara-molecular-targets-2021');
  });

  it('an adult immunology medicine is not', () => {
    const p = plan({ regions: ['us'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' });
    expect(why(p, 'reg-scientific-advice')).not.toMatch(/RACE/);
    expect(p.referencesHere).not.toContain('fda-fdara-molecular-targets-2021');
  });
});

describe('the device advice routes are named for the regions that have them', () => {
  const device = (regions: string[], productType = 'device') =>
    why(
      plan({
        regions,
        'product-type': productType,
        'device-eu-class': productType === 'diagnostic' ? 'ivd-d' : 'class-iii',
      }),
      'reg-scientific-advice',
    );

  it('a US-only device plan names the Q-Submission program and no EU route', () => {
    const text = device(['us']);
    expect(text).toContain('Q-Submission program');
    expect(text).not.toMatch(/In the EU|MDR|IVDR/);
  });

  it('an EU device plan names the expert panel route of MDR article 61(2)', () => {
    const text = device(['eu']);
    expect(text).toContain('MDR article 61(2)');
    expect(text).not.toMatch(/Q-Submission|IVDR/);
  });

  it('an EU class D test names the IVDR expert panel views, not the MDR route', () => {
    const text = device(['eu'], 'diagnostic');
    expect(text).toContain('(Article 48(6))');
    expect(text).not.toContain('MDR article 61(2)');
  });
});

describe('the leaflet test speaks of US labelling only when the plan covers the US', () => {
  const point = (p: Plan) => p.phases.flatMap((ph) => ph.items).find((i) => i.id === 'reg-labelling')?.point;

  it('an EU-only medicine plan names the package leaflet and nothing American', () => {
    const p = plan({ regions: ['eu'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' });
    const text = `${point(p)?.decision ?? ''} ${why(p, 'reg-labelling')}`;
    expect(text).toContain('package leaflet');
    expect(text).toContain('Article 59(3)');
    expect(text).not.toMatch(/In the US|Medication Guide|FDA/);
    expect(p.referencesHere).not.toContain('fda-hf-combination-products-2023');
  });

  it('an EU and US medicine plan adds the Medication Guide and human factors validation', () => {
    const p = plan({ regions: ['eu', 'us'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' });
    const text = why(p, 'reg-labelling');
    expect(text).toContain('Article 59(3)');
    expect(text).toMatch(/In the US, the same test serves the Medication Guide/);
    expect(text).toMatch(/human\s+factors validation/);
  });
});

describe("FDA's natural history guidance is for drug development", () => {
  const rare = { 'rare-disease': 'yes', 'development-stage': 'discovery', regions: ['us'] };

  it('a US rare-disease medicine plan cites it', () => {
    const p = plan({ ...rare, 'product-type': 'medicine' });
    expect(p.referencesHere).toContain('fda-natural-history-rare');
  });

  it('a US rare-disease device plan does not', () => {
    const p = plan({ ...rare, 'product-type': 'device' });
    expect(p.referencesHere).not.toContain('fda-natural-history-rare');
  });
});

describe('HAS patient contributions: the 2016 procedure for medicines and devices, the 2024 page for medicines', () => {
  const has = (p: Plan) => planRegions(content, p).find((r) => r.id === 'eu')?.references ?? [];

  it('an EU medicine plan lists both HAS pages', () => {
    const refs = has(plan({ regions: ['eu'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' }));
    expect(refs).toEqual(expect.arrayContaining(['has-patient-contributions', 'has-contribute-medicines-2024']));
  });

  it('an EU device plan lists the procedure but not the page for medicines', () => {
    const refs = has(plan({ regions: ['eu'], 'product-type': 'device', 'device-eu-class': 'class-iii' }));
    expect(refs).toContain('has-patient-contributions');
    expect(refs).not.toContain('has-contribute-medicines-2024');
  });

  it('each page carries the address of the document its title names', () => {
    const byId = new Map(content.references.map((r) => [r.id, r]));
    expect(byId.get('has-patient-contributions')?.url).toContain('c_2722621');
    expect(byId.get('has-patient-contributions')?.year).toBe(2016);
    expect(byId.get('has-contribute-medicines-2024')?.url).toContain('p_3114053');
    expect(byId.get('has-contribute-medicines-2024')?.year).toBe(2024);
  });
});

describe('the status of final guidance on diversity action plans is hedged, not asserted', () => {
  it('every text on the 180-day start sends the reader to FDA’s guidance database', () => {
    const p = plan({ regions: ['us'], 'product-type': 'medicine', 'therapeutic-area': 'immunology' });
    const texts = [...planTexts(p, content).map((t) => t.text), regionText(p, 'us')].filter((t) =>
      /180 days after FDA/.test(t),
    );
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) {
      expect(t).not.toMatch(/has not been issued|only a 2024 draft exists|only the June 2024 draft exists/);
      expect(t).toMatch(/guidance database/);
    }
  });
});

describe('the device JCA implementing regulation is cited only for a device that can be selected', () => {
  const eu = { regions: ['eu'], 'product-type': 'device', 'hta-bodies': ['eu-jca'], 'eu-filing-date': '2027-06-01' };

  it('a class III device with an expert panel opinion cites Implementing Regulation (EU) 2025/2086', () => {
    const p = plan({ ...eu, 'device-eu-class': 'class-iii', 'device-eu-panel': 'yes' });
    expect(p.referencesHere).toContain('ec-jca-devices-2025-2086');
  });

  it('a class IIa device, which cannot be selected, does not', () => {
    const p = plan({ ...eu, 'device-eu-class': 'class-iia', 'device-eu-panel': 'no' });
    expect(p.referencesHere).not.toContain('ec-jca-devices-2025-2086');
    expect(regionText(p, 'eu')).not.toContain('2025/2086');
  });
});
