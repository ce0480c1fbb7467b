import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';

const content = realContent();
const REQUIRED_SCENARIOS = [
  'paediatric-rare-disease',
  'device-ppi',
  'oncology-hta',
  'low-budget-academic',
  'older-adults',
  'digital-mental-health',
];

describe('scenario fixtures (the example plans)', () => {
  it('covers every required scenario', () => {
    expect(content.examples.map((x) => x.id).sort()).toEqual([...REQUIRED_SCENARIOS].sort());
  });

  describe.each(content.examples.map((x) => [x.id, x] as const))('%s', (_id, example) => {
    const plan = buildPlan(content, { answers: example.answers });
    const items = plan.phases.flatMap((p) => p.items);

    it('keeps at most 8 essentials under the default cap', () => {
      expect(items.filter((i) => i.priority === 'essential').length).toBeLessThanOrEqual(8);
    });

    it('contains the points it must, at the priority it must', () => {
      expect(example.expect?.present.length, 'an example must say what its plan contains').toBeGreaterThan(0);
      expect(example.expect?.absent.length, 'an example must say what its plan leaves out').toBeGreaterThan(0);
      for (const { point, priority } of example.expect?.present ?? []) {
        const item = items.find((i) => i.id === point);
        expect(item, `${point} missing`).toBeDefined();
        if (priority) expect(item!.priority, point).toBe(priority);
      }
    });

    it('leaves out the points it must not contain', () => {
      for (const point of example.expect?.absent ?? []) expect(items.map((i) => i.id)).not.toContain(point);
    });

    it('gives every item a why and sources', () => {
      expect(items.length).toBeGreaterThan(5);
      for (const item of items) {
        expect(item.reasons.length, item.id).toBeGreaterThan(0);
        expect(item.references.length, item.id).toBeGreaterThan(0);
        expect(item.methods.length, item.id).toBeGreaterThan(0);
      }
    });
  });
});
