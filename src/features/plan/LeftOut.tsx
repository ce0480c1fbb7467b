import type { LeftOutItem } from '../../domain/plan/types';

/** Points the answers call for whose phase is out of scope: listed with the reason, never dropped silently. */
export function LeftOut({ items }: { items: LeftOutItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="left-out-heading">
      <h2 id="left-out-heading">Left out because of the phases in scope</h2>
      <ul>
        {items.map((x) => (
          <li key={x.pointId}>
            <strong>{x.title}</strong>: {x.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
