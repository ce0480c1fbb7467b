import type { RefObject } from 'react';
import type { Plan, PlanItem, PlanPhase } from '../../domain/plan/types';
import { pointLinks } from '../../domain/plan/links';
import { PRIORITY_LABEL } from '../../domain/plan/labels';

interface Props {
  plan: Plan;
  phase: PlanPhase;
  position: { index: number; count: number };
  prev: PlanPhase | undefined;
  next: PlanPhase | undefined;
  pointIndex: number;
  cardsRef: RefObject<HTMLOListElement | null>;
  onPhase: (index: number) => void;
  /** A card was chosen (clicked, or Enter on it): focus it and open it. */
  onPoint: (index: number) => void;
}

/** Points of `from` whose data feeds a point of `to`, or the other way when `into` is set. */
function linked(plan: Plan, here: PlanItem[], other: PlanPhase | undefined, into: boolean): PlanItem[] {
  if (!other) return [];
  const ids = new Set(
    here.flatMap((i) => {
      const l = pointLinks(plan, i.id);
      return (into ? l.feedsInto : l.usesDataFrom).map((x) => x.id);
    }),
  );
  return other.items.filter((i) => ids.has(i.id));
}

/**
 * One phase on the big screen: its name between the neighbouring phases, the points of the phase
 * before whose data flows in, the phase's points as large cards, and the points of the next phase
 * its data flows into.
 */
export function PhaseStage({ plan, phase, position, prev, next, pointIndex, cardsRef, onPhase, onPoint }: Props) {
  const from = linked(plan, phase.items, prev, false);
  const into = linked(plan, phase.items, next, true);
  const focusedLinks = phase.items[pointIndex] ? pointLinks(plan, phase.items[pointIndex].id) : null;
  const isLinked = (i: PlanItem) =>
    !!focusedLinks && [...focusedLinks.feedsInto, ...focusedLinks.usesDataFrom].some((x) => x.id === i.id);
  return (
    <section className="present-phase" aria-labelledby="present-phase-heading">
      <div className="present-phase-head">
        <button
          type="button"
          className="present-nav"
          onClick={() => onPhase(position.index - 1)}
          aria-disabled={!prev}
          aria-label={prev ? `Previous phase: ${prev.phase.order}. ${prev.phase.name}` : 'No earlier phase'}
        >
          ← {prev ? prev.phase.short : ''}
        </button>
        <h2 id="present-phase-heading" tabIndex={-1} aria-live="polite">
          <span className="present-phase-count">
            Phase {position.index + 1} of {position.count}
          </span>{' '}
          {phase.phase.order}. {phase.phase.name}
        </h2>
        <button
          type="button"
          className="present-nav"
          onClick={() => onPhase(position.index + 1)}
          aria-disabled={!next}
          aria-label={next ? `Next phase: ${next.phase.order}. ${next.phase.name}` : 'No later phase'}
        >
          {next ? next.phase.short : ''} →
        </button>
      </div>
      {from.length > 0 && prev && (
        <div className="present-flow">
          <h3>Data from {prev.phase.short}</h3>
          <ul>
            {from.map((i) => (
              <li key={i.id} className={isLinked(i) ? 'present-linked' : undefined}>
                {i.title} <span aria-hidden="true">→</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {phase.items.length === 0 ? (
        <p className="present-empty">No engagement points in this phase.</p>
      ) : (
        <ol className="present-cards" ref={cardsRef} aria-label={`Points in ${phase.phase.name}`}>
          {phase.items.map((i, index) => {
            const l = pointLinks(plan, i.id);
            const ins = l.usesDataFrom.filter((x) => x.phaseId !== phase.phase.id).length;
            const outs = l.feedsInto.filter((x) => x.phaseId !== phase.phase.id).length;
            return (
              <li key={i.id}>
                <button
                  type="button"
                  className={`present-card priority-border-${i.priority}`}
                  aria-current={index === pointIndex ? 'true' : undefined}
                  tabIndex={index === pointIndex ? 0 : -1}
                  onClick={() => onPoint(index)}
                >
                  <span className="present-card-title">{i.title}</span>
                  <span className="present-card-meta">
                    <span className={`badge priority-${i.priority}`}>{PRIORITY_LABEL[i.priority]}</span>
                    {ins > 0 && <span> ← data from {ins === 1 ? '1 point' : `${ins} points`} before</span>}
                    {outs > 0 && <span> · feeds {outs === 1 ? '1 point' : `${outs} points`} after →</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {into.length > 0 && next && (
        <div className="present-flow">
          <h3>Data into {next.phase.short}</h3>
          <ul>
            {into.map((i) => (
              <li key={i.id} className={isLinked(i) ? 'present-linked' : undefined}>
                <span aria-hidden="true">→</span> {i.title}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
