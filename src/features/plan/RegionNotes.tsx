import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import { planRegions } from '../../domain/plan/regions';

/** What differs in each region the programme works in: the rules and bodies a plan must fit. */
export function RegionNotes({ plan, content }: { plan: Plan; content: Content }) {
  const regions = planRegions(content, plan);
  if (!regions.length) return null;
  return (
    <section className="panel" aria-labelledby="regions-heading">
      <h2 id="regions-heading">What differs where you work</h2>
      {regions.map((r) => (
        <details key={r.id} className="consideration">
          <summary>{r.name}</summary>
          <p>{r.summary}</p>
          <ul>
            {r.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <p className="muted">
            Sources:{' '}
            {r.references
              .map((id) => content.references.find((x) => x.id === id))
              .filter((x) => x !== undefined)
              .map((x, i) => (
                <span key={x.id}>
                  {i > 0 && '; '}
                  <a href={x.url} target="_blank" rel="noreferrer noopener">
                    {x.title}
                  </a>
                </span>
              ))}
          </p>
        </details>
      ))}
    </section>
  );
}
