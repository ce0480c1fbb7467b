/**
 * The steering and data monitoring committee points name the guidance of the programme's own
 * region, and PCORI's current framework (Foundational Expectations, 2024), not its retired 2014
 * rubric (knowledge review #12). What is checked is the text the detail panel shows.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();

const trial: Answers = {
  'planner-type': 'academic',
  'product-type': 'non-product',
  'study-type': 'randomised-trial',
  'development-stage': 'confirmatory',
};

function why(answers: Answers, id: string): string {
  const plan = buildPlan(content, { answers: { ...trial, ...answers } });
  const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === id);
  expect(item, `${id} in the plan`).toBeDefined();
  return item?.point?.whyItMatters ?? '';
}

describe('trial oversight points', () => {
  it('a PCORI-funded US trial is pointed to the Foundational Expectations, never the rubric', () => {
    const us = why({ regions: ['us'], funder: 'pcori' }, 'td-steering-committee');
    expect(us).toContain("PCORI's Foundational Expectations for Partnerships in Research (2024)");
    expect(us).not.toMatch(/rubric/i);
    expect(us).not.toContain('NIHR');
  });

  it('a UK trial hears of NIHR, not PCORI', () => {
    const uk = why({ regions: ['uk'], funder: 'nihr' }, 'td-steering-committee');
    expect(uk).toContain('NIHR requires public members on the steering committees');
    expect(uk).not.toContain('PCORI');
  });

  it('no text in the knowledge base still cites the PCORI rubric as current', () => {
    const texts = JSON.stringify([content.points, content.methods, content.rules, content.regions]);
    expect(texts.match(/.{0,60}PCORI (engagement )?rubric.{0,20}/gi) ?? []).toEqual([]);
  });
});
