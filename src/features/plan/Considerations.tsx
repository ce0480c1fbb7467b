import type { Content } from '../../domain/content/schema';
import { SourceLinks } from '../../components/SourceLinks';
import type { Plan } from '../../domain/plan/types';
import { RegionNotes } from './RegionNotes';

export function Considerations({ plan, content }: { plan: Plan; content: Content }) {
  return (
    <>
      <section className="panel" aria-labelledby="considerations-heading">
        <h2 id="considerations-heading">Things to get right</h2>
        {plan.considerations.map(({ consideration: c, reasons }) => (
          <details key={c.id} className="consideration">
            <summary>{c.name}</summary>
            <p>{c.summary}</p>
            <ul>
              {c.actions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
            <p className="muted">
              Why: {reasons.map((r) => r.text + (r.answers.length ? ` (${r.answers.join('; ')})` : '')).join(' ')}
            </p>
            <SourceLinks ids={c.references} references={content.references} />
          </details>
        ))}
      </section>
      <RegionNotes plan={plan} content={content} />
      <section className="panel" aria-labelledby="quality-heading">
        <h2 id="quality-heading">Quality checklist</h2>
        <ul className="checklist">
          {plan.qualityCriteria.map((q) => (
            <li key={q.id}>
              <strong>{q.name}</strong>: {q.question}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
