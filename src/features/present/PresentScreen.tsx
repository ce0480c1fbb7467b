import { useEffect, useMemo, useRef, useState } from 'react';
import { useContent } from '../../content/load';
import { usePlansStore } from '../../stores/plans.store';
import { buildPlan } from '../../domain/engine/buildPlan';
import { setAgendaMinutes } from '../../domain/document/agenda';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { href, navigate } from '../../lib/routes';
import { PlanNotFound } from '../home/PlanNotFound';
import { AgendaTimer } from './AgendaTimer';
import { FocusedPoint } from './FocusedPoint';
import { PointCapture } from '../workshop';
import { PhaseStage } from './PhaseStage';
import { usePresenterKeys } from './usePresenterKeys';
import './present.css';

function Presenter({ content, doc }: { content: Content; doc: PlanDocument }) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const plan = useMemo(
    () => buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings }),
    [content, doc.answers, doc.edits, doc.settings],
  );
  const phases = plan.phases;
  const [phaseIndex, setPhaseIndex] = useState(0);
  const [pointIndex, setPointIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const [notice, setNotice] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const cards = useRef<HTMLOListElement>(null);

  const current = phases[Math.min(phaseIndex, phases.length - 1)];
  const items = current?.items ?? [];
  const item = items[Math.min(pointIndex, items.length - 1)];

  useEffect(() => {
    const change = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, []);

  const focusCard = (i: number) =>
    requestAnimationFrame(() => cards.current?.querySelectorAll<HTMLElement>('.present-card')[i]?.focus());
  const goPhase = (i: number) => {
    if (i < 0 || i >= phases.length) return;
    setPhaseIndex(i);
    setPointIndex(0);
    setOpen(false);
    focusCard(0);
  };
  const goPoint = (i: number) => {
    if (i < 0 || i >= items.length) return;
    setPointIndex(i);
    focusCard(i);
  };
  const toggleFullScreen = () => {
    const done = document.fullscreenElement ? document.exitFullscreen() : root.current?.requestFullscreen();
    void done?.catch(() => setNotice('This browser did not allow full screen. Press F11 instead.'));
  };

  usePresenterKeys({
    previousPhase: () => goPhase(phaseIndex - 1),
    nextPhase: () => goPhase(phaseIndex + 1),
    previousPoint: () => goPoint(pointIndex - 1),
    nextPoint: () => goPoint(pointIndex + 1),
    open: () => item && setOpen(true),
    back: () => {
      if (open) {
        setOpen(false);
        focusCard(pointIndex);
      } else navigate(href.plan(doc.id));
    },
    fullScreen: toggleFullScreen,
  });

  if (!current)
    return (
      <div className="panel">
        <h1>{doc.name}</h1>
        <p>No research phases are in scope, so there is nothing to present.</p>
        <a href={href.plan(doc.id)}>Back to the plan</a>
      </div>
    );

  const prev = phases[phaseIndex - 1];
  const next = phases[phaseIndex + 1];
  return (
    <div className="present-screen" ref={root}>
      <header className="present-bar">
        <a className="button" href={href.plan(doc.id)}>
          Back to the plan <span className="key-hint">(Esc)</span>
        </a>
        <h1 className="present-plan-name">{doc.name}</h1>
        <AgendaTimer
          phases={phases.map((p) => ({ id: p.phase.id, order: p.phase.order, name: p.phase.name }))}
          phaseId={current.phase.id}
          agenda={doc.settings.agenda}
          onMinutes={(phaseId, minutes) =>
            updatePlan(doc.id, (d) => ({
              ...d,
              settings: { ...d.settings, agenda: setAgendaMinutes(d.settings.agenda, phaseId, minutes) },
            }))
          }
        />
        <button type="button" aria-pressed={fullScreen} onClick={toggleFullScreen}>
          Full screen <span className="key-hint">(F)</span>
        </button>
      </header>
      <p className="present-keys muted" id="present-keys">
        Keys: ← → phase · ↑ ↓ point · Enter opens the point · Esc goes back · F full screen
      </p>
      <p role="status" className="present-status">
        {notice}
      </p>
      <div className={open ? 'present-stage present-open' : 'present-stage'}>
        <PhaseStage
          plan={plan}
          phase={current}
          position={{ index: phaseIndex, count: phases.length }}
          prev={prev}
          next={next}
          pointIndex={pointIndex}
          cardsRef={cards}
          onPhase={goPhase}
          onPoint={(i) => {
            setPointIndex(i);
            setOpen(true);
          }}
        />
        {item && (
          <aside className="present-focus" aria-labelledby="present-point-heading">
            <FocusedPoint content={content} plan={plan} item={item} open={open} />
            {open && <PointCapture doc={doc} pointId={item.id} title={item.title} />}
          </aside>
        )}
      </div>
    </div>
  );
}

/** The presenter view: one phase at a time on a projector, driven from the keyboard. */
export default function PresentScreen({ planId }: { planId: string }) {
  const content = useContent();
  const doc = usePlansStore((s) => s.plans[planId]);
  if (!doc) return <PlanNotFound />;
  return <Presenter content={content} doc={doc} />;
}
