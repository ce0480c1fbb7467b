import { useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { downloadText, safeFileName } from '../../lib/download';

type Audience = 'team' | 'partner';
type PageSize = 'a4' | 'letter';

/** PDF export (jsPDF and the font load only when the button is pressed) and the plan file. */
export function ExportPanel({ plan, content, doc }: { plan: Plan; content: Content; doc: PlanDocument }) {
  const [audience, setAudience] = useState<Audience>('team');
  const [pageSize, setPageSize] = useState<PageSize>('a4');
  const [status, setStatus] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const exportPdf = async () => {
    setStatus({ kind: 'busy', text: 'Making the PDF…' });
    try {
      const { exportPlanPdf } = await import('../export-pdf/exportPlan');
      const sections = {
        summary: true,
        map: true,
        phases: true,
        considerations: true,
        quality: true,
        references: true,
        glossary: true,
      };
      const result = await exportPlanPdf({ plan, content, document: doc, options: { pageSize, audience, sections } });
      setStatus({ kind: 'ok', text: `Downloaded ${result.fileName} (${Math.round(result.bytes / 1024)} KB).` });
    } catch (error) {
      setStatus({ kind: 'error', text: `The PDF could not be made: ${(error as Error).message}` });
    }
  };
  return (
    <section className="panel export" aria-labelledby="export-heading">
      <h2 id="export-heading">Share the plan</h2>
      <div className="filter-row">
        <div className="field">
          <label htmlFor="pdf-audience">PDF version</label>
          <select id="pdf-audience" value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
            <option value="team">Full plan (steering committee)</option>
            <option value="partner">Patient partner version (plain language)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pdf-size">Paper size</label>
          <select id="pdf-size" value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </div>
        <button type="button" className="primary" onClick={() => void exportPdf()} disabled={status?.kind === 'busy'}>
          Download PDF
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${safeFileName(doc.name)}.json`, JSON.stringify(doc, null, 2), 'application/json')
          }
        >
          Download plan file
        </button>
      </div>
      <p aria-live="polite" className={status?.kind === 'error' ? 'error-text' : 'muted'}>
        {status?.text}
      </p>
    </section>
  );
}
