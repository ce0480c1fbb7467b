import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { actionsCsv, budgetCsv } from '../../domain/export/csv';
import { datedActivities, planIcs } from '../../domain/export/ics';
import { downloadText, safeFileName } from '../../lib/download';

/** The action and budget tables for a spreadsheet, and the dated activities for a calendar. */
export function TableExports({ plan, doc }: { plan: Plan; doc: PlanDocument }) {
  const base = safeFileName(doc.name);
  const dated = datedActivities(plan, doc.id).length;
  return (
    <div className="filter-row" role="group" aria-label="Tables and calendar">
      <button type="button" onClick={() => downloadText(`${base}-actions.csv`, actionsCsv(plan), 'text/csv')}>
        Action table (.csv)
      </button>
      <button type="button" onClick={() => downloadText(`${base}-budget.csv`, budgetCsv(plan), 'text/csv')}>
        Budget table (.csv)
      </button>
      <button
        type="button"
        onClick={() => downloadText(`${base}.ics`, planIcs(plan, doc.id, doc.name, new Date()), 'text/calendar')}
        aria-describedby="ics-hint"
      >
        Calendar (.ics)
      </button>
      <p id="ics-hint" className="muted">
        {dated === 0
          ? 'No dates yet: give points a target date, or answer the milestone question, to fill the calendar.'
          : `${dated} dated ${dated === 1 ? 'activity' : 'activities'}: the target dates you set and the milestone.`}
      </p>
    </div>
  );
}
