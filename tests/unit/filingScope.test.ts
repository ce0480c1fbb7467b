/**
 * EU joint clinical assessment goes by product type and expected EU filing date (Regulation (EU)
 * 2021/2282, article 7): the plan says in words whether this product is in, joins later, or is
 * outside it. Expected sentences are written out by hand from the regulation's dates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { planRegions } from '../../src/domain/plan/regions';
import { NOT_SURE, type Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

const base: Answers = { 'planner-type': 'industry', regions: ['eu'], 'ped-purposes': ['hta-access'] };

function euNotes(answers: Answers): string[] {
  const plan = buildPlan(content, { answers: { ...base, ...answers } });
  return planRegions(content, plan).find((r) => r.id === 'eu')?.notes ?? [];
}

function jcaNote(answers: Answers): string | undefined {
  return euNotes(answers).find((n) => n.startsWith('EU joint clinical assessment'));
}

function scopingReasons(answers: Answers): string {
  const plan = buildPlan(content, { answers: { ...base, ...answers } });
  const scoping = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'hta-scoping');
  return (scoping?.reasons ?? []).map((r) => r.text).join(' ');
}

/** Whether the HTA scoping point gives the joint clinical assessment as a reason, as its detail panel shows. */
function scopingForJca(answers: Answers): boolean {
  return /(falls within|can select this device for) EU joint clinical assessment/.test(scopingReasons(answers));
}

describe('EU joint clinical assessment by filing date', () => {
  it('an orphan medicine filed in June 2027 joins later, and the plan says when', () => {
    const answers: Answers = {
      'product-type': 'medicine',
      'product-designations': ['orphan'],
      'eu-filing-date': '2027-06-01',
    };
    expect(jcaNote(answers)).toBe(
      'EU joint clinical assessment: your expected EU filing date (1 June 2027) comes before medicines with an orphan designation join it on 13 January 2028, so the plan leaves it out. If filing moves to 13 January 2028 or later, it applies: change the date and the plan adds the scoping input.',
    );
    expect(scopingForJca(answers)).toBe(false);
  });

  it('the same medicine filed in June 2028 is in scope, with the scoping point', () => {
    const answers: Answers = {
      'product-type': 'medicine',
      'product-designations': ['orphan'],
      'eu-filing-date': '2028-06-01',
    };
    expect(jcaNote(answers)).toMatch(
      /^EU joint clinical assessment: your expected EU filing date \(1 June 2028\) is within it, because from 13 January 2028 it covers medicines with an orphan designation\./,
    );
    expect(scopingForJca(answers)).toBe(true);
  });

  it('a cancer medicine with a new active substance is in scope since January 2025, with or without a date', () => {
    const cancer: Answers = {
      'product-type': 'medicine',
      'therapeutic-area': 'oncology',
      'product-designations': ['new-active-substance'],
    };
    expect(jcaNote(cancer)).toBe(
      'EU joint clinical assessment: since 12 January 2025 it covers medicines with a new active substance for cancer, so the plan assumes it applies. Add your expected EU filing date to confirm it.',
    );
    expect(scopingForJca(cancer)).toBe(true);
  });

  it('a new use of a cancer medicine never assessed is outside it (error 5 of the knowledge review)', () => {
    const answers: Answers = {
      'product-type': 'medicine',
      'therapeutic-area': 'oncology',
      'product-designations': ['new-indication'],
      'eu-filing-date': '2027-03-01',
    };
    expect(jcaNote(answers)).toMatch(/^EU joint clinical assessment does not cover this product as you describe it\./);
    expect(scopingForJca(answers)).toBe(false);
    // A new use of a medicine that has had an assessment is in.
    expect(scopingForJca({ ...answers, 'product-designations': ['new-indication-jca'] })).toBe(true);
  });

  it('a rare disease without orphan designation is not brought in by rarity (error 7)', () => {
    const answers: Answers = {
      'product-type': 'medicine',
      'rare-disease': 'yes',
      'product-designations': ['new-active-substance'],
      'eu-filing-date': '2028-06-01',
    };
    expect(jcaNote(answers)).toMatch(
      /comes before all centrally authorised medicines with a new active substance join it on 13 January 2030/,
    );
    expect(scopingForJca(answers)).toBe(false);
  });

  it('a device an expert panel reviews may be selected from 2026; without a panel it is outside', () => {
    // Regulation (EU) 2021/2282 article 7(1)(b)-(c) and 7(4): class III implantable devices and class
    // IIb active devices that give or remove a medicine once an expert panel has given its opinion
    // (MDR article 54), and class D tests once a panel has given its views (IVDR article 48(6)); the
    // Commission selects among them, at least every two years, on the Coordination Group's advice.
    const device: Answers = {
      'product-type': 'device',
      'device-eu-class': 'class-iii',
      'device-eu-panel': 'yes',
      'eu-filing-date': '2027-01-01',
    };
    expect(jcaNote(device)).toBe(
      "EU joint clinical assessment: since 12 January 2026 the Commission can select class III implantable devices and class IIb active devices that give or remove a medicine, after an expert panel has given its opinion, and class D tests, after a panel has given its views. It chooses some of them at least every two years, on the advice of the Member States' HTA group, so your device (EU filing 1 January 2027) may be selected, not certainly. The plan prepares the scoping input in case it is.",
    );
    expect(scopingForJca(device)).toBe(true);
    expect(scopingReasons(device)).toContain('The Commission can select this device for EU joint clinical assessment');
    // A class IIb active device that gives a medicine, with a panel opinion, is the same.
    expect(scopingForJca({ ...device, 'device-eu-class': 'class-iib' })).toBe(true);
    // Class III without a panel (not implantable, or exempt) is outside, and the note says what counts.
    const noPanel = { ...device, 'device-eu-panel': 'no' };
    expect(jcaNote(noPanel)).toMatch(
      /^EU joint clinical assessment does not cover this product as you describe it\. It covers .*class III implantable devices and class IIb active devices that give or remove a medicine, after an expert panel has given its opinion/,
    );
    expect(scopingForJca(noPanel)).toBe(false);
    // Not answered: no panel is assumed, so it is not put in scope.
    const { 'device-eu-panel': _panel, ...unanswered } = device;
    expect(scopingForJca(unanswered)).toBe(false);
    // Not sure: the plan keeps it in view.
    expect(scopingForJca({ ...device, 'device-eu-panel': NOT_SURE })).toBe(true);
    expect(jcaNote({ ...device, 'device-eu-class': 'class-iia' })).toMatch(/does not cover this product/);
  });

  it('names the devices implementing regulation for a device, and the medicines one for a medicine', () => {
    const device: Answers = {
      'product-type': 'device',
      'device-eu-class': 'ivd-d',
      'device-eu-panel': 'yes',
      'eu-filing-date': '2027-01-01',
    };
    const notes = (answers: Answers) => {
      const plan = buildPlan(content, { answers: { ...base, ...answers } });
      const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'hta-scoping');
      return item?.point?.whyItMatters ?? '';
    };
    expect(notes(device)).toContain('Implementing Regulation (EU) 2025/2086');
    expect(notes(device)).not.toContain('2024/1381');
    const orphan: Answers = {
      'product-type': 'medicine',
      'product-designations': ['orphan'],
      'eu-filing-date': '2028-06-01',
    };
    expect(notes(orphan)).toContain('Implementing Regulation (EU) 2024/1381');
    expect(notes(orphan)).not.toContain('2025/2086');
  });

  it('says nothing for a study with no product or outside the EU', () => {
    expect(jcaNote({ 'product-type': 'non-product' })).toBeUndefined();
    const us = buildPlan(content, {
      answers: { ...base, regions: ['us'], 'product-type': 'medicine', 'therapeutic-area': 'oncology' },
    });
    expect(us.filingScopes).toEqual([]);
  });

  it('the message and the eu-jca context agree for any answers', () => {
    const date = fc.option(
      fc.constantFrom('2024-06-01', '2025-06-01', '2026-06-01', '2027-06-01', '2028-06-01', '2029-06-01', '2030-06-01'),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('medicine', 'vaccine', 'gene-cell-therapy', 'device', 'diagnostic', 'digital-therapeutic'),
        fc.constantFrom('oncology', 'immunology', 'other'),
        fc.option(fc.subarray(['orphan', 'new-active-substance', 'new-indication', 'new-indication-jca']), {
          nil: undefined,
        }),
        fc.constantFrom('class-i', 'class-iia', 'class-iib', 'class-iii', 'ivd-c', 'ivd-d'),
        fc.constantFrom('yes', 'no', undefined),
        date,
        (product, area, designations, deviceClass, panel, filing) => {
          const answers: Answers = { ...base, 'product-type': product, 'therapeutic-area': area };
          if (designations?.length) answers['product-designations'] = designations;
          if (['device', 'diagnostic', 'digital-therapeutic'].includes(product))
            answers['device-eu-class'] = deviceClass;
          if (panel && ['class-iib', 'class-iii', 'ivd-d'].includes(deviceClass)) answers['device-eu-panel'] = panel;
          if (filing) answers['eu-filing-date'] = filing;
          const plan = buildPlan(content, { answers });
          const status = plan.filingScopes.find((s) => s.regionId === 'eu')?.status;
          expect(status === 'in-scope', JSON.stringify(answers)).toBe(plan.contexts.includes('eu-jca'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
