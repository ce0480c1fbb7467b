import { useState } from 'react';
import { type Content } from '../../domain/content/schema';
import { LEVELS, PRIORITIES } from '../../domain/content/constants';
import type { PlanFilters } from '../../stores/ui.store';
import { patientSide } from '../../domain/plan/filter';
import { PRIORITY_LABEL } from '../../domain/plan/labels';

interface Props {
  content: Content;
  phases: { id: string; name: string }[];
  filters: PlanFilters;
  onChange: (f: PlanFilters) => void;
  shown: number;
  total: number;
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

/** How many kinds of filter are on, for the toolbar's button. */
function filtersOn(f: PlanFilters): number {
  return [f.stakeholders, f.priorities, f.phases, f.levels].filter((list) => list.length > 0).length;
}

/**
 * The plan's filters as a toolbar item: a button that shows and hides them, and the count of points
 * shown, which stays in view (and is announced) while the filters are hidden.
 */
export function Filters({ content, phases, filters, onChange, shown, total }: Props) {
  const [open, setOpen] = useState(false);
  const patientIds = patientSide(content.stakeholders);
  const patientOnly =
    filters.stakeholders.length === patientIds.length && patientIds.every((id) => filters.stakeholders.includes(id));
  const on = filtersOn(filters);
  return (
    <div className="filters">
      <button
        type="button"
        className="toolbar-disclosure"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen(!open)}
      >
        Filters{on > 0 && ` (${on} on)`}
      </button>
      <p aria-live="polite" className="muted filter-count">
        Showing {shown} of {total} engagement points.
      </p>
      <section id="filter-panel" className="toolbar-panel panel" aria-labelledby="filters-heading" hidden={!open}>
        <h2 id="filters-heading">Filter the plan</h2>
        <div className="filter-row">
          <button
            type="button"
            aria-pressed={patientOnly}
            onClick={() => onChange({ ...filters, stakeholders: patientOnly ? [] : patientIds })}
          >
            Where patients, carers and patient organisations contribute
          </button>
          <button type="button" onClick={() => onChange({ stakeholders: [], priorities: [], phases: [], levels: [] })}>
            Clear filters
          </button>
        </div>
        <div className="filter-groups">
          <fieldset>
            <legend>Priority</legend>
            {PRIORITIES.map((p) => (
              <label key={p} className="inline-check">
                <input
                  type="checkbox"
                  checked={filters.priorities.includes(p)}
                  onChange={(e) =>
                    onChange({ ...filters, priorities: toggle(filters.priorities, p, e.target.checked) })
                  }
                />
                {PRIORITY_LABEL[p]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Level of engagement</legend>
            {LEVELS.map((l) => (
              <label key={l} className="inline-check">
                <input
                  type="checkbox"
                  checked={filters.levels.includes(l)}
                  onChange={(e) => onChange({ ...filters, levels: toggle(filters.levels, l, e.target.checked) })}
                />
                {content.levels.find((x) => x.id === l)?.name ?? l}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="filter-who">Who takes part</label>
            <select
              id="filter-who"
              value={filters.stakeholders.length === 1 ? filters.stakeholders[0] : ''}
              onChange={(e) => onChange({ ...filters, stakeholders: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">{filters.stakeholders.length > 1 ? 'Patient side (several)' : 'Anyone'}</option>
              {content.stakeholders.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-phase">Phase</label>
            <select
              id="filter-phase"
              value={filters.phases[0] ?? ''}
              onChange={(e) => onChange({ ...filters, phases: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">All phases</option>
              {phases.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
    </div>
  );
}
