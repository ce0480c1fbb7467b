import { memo, useMemo } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { MapLayout } from '../../domain/map/layout';
import { PRIORITY_LABEL } from '../../domain/plan/labels';

type PointData = {
  title: string;
  priority: keyof typeof PRIORITY_LABEL;
  level: string;
  who: string;
  selected: boolean;
};
type LaneData = { label: string; order: number; width: number; height: number };
type PointNode = Node<PointData, 'point'>;
type LaneNode = Node<LaneData, 'lane'>;

const PointCard = memo(function PointCard({ data }: NodeProps<PointNode>) {
  return (
    <div className={`map-node priority-border-${data.priority}${data.selected ? ' selected' : ''}`}>
      <span className="map-node-title">{data.title}</span>
      <span className="map-node-meta">
        <span className={`badge priority-${data.priority}`}>{PRIORITY_LABEL[data.priority]}</span> {data.level}
      </span>
      <span className="map-node-who">{data.who}</span>
    </div>
  );
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

interface Props {
  layout: MapLayout;
  levelNames: Record<string, string>;
  whoNames: (ids: string[]) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The phase map: lanes along a timeline, points as nodes, edges where one point's data feeds another. */
export default function PhaseMap({ layout, levelNames, whoNames, selectedId, onSelect }: Props) {
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
        },
        ariaLabel: `${n.title}. ${PRIORITY_LABEL[n.priority]}. ${levelNames[n.level] ?? n.level}. Press Enter for details.`,
        draggable: false,
      })),
    ],
    [layout, levelNames, whoNames, selectedId],
  );
  const edges = useMemo<Edge[]>(
    () =>
      layout.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        markerEnd: { type: MarkerType.ArrowClosed },
        className: 'map-edge',
        focusable: false,
      })),
    [layout],
  );
  return (
    <div className="map-frame" role="region" aria-label="Phase map of the engagement plan">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
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
