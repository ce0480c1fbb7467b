/**
 * A study with no product (a trial of care, a service or a behaviour) gets a plan in its own words:
 * no regulatory, HTA, launch or post-marketing phase, no target product profile, phases named for
 * intervention development, and a point to co-design the intervention itself. A medicine plan
 * keeps the product phases and never gets the intervention point. Expected names are written by
 * hand from content/phases.yaml.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from './realContent';

const content = realContent();
const STROKE_REHAB = {
  'planner-type': 'academic',
  'product-type': 'non-product',
  'study-type': 'pragmatic-trial',
  'development-stage': 'idea',
  regions: ['uk'],
  timeline: 'over-3-years',
};
const ids = (plan: ReturnType<typeof buildPlan>) => plan.phases.flatMap((p) => p.items.map((i) => i.id));
const names = (plan: ReturnType<typeof buildPlan>) => plan.phases.map((p) => p.phase.name);

describe('a plan for a study with no product', () => {
  it('has no product phases and names its phases for an intervention', () => {
    const plan = buildPlan(content, { answers: { ...STROKE_REHAB, 'phases-in-scope': [] } });
    const shown = names(plan);
    for (const gone of [
      'Regulatory submission and review',
      'HTA, pricing and access',
      'Launch, patient information and support',
      'Post-marketing safety and real-world evidence',
      'Discovery and target product profile',
      'First-in-human and early clinical (phase 1-2)',
      'Confirmatory trial design (phase 3 planning)',
    ])
      expect(shown, `no “${gone}”`).not.toContain(gone);
    expect(shown).toEqual(
      expect.arrayContaining(['Developing the intervention', 'Feasibility and pilot studies', 'Main study design']),
    );
    expect(ids(plan)).toContain('disc-intervention-co-design');
    expect(ids(plan)).not.toContain('disc-target-product-profile');
  });

  it('keeps the phases a team chose only where they exist for its programme', () => {
    const plan = buildPlan(content, {
      answers: { ...STROKE_REHAB, 'phases-in-scope': ['trial-design', 'regulatory', 'dissemination'] },
    });
    expect(names(plan)).toEqual(['Main study design', 'Results return and dissemination']);
  });

  it('catches the intervention point up when the study is already being designed', () => {
    const plan = buildPlan(content, { answers: { ...STROKE_REHAB, 'development-stage': 'confirmatory' } });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'disc-intervention-co-design');
    expect(item?.reasons.map((r) => r.text).join(' ')).toMatch(/^Catch up now|Catch up now/);
  });

  it('is not offered to a registry, nor to a medicine', () => {
    const registry = buildPlan(content, { answers: { ...STROKE_REHAB, 'study-type': 'observational' } });
    expect(ids(registry)).not.toContain('disc-intervention-co-design');
    const medicine = buildPlan(content, {
      answers: { ...STROKE_REHAB, 'product-type': 'medicine', 'study-type': 'randomised-trial' },
    });
    expect(ids(medicine)).not.toContain('disc-intervention-co-design');
    expect(names(medicine)).toContain('Discovery and target product profile');
    expect(names(medicine)).toContain('Regulatory submission and review');
  });
});
