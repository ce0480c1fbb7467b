import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import {
  Background,
  BaseEdge,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useKeyPress,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { MapLayout } from '../../domain/map/layout';
import { svgPath, type Side } from '../../domain/map/route';
import { CARD_KEYS, nextCard, type CardKey } from '../../domain/map/navigate';
import { fitMap } from '../../domain/map/view';
import { MAP_KEYS_TEXT, PRIORITY_LABEL } from '../../domain/plan/labels';

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

/** React Flow's default screen-reader text speaks of moving and deleting nodes: nothing here moves or goes. */
const ARIA_TEXT = {
  'node.a11yDescription.default': MAP_KEYS_TEXT,
  'node.a11yDescription.keyboardDisabled': MAP_KEYS_TEXT,
  'edge.a11yDescription.default': 'An arrow: data from one point feeds a later one.',
  'controls.ariaLabel': 'Map zoom',
  'controls.fitView.ariaLabel': 'Show the whole map',
  'minimap.ariaLabel': 'Overview of the whole map',
};

/** The room the window leaves the map: its height less a strip for the toolbar above. */
const roomInWindow = () => Math.max(320, window.innerHeight - 96);

interface Props {
  layout: MapLayout;
  levelNames: Record<string, string>;
  whoNames: (ids: string[]) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The phase map: lanes along a timeline, points as nodes, edges where one point's data feeds another. */
export default function PhaseMap(props: Props) {
  return (
    <ReactFlowProvider>
      <FlowMap {...props} />
    </ReactFlowProvider>
  );
}

function FlowMap({ layout, levelNames, whoNames, selectedId, onSelect }: Props) {
  // Roving focus: one card is the map's single Tab stop; the arrow keys move it.
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = layout.nodes.some((n) => n.id === activeId) ? activeId : (selectedId ?? layout.nodes[0]?.id ?? null);
  // A card opened elsewhere (the list, the matrix, a link) becomes the map's Tab stop.
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (selectedId !== seenSelected) {
    setSeenSelected(selectedId);
    if (selectedId) setActiveId(selectedId);
  }
  // The wheel scrolls the page until the map has focus, or Ctrl (pinch) or ⌘ is held.
  const [focusWithin, setFocusWithin] = useState(false);
  const zoomKeyHeld = useKeyPress(['Meta', 'Control']);
  const frame = useRef<HTMLDivElement>(null);
  const flow = useRef<ReactFlowInstance<PointNode | LaneNode, RouteEdgeType> | null>(null);
  const [height, setHeight] = useState<number>(() => fitMap(layout, 1280, roomInWindow()).height);
  const fit = useCallback(() => {
    const el = frame.current;
    if (!el || !flow.current) return;
    const view = fitMap(layout, el.clientWidth, roomInWindow());
    setHeight(view.height);
    void flow.current.setViewport({ x: view.x, y: view.y, zoom: view.zoom });
  }, [layout]);
  // Re-fit when the frame changes size (the window, the detail panel opening or closing) or the map does.
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    let last = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === last) return;
      last = el.clientWidth;
      fit();
    });
    observer.observe(el);
    window.addEventListener('resize', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [fit]);

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
        ariaLabel: `${n.title}. ${PRIORITY_LABEL[n.priority]}. ${levelNames[n.level] ?? n.level}.${n.id === selectedId ? ' Details open.' : ''}`,
        domAttributes: { tabIndex: n.id === active ? 0 : -1 },
        draggable: false,
      })),
    ],
    [layout, levelNames, whoNames, selectedId, handlesOf, active],
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

  const onKeyDown = (e: KeyboardEvent) => {
    const id = (e.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id');
    if (!id || id.startsWith('lane-')) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    }
    if (!CARD_KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = nextCard(layout, id, e.key as CardKey);
    if (!next || next === id) return;
    setActiveId(next);
    const card = frame.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`);
    card?.focus();
    // Bring the card into view when the map is wider than the frame (React Flow's own pan waits for :focus-visible).
    const n = layout.nodes.find((x) => x.id === next);
    const view = flow.current?.getViewport();
    const el = frame.current;
    if (n && view && el) {
      const left = n.x * view.zoom + view.x;
      const right = (n.x + n.width) * view.zoom + view.x;
      const top = n.y * view.zoom + view.y;
      const bottom = (n.y + n.height) * view.zoom + view.y;
      if (left < 0 || right > el.clientWidth || top < 0 || bottom > el.clientHeight)
        void flow.current?.setCenter(n.x + n.width / 2, n.y + n.height / 2, { zoom: view.zoom });
    }
  };

  return (
    <div className="map-area">
      <div
        ref={frame}
        className="map-frame"
        role="region"
        aria-label="Phase map of the engagement plan"
        style={{ height }}
        onFocus={() => setFocusWithin(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setFocusWithin(false);
        }}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onError={reportFlowError}
          onInit={(instance) => {
            flow.current = instance;
            fit();
          }}
          minZoom={0.2}
          nodesDraggable={false}
          nodesConnectable={false}
          zoomOnDoubleClick={false}
          zoomOnScroll={focusWithin || zoomKeyHeld}
          preventScrolling={focusWithin || zoomKeyHeld}
          disableKeyboardA11y={false}
          ariaLabelConfig={ARIA_TEXT}
          onNodeClick={(_, node) => {
            if (node.type !== 'point') return;
            setActiveId(node.id);
            onSelect(node.id);
          }}
          onNodesChange={() => undefined}
          proOptions={{ hideAttribution: false }}
          onKeyDown={onKeyDown}
        >
          <Background gap={24} />
          <Controls showInteractive={false} position="top-right" />
        </ReactFlow>
      </div>
      {/* Outside the frame, so it never covers a card. */}
      <div className="map-overview">
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the whole map"
          position="top-right"
          style={{ width: 280, height: 80 }}
        />
      </div>
    </div>
  );
}
