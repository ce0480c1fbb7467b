import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { layoutPlan, MAP } from '../../src/domain/map/layout';
import { routeEdge, svgPath } from '../../src/domain/map/route';
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
  it('draws an edge wherever one point’s data feeds another point in the plan', () => {
    // Golden: read off content/points/*.yaml, the `feeds` of the 30 points of this example. The six
    // catch-up and set-up points of passed phases add 14 edges (44 → 58); no earlier point feeds them.
    expect(layout.edges.map((e) => e.id).sort()).toEqual(
      [
        'ps-unmet-need->disc-outcomes-that-matter',
        'ps-unmet-need->hta-value-evidence',
        'ps-partnership-setup->td-steering-committee',
        'ps-partnership-setup->diss-impact-evaluation',
        'disc-outcomes-that-matter->pre-coa-strategy',
        'disc-outcomes-that-matter->td-endpoints',
        'disc-outcomes-that-matter->hta-value-evidence',
        'pre-coa-strategy->td-endpoints',
        'pre-coa-strategy->reg-ped-package',
        'pre-coa-strategy->hta-value-evidence',
        'ec-tolerability-pro->td-endpoints',
        'ec-tolerability-pro->reg-benefit-risk',
        'ec-consent-materials->tc-recruitment-materials',
        'ec-consent-materials->diss-results-return',
        'td-endpoints->hta-scoping',
        'td-endpoints->hta-value-evidence',
        'td-endpoints->reg-ped-package',
        'td-endpoints->reg-scientific-advice',
        'td-protocol-review->reg-scientific-advice',
        'td-protocol-review->tc-burden-support',
        'td-protocol-review->tc-recruitment-materials',
        'td-diversity-plan->tc-burden-support',
        'td-diversity-plan->tc-recruitment-materials',
        'td-steering-committee->diss-results-return',
        'td-steering-committee->tc-recruitment-materials',
        'tc-recruitment-materials->diss-results-return',
        'tc-recruitment-materials->la-patient-materials',
        'tc-burden-support->la-support-programme',
        'tc-participant-feedback->diss-impact-evaluation',
        'tc-participant-feedback->diss-results-return',
        'tc-exit-interviews->hta-value-evidence',
        'tc-exit-interviews->reg-benefit-risk',
        'tc-exit-interviews->reg-labelling',
        'tc-exit-interviews->reg-ped-package',
        'reg-ped-package->hta-scoping',
        'reg-ped-package->hta-value-evidence',
        'reg-ped-package->la-patient-materials',
        'reg-labelling->la-patient-materials',
        'reg-scientific-advice->hta-scoping',
        'reg-scientific-advice->reg-benefit-risk',
        'reg-scientific-advice->reg-ped-package',
        'reg-benefit-risk->hta-value-evidence',
        'reg-benefit-risk->la-patient-materials',
        'reg-benefit-risk->reg-labelling',
        'hta-scoping->hta-managed-access',
        'hta-scoping->hta-patient-submission',
        'hta-scoping->hta-value-evidence',
        'hta-patient-submission->hta-committee',
        'hta-patient-submission->hta-managed-access',
        'hta-value-evidence->hta-committee',
        'hta-value-evidence->hta-managed-access',
        'la-patient-materials->la-support-programme',
        'diss-lay-summary->diss-community',
        'diss-lay-summary->diss-publication',
        'diss-lay-summary->diss-results-return',
        'diss-results-return->diss-impact-evaluation',
        'diss-publication->diss-community',
        'diss-community->diss-impact-evaluation',
      ].sort(),
    );
    for (const e of layout.edges) expect(e.id).toBe(`${e.source}->${e.target}`);
  });
  it('routes each edge by where its two points sit', () => {
    const sides = (id: string) => {
      const r = layout.edges.find((e) => e.id === id)!.route;
      return `${r.from}→${r.to}`;
    };
    // Into a later phase.
    expect(sides('td-endpoints->reg-ped-package')).toBe('right→left');
    expect(sides('tc-burden-support->la-support-programme')).toBe('right→left');
    // The next card down in the same phase (launch: patient materials, then support programme).
    expect(sides('la-patient-materials->la-support-programme')).toBe('bottom→top');
    // Same phase, cards between (HTA: scoping first, managed access last): beside the lane.
    expect(sides('hta-scoping->hta-managed-access')).toBe('left→left');
  });
  it('never runs an edge across a card that is not one of its ends', () => {
    const at = (p: readonly { x: number; y: number }[], t: number) => {
      const [a, b, c, d] = p as [
        { x: number; y: number },
        { x: number; y: number },
        { x: number; y: number },
        { x: number; y: number },
      ];
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
      return {
        x: w[0] * a.x + w[1] * b.x + w[2] * c.x + w[3] * d.x,
        y: w[0] * a.y + w[1] * b.y + w[2] * c.y + w[3] * d.y,
      };
    };
    for (const e of layout.edges) {
      const sameLane = layout.nodes.filter((n) => n.id !== e.source && n.id !== e.target);
      const source = layout.nodes.find((n) => n.id === e.source)!;
      const target = layout.nodes.find((n) => n.id === e.target)!;
      // Arrows into another phase pass behind the cards between lanes, as on any map; inside a lane they must not.
      if (source.phaseId !== target.phaseId) continue;
      for (let i = 1; i < 50; i++) {
        const p = at(e.route.path, i / 50);
        for (const n of sameLane.filter((x) => x.phaseId === source.phaseId))
          expect(
            p.x > n.x && p.x < n.x + n.width && p.y > n.y && p.y < n.y + n.height,
            `${e.id} crosses ${n.id} at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`,
          ).toBe(false);
      }
    }
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

describe('edge routes', () => {
  // Cards as the layout places them: 208 × 104, lanes 264 apart, rows 120 apart.
  const card = (phaseId: string, lane: number, row: number) => ({
    phaseId,
    x: 16 + lane * 264,
    y: 72 + row * 120,
    width: 208,
    height: 104,
  });
  const a = card('one', 0, 0);
  const b = card('one', 0, 1);
  const c = card('one', 0, 2);
  const d = card('two', 1, 1);
  const lane = [a, b, c];

  it('runs into a later phase from the right side to the left side', () => {
    const r = routeEdge(a, d, lane);
    expect([r.from, r.to]).toEqual(['right', 'left']);
    expect(r.path[0]).toEqual({ x: 224, y: 124 });
    expect(r.path[3]).toEqual({ x: 280, y: 244 });
    // Leaves and arrives level, so the arrowhead points straight into the card.
    expect(r.path[2].y).toBe(244);
    expect(r.path[2].x).toBeLessThan(280);
  });
  it('runs back into an earlier phase from the left side to the right side', () => {
    const r = routeEdge(d, a, lane);
    expect([r.from, r.to]).toEqual(['left', 'right']);
    expect(r.path[0]).toEqual({ x: 280, y: 244 });
    expect(r.path[3]).toEqual({ x: 224, y: 124 });
    expect(r.path[2].x).toBeGreaterThan(224);
  });
  it('runs straight down to the next card of the same phase, and straight up to the one above', () => {
    const down = routeEdge(a, b, lane);
    expect([down.from, down.to]).toEqual(['bottom', 'top']);
    expect(down.path.map((p) => p.x)).toEqual([120, 120, 120, 120]);
    expect([down.path[0].y, down.path[3].y]).toEqual([176, 192]);
    const up = routeEdge(b, a, lane);
    expect([up.from, up.to]).toEqual(['top', 'bottom']);
    expect([up.path[0].y, up.path[3].y]).toEqual([192, 176]);
  });
  it('loops beside the lane, not through it, to a card of the same phase further down', () => {
    const r = routeEdge(a, c, lane);
    expect([r.from, r.to]).toEqual(['left', 'left']);
    expect(r.path[0]).toEqual({ x: 16, y: 124 });
    expect(r.path[3]).toEqual({ x: 16, y: 364 });
    // Left of the cards all the way (a Bézier stays within its control points)…
    for (const p of r.path) expect(p.x).toBeLessThanOrEqual(16);
    // …and, at its furthest (3/4 of the way to its control points), short of the middle of the gap to the lane before.
    expect(16 - 0.75 * (16 - r.path[1].x)).toBeGreaterThanOrEqual(-12);
  });
  it('is an SVG path the screen can draw', () => {
    expect(svgPath(routeEdge(a, b, lane))).toBe('M120 176 C120 181.33 120 186.67 120 192');
  });
});
