import type { OrphanedEdit } from '../../domain/plan/types';

/** Edits whose point no longer applies after answers changed: shown, never dropped silently. */
export function OrphanedEdits({ orphans, onDiscard }: { orphans: OrphanedEdit[]; onDiscard: (id: string) => void }) {
  if (orphans.length === 0) return null;
  return (
    <section className="panel warning-panel" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Team notes on points no longer in the plan</h2>
      <p>Your answers changed, so these points no longer apply. Your team’s notes are kept until you discard them.</p>
      <ul>
        {orphans.map((o) => (
          <li key={o.pointId}>
            <strong>{o.title}</strong>: {o.why}{' '}
            {[
              o.edit.owner && `Owner: ${o.edit.owner}`,
              o.edit.targetDate && `Date: ${o.edit.targetDate}`,
              o.edit.notes && `Notes: ${o.edit.notes}`,
            ]
              .filter(Boolean)
              .join(' · ')}{' '}
            <button type="button" className="link-button" onClick={() => onDiscard(o.pointId)}>
              Discard<span className="visually-hidden"> notes on {o.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
