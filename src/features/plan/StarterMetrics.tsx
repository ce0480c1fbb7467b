import type { Content } from '../../domain/content/schema';
import { SourceLinks } from '../../components/SourceLinks';
import type { Plan } from '../../domain/plan/types';
import { DOMAIN_LABEL, starterMetrics } from '../../domain/engine/starterMetrics';

/** The starter set of evaluation metrics for this plan, by PARADIGM component, with the points each serves. */
export function StarterMetrics({ plan, content }: { plan: Plan; content: Content }) {
  const metrics = starterMetrics(plan, content);
  if (!metrics.length) return null;
  const titles = new Map(plan.phases.flatMap((p) => p.items).map((i) => [i.id, i.title]));
  return (
    <section className="panel" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">How to tell if the engagement worked: starter metrics</h2>
      <p className="muted">
        {metrics.length} metrics to agree with your patient partners, at least one for each part of the PARADIGM
        evaluation framework. Choose together, and add the ones that matter to your partners.
      </p>
      <ul className="starter-metrics">
        {metrics.map(({ metric, pointIds }) => (
          <li key={metric.id}>
            <p>
              <span className="badge">{DOMAIN_LABEL[metric.domain]}</span> <strong>{metric.name}</strong>
            </p>
            <p>{metric.measure}</p>
            <p className="muted">When: {metric.when}</p>
            {pointIds.length > 0 && (
              <p className="muted">
                Measures:{' '}
                {pointIds
                  .slice(0, 4)
                  .map((id) => titles.get(id) ?? id)
                  .join('; ')}
                {pointIds.length > 4 ? ` and ${pointIds.length - 4} more` : ''}.
              </p>
            )}
            <SourceLinks ids={metric.references} references={content.references} />
          </li>
        ))}
      </ul>
    </section>
  );
}
