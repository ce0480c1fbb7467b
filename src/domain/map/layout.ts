import type { Level, Priority } from '../content/schema';
import type { Plan } from '../plan/types';
import { routeEdge, type EdgeRoute } from './route';

/** Geometry of the phase map, shared by the screen (React Flow) and the PDF (vectors). */
export const MAP = {
  laneWidth: 240,
  laneGap: 24,
  headerHeight: 56,
  nodeWidth: 208,
  nodeHeight: 104,
  nodeGap: 16,
  padding: 16,
} as const;

export interface MapLane {
  phaseId: string;
  order: number;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapNode {
  id: string;
  phaseId: string;
  title: string;
  priority: Priority;
  level: Level;
  who: string[];
  custom: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  /** Which sides the arrow leaves and enters, and its path. */
  route: EdgeRoute;
}

export interface MapLayout {
  lanes: MapLane[];
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

/** Phases become lanes along a timeline, left to right; points stack in their lane by priority. */
export function layoutPlan(plan: Plan, visibleIds?: ReadonlySet<string>): MapLayout {
  const { laneWidth, laneGap, headerHeight, nodeWidth, nodeHeight, nodeGap, padding } = MAP;
  const lanes: MapLane[] = [];
  const nodes: MapNode[] = [];
  let tallest = 0;
  plan.phases.forEach((p, column) => {
    const x = column * (laneWidth + laneGap);
    const items = p.items.filter((i) => !visibleIds || visibleIds.has(i.id));
    items.forEach((item, row) => {
      nodes.push({
        id: item.id,
        phaseId: p.phase.id,
        title: item.title,
        priority: item.priority,
        level: item.level,
        who: item.who,
        custom: item.kind === 'custom',
        x: x + (laneWidth - nodeWidth) / 2,
        y: headerHeight + padding + row * (nodeHeight + nodeGap),
        width: nodeWidth,
        height: nodeHeight,
      });
    });
    tallest = Math.max(tallest, items.length);
    lanes.push({
      phaseId: p.phase.id,
      order: p.phase.order,
      label: p.phase.short,
      x,
      y: 0,
      width: laneWidth,
      height: 0,
    });
  });
  const laneHeight = headerHeight + padding * 2 + Math.max(1, tallest) * (nodeHeight + nodeGap) - nodeGap;
  for (const lane of lanes) lane.height = laneHeight;

  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: MapEdge[] = plan.phases
    .flatMap((p) => p.items)
    .flatMap((item) => {
      const source = placed.get(item.id);
      if (!source) return [];
      const lane = nodes.filter((n) => n.phaseId === source.phaseId);
      return item.feeds.flatMap((t) => {
        const target = placed.get(t);
        return target
          ? [{ id: `${item.id}->${t}`, source: item.id, target: t, route: routeEdge(source, target, lane) }]
          : [];
      });
    });
  const width = lanes.length ? lanes.length * (laneWidth + laneGap) - laneGap : 0;
  return { lanes, nodes, edges, width, height: lanes.length ? laneHeight : 0 };
}
