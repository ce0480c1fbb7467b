/**
 * The community advisory board is the HIV-prevention trial model (Good Participatory Practice) only
 * for a product trial; a study of care or a cohort gets a community advisory group in its own words,
 * with no post-trial access or control-arm wording and no HIV guideline behind it. Expected text is
 * written by hand from content/points/trial-conduct.yaml.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from './realContent';

const content = realContent();
const STROKE = {
  'planner-type': 'academic',
  'product-type': 'non-product',
  'study-type': 'pragmatic-trial',
  'development-stage': 'confirmatory',
  regions: ['uk'],
  populations: ['underserved', 'older-adults'],
};
const board = (answers: Record<string, unknown>) => {
  const plan = buildPlan(content, { answers: answers as never });
  return plan.phases.flatMap((p) => p.items).find((i) => i.id === 'tc-community-advisory');
};
const allText = (item: NonNullable<ReturnType<typeof board>>) =>
  [item.title, item.point?.decision, item.point?.whyItMatters, ...item.reasons.map((r) => r.text)].join(' ');

describe('community advisory board', () => {
  it('is a community advisory group, without HIV-trial wording or source, in a study with no product', () => {
    const item = board(STROKE)!;
    expect(item.title).toBe('Community advisory group for the study');
    expect(allText(item)).not.toMatch(/HIV|post-trial|after the trial|control arm/i);
    const refs = [...item.references, ...item.reasons.flatMap((r) => r.references)];
    expect(refs).not.toContain('gpp-avac-unaids');
    expect(refs).toContain('nihr-include');
  });

  it('keeps the Good Participatory Practice model for a vaccine trial', () => {
    const item = board({ ...STROKE, 'product-type': 'vaccine', 'study-type': 'randomised-trial' })!;
    expect(item.title).toBe('Community advisory board for sites and communities');
    expect(item.point?.whyItMatters).toContain('Good Participatory Practice');
    expect(item.references).toContain('gpp-avac-unaids');
  });
});
