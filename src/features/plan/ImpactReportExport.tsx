import { useId, useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { RECORD_LIMITS } from '../../domain/document/record';
import { impactReportOutline } from '../../domain/export/impactReport';
import { outlineMarkdown } from '../../domain/export/markdown';
import { GRIPP2_TEXT as T } from '../../domain/record/labels';
import { setReflections } from '../../domain/record/log';
import { formatDate } from '../../domain/plan/labels';
import { downloadText, safeFileName } from '../../lib/download';
import { useAutosave } from './useAutosave';
import { useRecordChange } from './useRecord';

/** The impact report (GRIPP2 short form) from the plan's impact log, and the team's reflections for it. */
export function ImpactReportExport({ plan, doc, content }: { plan: Plan; doc: PlanDocument; content: Content }) {
  const base = useId();
  const change = useRecordChange(doc.id);
  const [reflections, setText] = useState(doc.record?.reflections ?? '');
  const { queue, flush } = useAutosave<string>((text) => change((d) => setReflections(d, text)));
  const [status, setStatus] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const exportWord = async () => {
    if (status?.kind === 'busy') return;
    flush();
    setStatus({ kind: 'busy', text: T.making });
    try {
      const { exportImpactDocx } = await import('../export-docx/exportDocx');
      // The document as it is once the reflections are saved.
      const r = await exportImpactDocx({ plan, content, document: withReflections(doc, reflections) });
      setStatus({ kind: 'ok', text: `Downloaded ${r.fileName} (${Math.round(r.bytes / 1024)} KB).` });
    } catch (error) {
      setStatus({ kind: 'error', text: T.failed((error as Error).message) });
    }
  };
  const exportMarkdown = () => {
    flush();
    const blocks = impactReportOutline({
      plan,
      content,
      document: withReflections(doc, reflections),
      dateText: formatDate,
    });
    const fileName = `${safeFileName(doc.name)}-impact-report.md`;
    downloadText(fileName, outlineMarkdown(blocks), 'text/markdown');
    setStatus({ kind: 'ok', text: `Downloaded ${fileName}.` });
  };
  return (
    <section className="stack impact-export" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`}>{T.heading}</h3>
      <div className="field">
        <label htmlFor={`${base}-reflections`}>{T.reflectionsLabel}</label>
        <textarea
          id={`${base}-reflections`}
          rows={3}
          value={reflections}
          maxLength={RECORD_LIMITS.reflections}
          aria-describedby={`${base}-help`}
          onChange={(e) => {
            setText(e.target.value);
            queue(e.target.value);
          }}
        />
        <p id={`${base}-help`} className="muted">
          {T.reflectionsHelp}
        </p>
      </div>
      <div className="filter-row">
        <button type="button" onClick={() => void exportWord()} aria-disabled={status?.kind === 'busy'}>
          {T.word}
        </button>
        <button type="button" onClick={exportMarkdown}>
          {T.markdown}
        </button>
      </div>
      <p aria-live="polite" className={status?.kind === 'error' ? 'error-text' : 'muted'}>
        {status?.text}
      </p>
    </section>
  );
}

function withReflections(doc: PlanDocument, text: string): PlanDocument {
  return setReflections(doc, text);
}
