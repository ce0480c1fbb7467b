import type { Plan, PlanItem } from '../../domain/plan/types';
import { pointLinks } from '../../domain/plan/links';

interface Props {
  plan: Plan;
  item: PlanItem;
  onOpen: (id: string) => void;
  /** 'detail': headed sections that say when there is no link; 'card': one compact line per direction, only when there are links. */
  variant: 'detail' | 'card';
}

const DIRECTIONS = [
  { key: 'feedsInto', label: 'Feeds into', list: 'feeds into' },
  { key: 'usesDataFrom', label: 'Uses data from', list: 'uses data from' },
] as const;

/** The map's arrows for one point, as buttons that open the linked point: for keyboard and screen-reader users too. */
export function PointLinks({ plan, item, onOpen, variant }: Props) {
  const links = pointLinks(plan, item.id);
  return (
    <>
      {DIRECTIONS.map(({ key, label, list }) => {
        const linked = links[key];
        const buttons = (
          <ul className="point-links" aria-label={`${item.title} ${list}`}>
            {linked.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onOpen(other.id)}>
                  {other.title}
                </button>
              </li>
            ))}
          </ul>
        );
        if (variant === 'card')
          return linked.length === 0 ? null : (
            <div key={key} className="point-links-row">
              <span className="muted">{label}:</span> {buttons}
            </div>
          );
        return (
          <div key={key}>
            <h3>{label}</h3>
            {linked.length === 0 ? <p className="muted">No other point in this plan.</p> : buttons}
          </div>
        );
      })}
    </>
  );
}
