/**
 * The time a point asks of people, in the words the detail panel, the presenter view and the PDF
 * share: partners' hours in all, or, where the point studies research participants, their time
 * counted apart (never "0 hours in all").
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { exampleDocument } from '../../src/domain/document/create';
import { patientTimeText } from '../../src/domain/plan/labels';
import { realContent } from './realContent';

const content = realContent();

describe('time asked of patients', () => {
  it('counts research participants apart, with their time each, instead of 0 partner hours', () => {
    const doc = exampleDocument(content, 'low-budget-academic', '2026-12-02T00:00:00.000Z');
    const items = buildPlan(content, { answers: doc.answers }).phases.flatMap((p) => p.items);
    const studied = items.filter((i) => i.participants);
    expect(studied.length).toBeGreaterThan(0);
    for (const i of studied) {
      const text = patientTimeText(i);
      expect(text).not.toContain('0 hours in all');
      expect(text).toBe(
        `About ${i.participants!.hoursEach} hours each, for about ${i.participants!.people} research participants (counted apart from partners’ hours)`,
      );
    }
    const partners = items.find((i) => !i.participants && i.point && i.patientHours > 0)!;
    const t = partners.point!.patientTime;
    expect(patientTimeText(partners)).toBe(
      `About ${t.hoursEach} hours each, for about ${t.people} people (${partners.patientHours.toLocaleString('en-GB')} hours in all)`,
    );
  });
});
