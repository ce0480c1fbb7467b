/**
 * A study with no product has no approval or access phase. When those are the only phases a team
 * picks, the plan must still hold the points of the phases that do exist, not come out empty
 * (found by the questionnaire's random walks).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from './realContent';

const content = realContent();

describe('phases chosen that do not exist for this programme', () => {
  it('a non-product study scoped to approval and access still gets a plan', () => {
    const plan = buildPlan(content, {
      answers: {
        'planner-type': 'industry',
        'product-type': 'non-product',
        'study-type': 'randomised-trial',
        'development-stage': 'marketed',
        regions: ['us'],
        'ped-purposes': ['regulatory-submission', 'hta-access'],
        'phases-in-scope': ['regulatory', 'hta-access'],
      },
    });
    const items = plan.phases.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.point?.phase)).not.toContain('regulatory');
    expect(items.map((i) => i.point?.phase)).not.toContain('hta-access');
  });
});
