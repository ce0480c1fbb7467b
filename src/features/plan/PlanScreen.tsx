import { Suspense, useCallback, useMemo, useState } from 'react';
import { useContent } from '../../app/useContent';
import { usePlansStore } from '../../stores/plans.store';
import { useUiStore } from '../../stores/ui.store';
import { buildPlan } from '../../domain/engine/buildPlan';
import { filterPlan } from '../../domain/plan/filter';
import { layoutPlan } from '../../domain/map/layout';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument, PlanEdits } from '../../domain/document/types';
import { addCustomPoint, clearDecision, discardEdit, includePoint, saveItemEdit } from '../../domain/document/edits';
import { href } from '../../app/router';
import { PlanNotFound } from '../plans/PlanNotFound';
import { Summary } from './Summary';
import { Filters } from './Filters';
import { PlanList } from './PlanList';
import { PointDetail } from './PointDetail';
import { Considerations } from './Considerations';
import { CustomPointForm } from './CustomPointForm';
import { ExportPanel } from './ExportPanel';
import { OrphanedEdits } from './OrphanedEdits';
import { LeftOut } from './LeftOut';
import { PhaseMap } from '../../app/screens';

function PlanView({ content, doc }: { content: Content; doc: PlanDocument }) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  const filters = useUiStore((s) => s.filters);
  const setFilters = useUiStore((s) => s.setFilters);
  const [selectedId, setSelectedId] = useState<string | null>(null);

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
    if (id === selectedId) setSelectedId(null);
  };

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
        </p>
      </div>
      <OrphanedEdits orphans={plan.orphanedEdits} onDiscard={discard} />
      <Summary
        plan={plan}
        settings={doc.settings}
        onSettings={(settings) => updatePlan(doc.id, (d) => ({ ...d, settings }))}
      />
      <ExportPanel plan={plan} content={content} doc={doc} />
      <Filters
        content={content}
        phases={phases}
        filters={filters}
        onChange={setFilters}
        shown={visibleIds.size}
        total={allItems.length}
      />
      <div className="view-toggle" role="group" aria-label="How to show the plan">
        <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
          Map
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          List
        </button>
      </div>
      <div className={selected ? 'plan-body with-detail' : 'plan-body'}>
        <section aria-labelledby="plan-view-heading" className="plan-main">
          <h2 id="plan-view-heading">{view === 'map' ? 'Phase map' : 'Engagement points by phase'}</h2>
          {plan.phases.length === 0 ? (
            <p>No research phases are in scope. Change your answers to choose the phases the plan should cover.</p>
          ) : view === 'map' ? (
            <Suspense fallback={<p role="status">Loading the map…</p>}>
              <p className="muted">
                Select a point to see why it is in your plan. Arrows show where one point’s data feeds a later one. The
                list view shows the same points.
              </p>
              <Legend />
              <PhaseMap
                layout={layout}
                levelNames={levelNames}
                whoNames={whoNames}
                selectedId={selectedId}
                onSelect={setSelectedId}
              />
            </Suspense>
          ) : (
            <PlanList
              content={content}
              plan={plan}
              visibleIds={visibleIds}
              selectedId={selectedId}
              onSelect={(id) => setSelectedId(id === selectedId ? null : id)}
              onInclude={(id) => changeEdits((e) => includePoint(e, id))}
              onRestore={(id) => changeEdits((e) => clearDecision(e, id))}
            />
          )}
        </section>
        {selected && (
          <PointDetail
            key={selected.id}
            content={content}
            item={selected}
            onClose={() => setSelectedId(null)}
            onEdit={(edit) => {
              changeEdits((e) => saveItemEdit(e, selected.id, edit));
              if (edit.decision === 'exclude') setSelectedId(null);
            }}
            {...(selected.kind === 'custom' ? { onRemoveCustom: () => discard(selected.id) } : {})}
          />
        )}
      </div>
      <CustomPointForm
        content={content}
        phases={phases}
        onAdd={(point) => changeEdits((e) => addCustomPoint(e, point))}
      />
      <Considerations plan={plan} content={content} />
      <LeftOut items={plan.leftOut} />
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="badge priority-essential">Essential</span> do this
      </li>
      <li>
        <span className="badge priority-recommended">Recommended</span> strongly advised
      </li>
      <li>
        <span className="badge priority-optional">Optional</span> worth considering
      </li>
      <li>→ data from one point feeds a later one</li>
    </ul>
  );
}

export default function PlanScreen({ planId }: { planId: string }) {
  const content = useContent();
  const doc = usePlansStore((s) => s.plans[planId]);
  if (!doc) return <PlanNotFound />;
  return <PlanView content={content} doc={doc} />;
}
