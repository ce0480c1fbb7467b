import type { Plan, PlanItem } from '../../domain/plan/types';
import { PRIORITY_LABEL, QUADRANTS, formatMoney } from '../../domain/plan/labels';

interface Props {
  plan: Plan;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const parts = (list: { label: string; points: number }[]) => list.map((p) => `${p.label} (+${p.points})`).join(', ');

/**
 * Benefit × investment, in the spirit of the CTTI prioritisation tool: a 2 × 2 grid of the plan's points
 * and, beside it, the same points as a table with the reasons behind each score.
 */
export function PriorityMatrix({ plan, selectedId, onSelect }: Props) {
  const items = plan.phases
    .flatMap((p) => p.items)
    .filter((i): i is PlanItem & { score: NonNullable<PlanItem['score']> } => !!i.score);
  const phaseName = new Map(plan.phases.map((p) => [p.phase.id, p.phase.name]));
  const currency = plan.summary.cost.currency;
  const sorted = [...items].sort(
    (a, b) => b.score.benefit - a.score.benefit || a.score.investment - b.score.investment,
  );
  if (items.length === 0) return null;
  return (
    <section className="panel matrix" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Benefit and investment</h2>
      <p className="muted">
        Each point scores 0 to 10 for benefit (how much it matters in this programme) and investment (what it asks of
        the team, the budget and patient partners). Select a point to see it in full.
      </p>
      <div className="matrix-grid">
        {QUADRANTS.map((q) => {
          const inQuadrant = sorted.filter((i) => i.score.quadrant === q.id);
          return (
            <div key={q.id} className={`matrix-cell matrix-${q.id}`} role="group" aria-labelledby={`quadrant-${q.id}`}>
              <h3 id={`quadrant-${q.id}`}>
                {q.name} <span className="muted">({inQuadrant.length})</span>
              </h3>
              <p className="muted matrix-hint">{q.hint}</p>
              {inQuadrant.length > 0 && (
                <ul>
                  {inQuadrant.map((i) => (
                    <li key={i.id}>
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={selectedId === i.id}
                        onClick={() => onSelect(i.id)}
                      >
                        {i.title}
                      </button>{' '}
                      <span className="muted">
                        {PRIORITY_LABEL[i.priority]} · benefit {i.score.benefit} · investment {i.score.investment}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <details className="matrix-table">
        <summary>The scores and their reasons, as a table</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Scores table">
          <table>
            <caption className="visually-hidden">Benefit and investment of each point, highest benefit first</caption>
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">Priority</th>
                <th scope="col">Benefit</th>
                <th scope="col">Investment</th>
                <th scope="col">Estimated cost</th>
                <th scope="col">Why these scores</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.title} <span className="muted">({phaseName.get(i.phaseId)})</span>
                  </th>
                  <td>{PRIORITY_LABEL[i.priority]}</td>
                  <td>{i.score.benefit}</td>
                  <td>{i.score.investment}</td>
                  <td>{formatMoney(i.score.cost, currency)}</td>
                  <td>
                    Benefit: {parts(i.score.benefitParts)}. Investment: {parts(i.score.investmentParts)}.
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
