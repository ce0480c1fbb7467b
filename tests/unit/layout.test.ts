import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { layoutPlan, MAP } from '../../src/domain/map/layout';
import { filterPlan } from '../../src/domain/plan/filter';

const content = realContent();
const plan = buildPlan(content, { answers: content.examples.find((x) => x.id === 'oncology-hta')!.answers });

describe('map layout', () => {
  const layout = layoutPlan(plan);
  it('draws one lane per phase in order, left to right', () => {
    expect(layout.lanes.map((l) => l.phaseId)).toEqual(plan.phases.map((p) => p.phase.id));
    const xs = layout.lanes.map((l) => l.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
  it('places every point inside its lane without overlaps', () => {
    expect(layout.nodes).toHaveLength(plan.summary.points);
    for (const n of layout.nodes) {
      const lane = layout.lanes.find((l) => l.phaseId === n.phaseId)!;
      expect(n.x).toBeGreaterThanOrEqual(lane.x);
      expect(n.x + n.width).toBeLessThanOrEqual(lane.x + lane.width);
      expect(n.y + n.height).toBeLessThanOrEqual(lane.height);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b)
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(
            true,
          );
  });
  it('draws an edge wherever one point’s data feeds a later point in the plan', () => {
    const ids = new Set(layout.nodes.map((n) => n.id));
    const expected = plan.phases
      .flatMap((p) => p.items)
      .flatMap((i) => i.feeds.filter((f) => ids.has(f)).map((f) => `${i.id}->${f}`));
    expect(layout.edges.map((e) => e.id).sort()).toEqual(expected.sort());
    expect(layout.edges.length).toBeGreaterThan(0);
  });
  it('shows only filtered points, and drops edges to hidden ones', () => {
    const visible = filterPlan(plan, { stakeholders: [], priorities: ['essential'], phases: [], levels: [] });
    const filtered = layoutPlan(plan, visible);
    expect(filtered.nodes.every((n) => n.priority === 'essential')).toBe(true);
    expect(filtered.edges.every((e) => visible.has(e.source) && visible.has(e.target))).toBe(true);
  });
  it('has a size that fits its lanes', () => {
    expect(layout.width).toBe(plan.phases.length * (MAP.laneWidth + MAP.laneGap) - MAP.laneGap);
  });
});
