import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useContent } from '../../content/load';
import { usePlansStore } from '../../stores/plans.store';
import { useUiStore, type PlanView } from '../../stores/ui.store';
import { buildPlan } from '../../domain/engine/buildPlan';
import { filterPlan } from '../../domain/plan/filter';
import { layoutPlan } from '../../domain/map/layout';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument, PlanEdits } from '../../domain/document/types';
import { addCustomPoint, clearDecision, discardEdit, includePoint, saveItemEdit } from '../../domain/document/edits';
import { href } from '../../lib/routes';
import { PlanNotFound } from '../home/PlanNotFound';
import { Summary } from './Summary';
import { PriorityMatrix } from './PriorityMatrix';
import { Filters } from './Filters';
import { PlanList } from './PlanList';
import { PointDetail } from './PointDetail';
import { Considerations } from './Considerations';
import { StarterMetrics } from './StarterMetrics';
import { CustomPointForm } from './CustomPointForm';
import { ExportPanel } from './ExportPanel';
import { SharePanel } from '../share/SharePanel';
import { OrphanedEdits } from './OrphanedEdits';
import { LeftOut } from './LeftOut';
import { PhaseMap } from './lazyMap';
import { PlanTimeline } from './lazyTimeline';
import { PlanToolbar, ToolbarDisclosure } from './PlanToolbar';
import { DetailLayer } from './DetailLayer';
import { PointRecord } from './PointRecord';
import { VersionsPanel } from './VersionsPanel';
import { PLAN_VIEW_TEXT, PRIORITY_LABEL, PRIORITY_MEANING } from '../../domain/plan/labels';
import { PRIORITIES } from '../../domain/content/constants';
import { RefineLink } from '../questionnaire/RefineLink';
import { PointCapture, WorkshopSection } from '../workshop';

/** Where a point's card is in each view, to give it focus back when its details close. */
const POINT_FOCUS: Record<PlanView, (id: string) => string> = {
  map: (id) => `.react-flow__node[data-id="${id}"]`,
  list: (id) => `.plan-list-view [data-point-id="${id}"] button.point-title`,
  timeline: (id) => `.timeline-view button[data-point-id="${id}"]`,
};

const VIEW_HEADING: Record<PlanView, string> = {
  map: PLAN_VIEW_TEXT.mapHeading,
  list: PLAN_VIEW_TEXT.listHeading,
  timeline: PLAN_VIEW_TEXT.timelineHeading,
};

type FocusTarget = { kind: 'point'; id: string } | { kind: 'undo' } | { kind: 'heading' };

function PlanView({ content, doc }: { content: Content; doc: PlanDocument }) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const filters = useUiStore((s) => s.filters);
  const setFilters = useUiStore((s) => s.setFilters);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A point the team just left out, offered back; and where focus goes once the screen has re-rendered.
  const [leftOut, setLeftOut] = useState<{ id: string; title: string } | null>(null);
  const focusTarget = useRef<FocusTarget | null>(null);
  const setFocusTarget = (target: FocusTarget) => {
    focusTarget.current = target;
  };
  const undoButton = useRef<HTMLButtonElement>(null);

  const plan = useMemo(
    () => buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings }),
    [content, doc.answers, doc.edits, doc.settings],
  );
  const visibleIds = useMemo(() => filterPlan(plan, filters), [plan, filters]);
  const layout = useMemo(() => layoutPlan(plan, visibleIds), [plan, visibleIds]);
  const levelNames = useMemo(() => Object.fromEntries(content.levels.map((l) => [l.id, l.name])), [content]);
  const whoNames = useCallback(
    (ids: string[]) => ids.map((id) => content.stakeholders.find((s) => s.id === id)?.name ?? id).join(', '),
    [content],
  );
  const phases = plan.phases.map((p) => ({ id: p.phase.id, name: p.phase.name }));
  const allItems = plan.phases.flatMap((p) => p.items);
  const selected = allItems.find((i) => i.id === selectedId) ?? null;

  // Edits apply to the latest saved document, never to the copy this render saw.
  const changeEdits = (change: (edits: PlanEdits) => PlanEdits) =>
    updatePlan(doc.id, (d) => ({ ...d, edits: change(d.edits) }));
  const discard = (id: string) => {
    changeEdits((e) => discardEdit(e, id));
    if (id === selectedId) {
      setSelectedId(null);
      setFocusTarget({ kind: 'heading' });
    }
  };
  const open = (id: string | null) => {
    setSelectedId(id);
    setLeftOut(null);
  };
  /** Closes the details and gives focus back to the point's card on the map or in the list. */
  const closeDetail = () => {
    if (selectedId) setFocusTarget({ kind: 'point', id: selectedId });
    setSelectedId(null);
  };
  const putBack = (id: string) => {
    changeEdits((e) => clearDecision(e, id));
    setLeftOut(null);
    setFocusTarget({ kind: 'point', id });
  };

  // Each change that sets a focus target also re-renders the screen; focus moves once that render is on screen.
  useEffect(() => {
    const wanted = focusTarget.current;
    if (!wanted) return;
    focusTarget.current = null;
    const target =
      wanted.kind === 'undo'
        ? undoButton.current
        : wanted.kind === 'point'
          ? document.querySelector<HTMLElement>(POINT_FOCUS[view](CSS.escape(wanted.id)))
          : null;
    // A card hidden by the filters cannot take focus: the heading of the plan view can.
    (target ?? document.getElementById('plan-view-heading'))?.focus();
  });

  return (
    <div className="plan-screen">
      <div className="plan-head">
        <div>
          <h1>{doc.name}</h1>
          <p className="muted">
            {doc.organisation && `${doc.organisation} · `}Knowledge base {plan.contentVersion}
            {doc.contentVersion !== plan.contentVersion && ` (answers given with ${doc.contentVersion})`}
          </p>
        </div>
        <p>
          <a className="button" href={href.questions(doc.id)}>
            Change answers
          </a>
          <RefineLink questions={content.questions} doc={doc} />
        </p>
      </div>
      <OrphanedEdits orphans={plan.orphanedEdits} onDiscard={discard} />
      <Summary
        plan={plan}
        settings={doc.settings}
        onSettings={(settings) => updatePlan(doc.id, (d) => ({ ...d, settings }))}
        edits={doc.edits}
        onEdits={(edits) => changeEdits(() => edits)}
        leanDeferReason={content.scoring.lean.deferReason}
      />
      <PlanToolbar
        view={view}
        onView={setView}
        presentHref={href.present(doc.id)}
        filters={
          <Filters
            content={content}
            phases={phases}
            filters={filters}
            onChange={setFilters}
            shown={visibleIds.size}
            total={allItems.length}
          />
        }
        exporting={<ExportPanel plan={plan} content={content} doc={doc} />}
      >
        <ToolbarDisclosure id="share-panel" label="Share">
          <SharePanel doc={doc} plan={plan} />
        </ToolbarDisclosure>
        <ToolbarDisclosure id="versions-panel" label="Versions">
          <VersionsPanel doc={doc} content={content} />
        </ToolbarDisclosure>
      </PlanToolbar>
      <div role="status" className="left-out-notice">
        {leftOut && (
          <p>
            <span>“{leftOut.title}” is left out of the plan.</span>{' '}
            <button type="button" ref={undoButton} onClick={() => putBack(leftOut.id)}>
              Put back<span className="visually-hidden"> {leftOut.title}</span>
            </button>
          </p>
        )}
      </div>
      <div className={selected ? 'plan-body with-detail' : 'plan-body'}>
        <section aria-labelledby="plan-view-heading" className="plan-main">
          <h2 id="plan-view-heading" tabIndex={-1}>
            {VIEW_HEADING[view]}
          </h2>
          {plan.phases.length === 0 ? (
            <p>{PLAN_VIEW_TEXT.noPhases}</p>
          ) : view === 'map' ? (
            <Suspense fallback={<p role="status">Loading the map…</p>}>
              <p className="muted">{PLAN_VIEW_TEXT.mapHelp}</p>
              <Legend />
              <PhaseMap
                layout={layout}
                levelNames={levelNames}
                whoNames={whoNames}
                selectedId={selectedId}
                onSelect={open}
              />
            </Suspense>
          ) : view === 'timeline' ? (
            <Suspense fallback={<p role="status">Loading the timeline…</p>}>
              <PlanTimeline
                content={content}
                plan={plan}
                answers={doc.answers}
                visibleIds={visibleIds}
                selectedId={selectedId}
                onSelect={(id) => (id === selectedId ? closeDetail() : open(id))}
              />
            </Suspense>
          ) : (
            <PlanList
              content={content}
              plan={plan}
              visibleIds={visibleIds}
              selectedId={selectedId}
              onSelect={(id) => (id === selectedId ? closeDetail() : open(id))}
              onOpen={open}
              onInclude={(id) => changeEdits((e) => includePoint(e, id))}
              onRestore={(id) => changeEdits((e) => clearDecision(e, id))}
            />
          )}
        </section>
        {selected && (
          <DetailLayer>
            <PointDetail
              key={selected.id}
              content={content}
              item={selected}
              plan={plan}
              onSelect={open}
              onClose={closeDetail}
              onEdit={(edit) => {
                changeEdits((e) => saveItemEdit(e, selected.id, edit));
                if (edit.decision === 'exclude') {
                  setSelectedId(null);
                  setLeftOut({ id: selected.id, title: selected.title });
                  setFocusTarget({ kind: 'undo' });
                }
              }}
              {...(selected.kind === 'custom' ? { onRemoveCustom: () => discard(selected.id) } : {})}
              capture={<PointCapture doc={doc} pointId={selected.id} title={selected.title} />}
              record={<PointRecord doc={doc} plan={plan} content={content} pointId={selected.id} />}
            />
          </DetailLayer>
        )}
      </div>
      <WorkshopSection plan={plan} content={content} doc={doc} />
      <CustomPointForm
        content={content}
        phases={phases}
        onAdd={(point) => changeEdits((e) => addCustomPoint(e, point))}
      />
      <PriorityMatrix plan={plan} selectedId={selectedId} onSelect={setSelectedId} />
      <Considerations plan={plan} content={content} />
      <StarterMetrics plan={plan} content={content} />
      <LeftOut items={plan.leftOut} />
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {PRIORITIES.map((p) => (
        <li key={p}>
          <span className={`badge priority-${p}`}>{PRIORITY_LABEL[p]}</span> {PRIORITY_MEANING[p]}
        </li>
      ))}
      <li>{PLAN_VIEW_TEXT.arrowLegend}</li>
    </ul>
  );
}

export default function PlanScreen({ planId }: { planId: string }) {
  const content = useContent();
  const doc = usePlansStore((s) => s.plans[planId]);
  if (!doc) return <PlanNotFound />;
  return <PlanView content={content} doc={doc} />;
}
