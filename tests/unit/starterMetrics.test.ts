import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { starterMetrics } from '../../src/domain/engine/starterMetrics';
import { PARADIGM_DOMAINS } from '../../src/domain/content/schema';
import { realContent } from './realContent';

const content = realContent();
const example = (id: string) => content.examples.find((x) => x.id === id)!.answers;

describe('starter metrics for a plan', () => {
  it('offers 5 to 8 metrics, one per PARADIGM component first, for the oncology example', () => {
    const plan = buildPlan(content, { answers: example('oncology-hta') });
    const metrics = starterMetrics(plan, content);
    expect(metrics.length).toBeGreaterThanOrEqual(5);
    expect(metrics.length).toBeLessThanOrEqual(8);
    expect(new Set(metrics.map((m) => m.metric.domain))).toEqual(new Set(PARADIGM_DOMAINS));
    // Listed in the framework's order: input, process, learning, impact, context.
    expect(metrics[0]!.metric.domain).toBe('input');
    expect(metrics.at(-1)!.metric.domain).toBe('context');
  });

  it('names only points that are in the plan, and favours metrics for the points it holds', () => {
    const plan = buildPlan(content, { answers: example('device-ppi') });
    const ids = new Set(plan.phases.flatMap((p) => p.items).map((i) => i.id));
    const metrics = starterMetrics(plan, content);
    for (const m of metrics) for (const id of m.pointIds) expect(ids.has(id), `${m.metric.id}: ${id}`).toBe(true);
    if (ids.has('reg-usability-validation'))
      expect(metrics.map((m) => m.metric.name)).toContain('Information people can find and understand');
  });

  it('offers none when the plan holds no recommended points', () => {
    const plan = buildPlan(content, { answers: { 'phases-in-scope': [] } });
    const withPoints = plan.phases.some((p) => p.items.some((i) => i.point));
    if (!withPoints) expect(starterMetrics(plan, content)).toEqual([]);
    const empty = { ...plan, phases: plan.phases.map((p) => ({ ...p, items: [] })) };
    expect(starterMetrics(empty, content)).toEqual([]);
  });

  it('always gives 5 to 8 distinct metrics covering every component, whatever the answers', () => {
    const product = fc.constantFrom(
      'medicine',
      'vaccine',
      'device',
      'digital-therapeutic',
      'diagnostic',
      'non-product',
    );
    const populations = fc.subarray(['children', 'older-adults', 'cognitive-impairment', 'mental-health', 'carers']);
    const regions = fc.subarray(['us', 'eu', 'uk', 'ca'], { minLength: 1 });
    const stage = fc.constantFrom('idea', 'discovery', 'early-clinical', 'confirmatory', 'marketed');
    fc.assert(
      fc.property(product, populations, regions, stage, (p, pops, regs, st) => {
        const plan = buildPlan(content, {
          answers: { 'product-type': p, populations: pops, regions: regs, 'development-stage': st },
        });
        const metrics = starterMetrics(plan, content);
        if (!plan.phases.some((ph) => ph.items.some((i) => i.point))) return metrics.length === 0;
        const ids = metrics.map((m) => m.metric.id);
        return (
          metrics.length >= 5 &&
          metrics.length <= 8 &&
          new Set(ids).size === ids.length &&
          PARADIGM_DOMAINS.every((d) => metrics.some((m) => m.metric.domain === d))
        );
      }),
      { numRuns: 60 },
    );
  });
});
