import { useRef, useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { downloadText, safeFileName } from '../../lib/download';
import { DEFAULT_PDF_OPTIONS, droppedMessage, type PdfSections } from '../export-pdf/options';
import { TableExports } from './TableExports';
import { ImpactReportExport } from './ImpactReportExport';

const SECTION_LABELS: Record<keyof PdfSections, string> = {
  summary: 'Summary',
  map: 'Phase map',
  phases: 'Engagement points by phase',
  considerations: 'Things to get right',
  quality: 'Quality checklist',
  references: 'References',
  glossary: 'Glossary',
};

type Audience = 'team' | 'partner' | 'summary';
type PageSize = 'a4' | 'letter';

/** PDF export (jsPDF and the font load only when the button is pressed) and the plan file. */
export function ExportPanel({ plan, content, doc }: { plan: Plan; content: Content; doc: PlanDocument }) {
  const [audience, setAudience] = useState<Audience>('team');
  const [pageSize, setPageSize] = useState<PageSize>('a4');
  const [largePrint, setLargePrint] = useState(false);
  const [sections, setSections] = useState<PdfSections>(DEFAULT_PDF_OPTIONS.sections);
  const [status, setStatus] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const busy = status?.kind === 'busy';
  // A ref, not the state: two quick presses land before React re-renders.
  const running = useRef(false);
  const exportPdf = async () => {
    if (running.current) return;
    running.current = true;
    setStatus({ kind: 'busy', text: 'Making the PDF…' });
    try {
      const { exportPlanPdf } = await import('../export-pdf/exportPlan');
      const result = await exportPlanPdf({
        plan,
        content,
        document: doc,
        options: { pageSize, audience, sections, largePrint },
      });
      const size = `${Math.round(result.bytes / 1024)} KB`;
      setStatus({ kind: 'ok', text: `Downloaded ${result.fileName} (${size}).${droppedMessage(result.dropped)}` });
    } catch (error) {
      setStatus({ kind: 'error', text: `The PDF could not be made: ${(error as Error).message}` });
    } finally {
      running.current = false;
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
            <option value="summary">Executive summary (2–3 pages, action and budget tables)</option>
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
        {audience === 'partner' && (
          <label className="inline-check">
            <input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.target.checked)} />
            Large print (16 pt text instead of 12 pt)
          </label>
        )}
        <fieldset className="who-choices" disabled={audience !== 'team'}>
          <legend>Sections of the full plan</legend>
          {(Object.keys(SECTION_LABELS) as (keyof PdfSections)[]).map((key) => (
            <label key={key} className="inline-check">
              <input
                type="checkbox"
                checked={sections[key]}
                onChange={(e) => setSections({ ...sections, [key]: e.target.checked })}
              />
              {SECTION_LABELS[key]}
            </label>
          ))}
        </fieldset>
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the top of the page. */}
        <button type="button" className="primary" onClick={() => void exportPdf()} aria-disabled={busy}>
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
      <TableExports plan={plan} doc={doc} content={content} />
      <ImpactReportExport plan={plan} doc={doc} content={content} />
    </section>
  );
}
