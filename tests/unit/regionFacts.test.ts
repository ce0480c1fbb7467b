/**
 * What the region notes say after the regulatory re-check of the knowledge base (#12): each fact
 * appears in the plans it concerns and in no other. The sentences are read as the region panel and
 * the PDF show them (planRegions), and the expected words are written by hand from the sources.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { planRegions } from '../../src/domain/plan/regions';
import type { Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

function region(answers: Answers, id: string) {
  const plan = buildPlan(content, { answers: { 'planner-type': 'industry', ...answers } });
  const r = planRegions(content, plan).find((x) => x.id === id);
  return { text: (r?.notes ?? []).join(' '), references: r?.references ?? [], plan };
}

const euMedicine: Answers = {
  regions: ['eu'],
  'product-type': 'medicine',
  'study-type': 'randomised-trial',
  'therapeutic-area': 'oncology',
  'product-designations': ['new-active-substance'],
  'ped-purposes': ['hta-access'],
};

describe('EU notes', () => {
  it('a medicine plan names IQWiG version 8.0, the HAS route and the JCA conflict-of-interest rules', () => {
    const { text, references } = region(euMedicine, 'eu');
    expect(text).toContain("IQWiG's General Methods (version 8.0, December 2025)");
    expect(text).toContain('HAS asks any patient or user association to send a written contribution');
    expect(text).toContain('Implementing Regulation (EU) 2024/2745 sets the conflict-of-interest rules');
    expect(text).toContain('will replace Directive 2001/83/EC after a transition period');
    expect(references).toEqual(expect.arrayContaining(['iqwig-general-methods-2025', 'has-patient-contributions']));
    expect(text).not.toContain('IVDR');
  });

  it('a diagnostic test gets the IVDR summary of safety and performance; a medicine plan does not', () => {
    const { text } = region(
      { regions: ['eu'], 'product-type': 'diagnostic', 'device-eu-class': 'ivd-c', 'study-type': 'observational' },
      'eu',
    );
    expect(text).toContain('Diagnostic tests follow the IVDR (Regulation (EU) 2017/746)');
    expect(text).toContain('(Article 29)');
    expect(text).not.toContain('Directive 2001/83/EC');
  });

  it('the lay summary of the Clinical Trials Regulation is not stated for an observational study', () => {
    const trial = region(euMedicine, 'eu').text;
    expect(trial).toContain('The Clinical Trials Regulation (EU) No 536/2014 requires a lay summary');
    const registry = region({ ...euMedicine, 'study-type': 'observational' }, 'eu').text;
    expect(registry).not.toContain('requires a lay summary');
    expect(registry).not.toMatch(/^The Regulation also/m);
  });
});

describe('UK notes', () => {
  const ukCapacity: Answers = {
    regions: ['uk'],
    'product-type': 'medicine',
    'study-type': 'randomised-trial',
    populations: ['cognitive-impairment'],
  };
  it('capacity: trials of medicines follow the Clinical Trials Regulations 2004, and Northern Ireland is named', () => {
    const { text, references } = region(ukCapacity, 'uk');
    expect(text).toContain(
      'in trials of medicines, the Medicines for Human Use (Clinical Trials) Regulations 2004 (Schedule 1, Part 5)',
    );
    expect(text).toContain('Mental Capacity Act (Northern Ireland) 2016');
    expect(references).toEqual(expect.arrayContaining(['uk-ct-regulations-2004', 'ni-mental-capacity-act-2016']));
  });

  it('a device is evaluated under the HealthTech manual, not the technology appraisal manual', () => {
    const device = region({ regions: ['uk'], 'product-type': 'device', 'ped-purposes': ['hta-access'] }, 'uk');
    expect(device.text).toContain('HealthTech programme manual (PMG48, July 2025)');
    expect(device.plan.referencesHere).toContain('nice-healthtech-manual-2025');
    expect(device.plan.referencesHere).not.toContain('nice-methods-manual');
    const medicine = region({ regions: ['uk'], 'product-type': 'medicine', 'ped-purposes': ['hta-access'] }, 'uk');
    expect(medicine.plan.referencesHere).toContain('nice-methods-manual');
    expect(medicine.plan.referencesHere).not.toContain('nice-healthtech-manual-2025');
  });

  it('the MHRA strategy is described as run its course, with the 2025 assessment of progress', () => {
    const { text, references } = region({ regions: ['uk'], 'product-type': 'medicine' }, 'uk');
    expect(text).toContain('has run its course');
    expect(references).toContain('mhra-pis-progress-2025');
  });
});

describe('EU joint scientific consultations', () => {
  it('a medicine plan names the medicines regulation; a device a panel reviews names the devices one', () => {
    const medicine = region(euMedicine, 'eu').text;
    expect(medicine).toContain('Implementing Regulation (EU) 2024/3169 sets the procedure for medicines');
    expect(medicine).not.toContain('2025/117');
    const device = region(
      {
        regions: ['eu'],
        'product-type': 'device',
        'device-eu-class': 'class-iii',
        'device-eu-panel': 'yes',
        'ped-purposes': ['hta-access'],
      },
      'eu',
    ).text;
    expect(device).toContain('Implementing Regulation (EU) 2025/117 sets the procedure for devices and diagnostics');
  });
});
