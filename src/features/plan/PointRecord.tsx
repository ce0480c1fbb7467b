import { useMemo, useRef, useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { starterMetrics } from '../../domain/engine/starterMetrics';
import { addEntry, pointEntries, removeEntry, updateEntry } from '../../domain/record/log';
import { RECORD_LIMITS } from '../../domain/document/record';
import { RECORD_TEXT as T } from '../../domain/record/labels';
import { newId } from '../../lib/download';
import { ImpactEntryForm, type MetricChoice } from './ImpactEntryForm';
import { useRecordChange } from './useRecord';

interface Props {
  doc: PlanDocument;
  plan: Plan;
  content: Content;
  pointId: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** "What happened" at one point: its impact log, feedback to the partners and the metric's result. */
export function PointRecord({ doc, plan, content, pointId }: Props) {
  const change = useRecordChange(doc.id);
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const entries = pointEntries(doc, pointId);
  const metrics = useMemo<MetricChoice[]>(() => {
    const starter = starterMetrics(plan, content).map((s) => ({
      id: s.metric.id,
      name: s.metric.name,
      forPoint: s.pointIds.includes(pointId),
    }));
    return [...starter.filter((m) => m.forPoint), ...starter.filter((m) => !m.forPoint)];
  }, [plan, content, pointId]);
  const full = entries.length >= RECORD_LIMITS.entriesPerPoint;

  const add = () => {
    if (full) return setSaid(T.full);
    const id = newId();
    change((d) => addEntry(d, pointId, { id, date: today(), happened: '', changed: '' }));
    setSaid(T.added);
    requestAnimationFrame(() =>
      section.current
        ?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"] textarea.entry-happened`)
        ?.focus(),
    );
  };
  return (
    <section className="point-record stack" aria-labelledby={`record-${pointId}`} ref={section}>
      <h3 id={`record-${pointId}`} ref={heading} tabIndex={-1}>
        {T.heading}
      </h3>
      <p className="muted">{T.intro}</p>
      {entries.map((e, n) => (
        <ImpactEntryForm
          key={e.id}
          entry={e}
          number={n + 1}
          metrics={metrics}
          onSave={(next) => change((d) => updateEntry(d, pointId, next))}
          onRemove={() => {
            change((d) => removeEntry(d, pointId, e.id));
            setSaid(T.removed);
            heading.current?.focus();
          }}
        />
      ))}
      <p>
        <button type="button" onClick={add} aria-disabled={full}>
          {T.add}
        </button>
      </p>
      <p role="status" className="muted">
        {said}
      </p>
    </section>
  );
}
