/**
 * A study with no product is asked about its stage in its own words (review findings-11b: the stage
 * question spoke only of products, animal studies and approval). The answer ids stay the same, so
 * the plan and saved answers do not change; the words on screen, in the review and in the plan do.
 */
import { describe, expect, it } from 'vitest';
import { asAsked } from '../../src/domain/questionnaire/wording';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from './realContent';

const content = realContent();
const stage = content.questions.find((q) => q.id === 'development-stage')!;
const labels = (q: typeof stage) => (q.options ?? []).map((o) => o.label);

describe('the stage question for a study with no product', () => {
  it('asks where the study is, in research words', () => {
    const q = asAsked(stage, { 'product-type': 'non-product' });
    expect(q.prompt).toBe('Where is the study now?');
    expect(labels(q)).toEqual([
      'An idea or research question',
      'Shaping the question and the intervention or service',
      'Planning the measures and study materials',
      'Feasibility or pilot work',
      'Planning or running the main study',
      'Finishing the study and sharing the results',
      'The study is over and its findings are in use',
    ]);
    expect(labels(q).join(' ')).not.toMatch(/animal|approv|phase \d|product|target/i);
    expect(q.glossary).toEqual([]);
  });

  it('keeps the product wording for a medicine', () => {
    const q = asAsked(stage, { 'product-type': 'medicine' });
    expect(q.prompt).toBe('Where is the programme now?');
    expect(labels(q)).toContain('Early trials in people (phase 1 or 2)');
    expect(q).toBe(stage);
  });

  it('the plan’s profile uses the same words', () => {
    const plan = buildPlan(content, {
      answers: { 'planner-type': 'academic', 'product-type': 'non-product', 'development-stage': 'early-clinical' },
    });
    const when = plan.summary.profile.map((p) => p.text).join(' ');
    expect(when).toContain('Development stage: Feasibility or pilot work');
    expect(when).not.toContain('phase 1 or 2');
  });
});
