import type { Content } from '../../domain/content/schema';
import { SourceLinks } from '../../components/SourceLinks';
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
          <SourceLinks ids={r.references} references={content.references} />
        </details>
      ))}
    </section>
  );
}
