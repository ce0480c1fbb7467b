import { useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { actionsCsv, budgetCsv } from '../../domain/export/csv';
import { datedActivities, planIcs } from '../../domain/export/ics';
import { downloadText, safeFileName } from '../../lib/download';

/** The plan as a Word document, the action and budget tables for a spreadsheet, the dates for a calendar. */
export function TableExports({ plan, doc, content }: { plan: Plan; doc: PlanDocument; content: Content }) {
  const base = safeFileName(doc.name);
  const dated = datedActivities(plan, doc.id).length;
  const [word, setWord] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const exportWord = async () => {
    if (word?.kind === 'busy') return;
    setWord({ kind: 'busy', text: 'Making the Word document…' });
    try {
      const { exportPlanDocx } = await import('../export-docx/exportDocx');
      const r = await exportPlanDocx({ plan, content, document: doc });
      setWord({ kind: 'ok', text: `Downloaded ${r.fileName} (${Math.round(r.bytes / 1024)} KB).` });
    } catch (error) {
      setWord({ kind: 'error', text: `The Word document could not be made: ${(error as Error).message}` });
    }
  };
  return (
    <div className="filter-row" role="group" aria-label="Word, tables and calendar">
      <button type="button" onClick={() => void exportWord()} aria-disabled={word?.kind === 'busy'}>
        Word document (.docx)
      </button>
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
      <p aria-live="polite" className={word?.kind === 'error' ? 'error-text' : 'muted'}>
        {word?.text}
      </p>
      <p id="ics-hint" className="muted">
        {dated === 0
          ? 'No dates yet: give points a target date, or answer the milestone question, to fill the calendar.'
          : `${dated} dated ${dated === 1 ? 'activity' : 'activities'}: the target dates you set and the milestone.`}
      </p>
    </div>
  );
}
