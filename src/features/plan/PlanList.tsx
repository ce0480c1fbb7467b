import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import { PRIORITY_LABEL, STATUS_LABEL } from '../../domain/plan/labels';
import { PointLinks } from './PointLinks';

interface Props {
  content: Content;
  plan: Plan;
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Opens a linked point's details ("Feeds into …", "Uses data from …"). */
  onOpen: (id: string) => void;
  onInclude: (pointId: string) => void;
  onRestore: (pointId: string) => void;
}

/** The map's twin: the same points, in reading order, for keyboard, screen readers and printing. */
export function PlanList({ content, plan, visibleIds, selectedId, onSelect, onOpen, onInclude, onRestore }: Props) {
  const who = (ids: string[]) => ids.map((id) => content.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ');
  return (
    <div className="plan-list-view">
      {plan.phases.map((p) => {
        const items = p.items.filter((i) => visibleIds.has(i.id));
        return (
          <section key={p.phase.id} aria-labelledby={`phase-${p.phase.id}`} className="phase-section">
            <h3 id={`phase-${p.phase.id}`}>
              {p.phase.order}. {p.phase.name}
            </h3>
            {items.length === 0 ? (
              <p className="muted">No engagement points match the filters in this phase.</p>
            ) : (
              <ul className="point-list">
                {items.map((item) => (
                  <li key={item.id} className={`point-card priority-border-${item.priority}`} data-point-id={item.id}>
                    <button
                      type="button"
                      className="point-title"
                      aria-expanded={selectedId === item.id}
                      onClick={() => onSelect(item.id)}
                    >
                      {item.title}
                    </button>
                    <p className="point-meta">
                      <span className={`badge priority-${item.priority}`}>{PRIORITY_LABEL[item.priority]}</span>{' '}
                      <span className="badge">
                        {content.levels.find((l) => l.id === item.level)?.name ?? item.level}
                      </span>{' '}
                      {item.edit.status && <span className="badge">{STATUS_LABEL[item.edit.status]}</span>}{' '}
                      {item.kind === 'custom' && <span className="badge">Custom</span>}
                    </p>
                    <p className="muted">Who: {who(item.who)}</p>
                    {item.edit.owner && <p className="muted">Owner: {item.edit.owner}</p>}
                    <PointLinks plan={plan} item={item} onOpen={onOpen} variant="card" />
                  </li>
                ))}
              </ul>
            )}
            {p.excluded.length > 0 && (
              <details className="excluded">
                <summary>Left out by your team ({p.excluded.length})</summary>
                <ul>
                  {p.excluded.map(({ item, reason }) => (
                    <li key={item.id}>
                      {item.title}: <span className="muted">{reason}</span>{' '}
                      <button type="button" className="link-button" onClick={() => onRestore(item.id)}>
                        Put back<span className="visually-hidden"> {item.title}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {p.available.length > 0 && (
              <details className="available">
                <summary>More points you could add ({p.available.length})</summary>
                <ul>
                  {p.available.map((point) => (
                    <li key={point.id}>
                      <strong>{point.title}</strong>: {point.decision}{' '}
                      <button type="button" className="link-button" onClick={() => onInclude(point.id)}>
                        Add to plan<span className="visually-hidden"> {point.title}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
