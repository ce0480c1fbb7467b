import { memo, useMemo, type ReactElement } from 'react';
import {
  Background,
  BaseEdge,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { MapLayout } from '../../domain/map/layout';
import { svgPath, type Side } from '../../domain/map/route';
import { PRIORITY_LABEL } from '../../domain/plan/labels';

type PointData = {
  title: string;
  priority: keyof typeof PRIORITY_LABEL;
  level: string;
  who: string;
  selected: boolean;
  /** Ids of the handles this card's arrows use. */
  handles: string[];
};
type LaneData = { label: string; order: number; width: number; height: number };
type PointNode = Node<PointData, 'point'>;
type LaneNode = Node<LaneData, 'lane'>;
type RouteData = { d: string };
type RouteEdgeType = Edge<RouteData, 'route'>;

const SIDES: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};
/** The handle an arrow leaves a card by, and the one it enters by, on each side. */
const outOf = (side: Side) => `out-${side}`;
const into = (side: Side) => `in-${side}`;

/**
 * Invisible, non-connectable handles: React Flow attaches an edge only to a handle, and each route
 * names the sides it leaves and enters by. A card carries only the handles its arrows use.
 */
const handle = (id: string, type: 'source' | 'target', side: Side): [string, ReactElement] => [
  id,
  <Handle key={id} id={id} type={type} position={SIDES[side]} isConnectable={false} className="map-handle" />,
];
const HANDLES: Record<string, ReactElement> = Object.fromEntries(
  (Object.keys(SIDES) as Side[]).flatMap((side) => [
    handle(outOf(side), 'source', side),
    handle(into(side), 'target', side),
  ]),
);

const PointCard = memo(function PointCard({ data }: NodeProps<PointNode>) {
  return (
    <>
      {data.handles.map((id) => HANDLES[id])}
      <div className={`map-node priority-border-${data.priority}${data.selected ? ' selected' : ''}`}>
        <span className="map-node-title">{data.title}</span>
        <span className="map-node-meta">
          <span className={`badge priority-${data.priority}`}>{PRIORITY_LABEL[data.priority]}</span> {data.level}
        </span>
        <span className="map-node-who">{data.who}</span>
      </div>
    </>
  );
});

/** Draws the route the layout computed (the PDF draws the same one), with its arrowhead. */
const RouteEdge = memo(function RouteEdge({ id, data, markerEnd }: EdgeProps<RouteEdgeType>) {
  return data ? <BaseEdge id={id} path={data.d} interactionWidth={0} {...(markerEnd ? { markerEnd } : {})} /> : null;
});

const Lane = memo(function Lane({ data }: NodeProps<LaneNode>) {
  return (
    <div className="map-lane" style={{ width: data.width, height: data.height }}>
      <span className="map-lane-label">
        {data.order}. {data.label}
      </span>
    </div>
  );
});

const nodeTypes = { point: PointCard, lane: Lane };
/** Arrow ink: 4.9:1 on the lanes' tint, like the .map-edge stroke in app.css (WCAG 1.4.11 asks 3:1). */
const ARROWHEAD = { type: MarkerType.ArrowClosed, color: '#5f6b7a', width: 16, height: 16 };
const edgeTypes = { route: RouteEdge };

function reportFlowError(code: string, message: string) {
  console.error(`[React Flow] error ${code}: ${message}`);
}

interface Props {
  layout: MapLayout;
  levelNames: Record<string, string>;
  whoNames: (ids: string[]) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The phase map: lanes along a timeline, points as nodes, edges where one point's data feeds another. */
export default function PhaseMap({ layout, levelNames, whoNames, selectedId, onSelect }: Props) {
  const handlesOf = useMemo(() => {
    const used = new Map<string, Set<string>>();
    const use = (node: string, handle: string) => used.set(node, (used.get(node) ?? new Set()).add(handle));
    for (const e of layout.edges) {
      use(e.source, outOf(e.route.from));
      use(e.target, into(e.route.to));
    }
    return (id: string) => [...(used.get(id) ?? [])].sort();
  }, [layout]);
  const nodes = useMemo<(PointNode | LaneNode)[]>(
    () => [
      ...layout.lanes.map<LaneNode>((l) => ({
        id: `lane-${l.phaseId}`,
        type: 'lane',
        position: { x: l.x, y: l.y },
        data: { label: l.label, order: l.order, width: l.width, height: l.height },
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: -1,
      })),
      ...layout.nodes.map<PointNode>((n) => ({
        id: n.id,
        type: 'point',
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        data: {
          title: n.title,
          priority: n.priority,
          level: levelNames[n.level] ?? n.level,
          who: whoNames(n.who),
          selected: n.id === selectedId,
          handles: handlesOf(n.id),
        },
        ariaLabel: `${n.title}. ${PRIORITY_LABEL[n.priority]}. ${levelNames[n.level] ?? n.level}. Press Enter for details.`,
        draggable: false,
      })),
    ],
    [layout, levelNames, whoNames, selectedId, handlesOf],
  );
  const edges = useMemo<RouteEdgeType[]>(() => {
    const title = new Map(layout.nodes.map((n) => [n.id, n.title]));
    return layout.edges.map((e) => ({
      id: e.id,
      type: 'route',
      source: e.source,
      target: e.target,
      sourceHandle: outOf(e.route.from),
      targetHandle: into(e.route.to),
      data: { d: svgPath(e.route) },
      markerEnd: ARROWHEAD,
      className: 'map-edge',
      focusable: false,
      selectable: false,
      ariaLabel: `${title.get(e.source) ?? e.source} feeds into ${title.get(e.target) ?? e.target}`,
    }));
  }, [layout]);
  return (
    <div className="map-frame" role="region" aria-label="Phase map of the engagement plan">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onError={reportFlowError}
        fitView
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        zoomOnDoubleClick={false}
        disableKeyboardA11y={false}
        onNodeClick={(_, node) => node.type === 'point' && onSelect(node.id)}
        onNodesChange={() => undefined}
        proOptions={{ hideAttribution: false }}
        onKeyDown={(e) => {
          const id = (e.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id');
          if ((e.key === 'Enter' || e.key === ' ') && id && !id.startsWith('lane-')) {
            e.preventDefault();
            onSelect(id);
          }
        }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Overview of the whole map" />
      </ReactFlow>
    </div>
  );
}
