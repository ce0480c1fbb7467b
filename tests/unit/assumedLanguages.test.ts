/**
 * Translation and interpreting in the estimate when the Languages question is left open: a plan
 * whose regions or access needs imply another language is costed for one more language, said as an
 * assumption (content/scoring.yaml `expenses.assumedLanguages`), instead of nothing. The amounts are
 * worked out by hand from content/scoring.yaml `rates`: each point with partner time or research
 * participants is translated once per extra language, at the region's `translationPerPoint`
 * (UK £250, EU €280, Canada C$330).
 */
import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { budgetRows } from '../../src/domain/export/csv';
import type { Plan } from '../../src/domain/plan/types';
import { NOT_SURE } from '../../src/domain/answers';

const content = realContent();
const ASSUMED = 'assumed: 1 other language — set Languages to refine';
const BASE = {
  'planner-type': 'academic',
  'product-type': 'medicine',
  'development-stage': 'confirmatory',
  populations: ['none'],
  'accessibility-needs': ['none-known'],
  budget: 'large',
  timeline: '1-to-3-years',
  modes: ['remote'],
};
const plan = (answers: Record<string, unknown>): Plan =>
  buildPlan(content, { answers: { ...BASE, ...answers } as never });
const line = (p: Plan) => p.summary.cost.lines.find((l) => l.id === 'interpreters')!;
/** Points whose materials would be translated: those with partner time or research participants. */
const translated = (p: Plan) =>
  p.phases.flatMap((ph) => ph.items).filter((i) => i.patientHours > 0 || i.participants !== undefined).length;

describe('translation when the Languages question is left open', () => {
  it('Canada: one more language is assumed, at C$330 a point, and the line says so', () => {
    const p = plan({ regions: ['ca'] });
    expect(p.summary.cost.currency).toBe('CAD');
    expect(translated(p)).toBeGreaterThan(0);
    expect(line(p).amount).toBe(translated(p) * 330);
    expect(line(p).basis).toContain(ASSUMED);
  });

  it('the EU: one more language at €280 a point', () => {
    const p = plan({ regions: ['eu'] });
    expect(line(p).amount).toBe(translated(p) * 280);
    expect(line(p).basis).toContain(ASSUMED);
  });

  it('a single-language region with partners who need another language: one more language at £250 a point', () => {
    const p = plan({ regions: ['uk'], 'accessibility-needs': ['other-language'] });
    expect(line(p).amount).toBe(translated(p) * 250);
    expect(line(p).basis).toContain(ASSUMED);
  });

  it('“not sure” of the languages counts as left open', () => {
    const p = plan({ regions: ['ca'], languages: NOT_SURE });
    expect(line(p).amount).toBe(translated(p) * 330);
    expect(line(p).basis).toContain(ASSUMED);
  });

  it('the assumption reaches the budget table (CSV) through the same summary', () => {
    const rows = budgetRows(plan({ regions: ['ca'] }));
    expect(rows.some((r) => String(r[2]).includes(ASSUMED))).toBe(true);
  });
});

describe('translation when the Languages question is answered', () => {
  it('follows the answer: English and French is one more language', () => {
    const p = plan({ regions: ['ca'], languages: ['english', 'french'] });
    expect(line(p).amount).toBe(translated(p) * 330);
    expect(line(p).basis).not.toContain('assumed');
  });
  it('three languages are two more', () => {
    const p = plan({ regions: ['ca'], languages: ['english', 'french', 'spanish'] });
    expect(line(p).amount).toBe(translated(p) * 2 * 330);
    expect(line(p).basis).not.toContain('assumed');
  });
  it('one language is none, even in Canada', () => {
    const p = plan({ regions: ['ca'], languages: ['english'] });
    expect(line(p).amount).toBe(0);
    expect(line(p).basis).toBe('none: one language and no sensory needs named');
  });
});

describe('no language needs', () => {
  it('a single-language region with no language needs has no translation cost and no assumption', () => {
    const p = plan({ regions: ['uk'] });
    expect(line(p).amount).toBe(0);
    expect(line(p).basis).toBe('none: one language and no sensory needs named');
  });
  it('the US alone is the same', () => {
    const p = plan({ regions: ['us'] });
    expect(line(p).amount).toBe(0);
    expect(line(p).basis).not.toContain('assumed');
  });
});
