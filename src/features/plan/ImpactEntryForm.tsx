import { useId, useState } from 'react';
import type { ImpactEntry } from '../../domain/document/types';
import { RECORD_LIMITS } from '../../domain/document/record';
import { RECORD_TEXT as T } from '../../domain/record/labels';
import { useAutosave } from './useAutosave';

export interface MetricChoice {
  id: string;
  name: string;
  /** Whether the metric measures this point (those come first). */
  forPoint: boolean;
}

interface Props {
  entry: ImpactEntry;
  number: number;
  metrics: MetricChoice[];
  onSave: (entry: ImpactEntry) => void;
  onRemove: () => void;
}

interface Fields {
  date: string;
  happened: string;
  changed: string;
  feedbackDate: string;
  feedbackHow: string;
  feedbackSummary: string;
  metricId: string;
  metricResult: string;
}

const fieldsOf = (e: ImpactEntry): Fields => ({
  date: e.date ?? '',
  happened: e.happened,
  changed: e.changed,
  feedbackDate: e.feedback?.date ?? '',
  feedbackHow: e.feedback?.how ?? '',
  feedbackSummary: e.feedback?.summary ?? '',
  metricId: e.metricId ?? '',
  metricResult: e.metricResult ?? '',
});

function entryOf(id: string, f: Fields): ImpactEntry {
  const feedback = f.feedbackDate || f.feedbackHow.trim() || f.feedbackSummary.trim();
  return {
    id,
    ...(f.date ? { date: f.date } : {}),
    happened: f.happened,
    changed: f.changed,
    ...(feedback
      ? {
          feedback: {
            ...(f.feedbackDate ? { date: f.feedbackDate } : {}),
            how: f.feedbackHow,
            summary: f.feedbackSummary,
          },
        }
      : {}),
    ...(f.metricId ? { metricId: f.metricId } : {}),
    ...(f.metricResult ? { metricResult: f.metricResult } : {}),
  };
}

/** One entry of a point's impact log, saved as the team types (and at once when the panel closes). */
export function ImpactEntryForm({ entry, number, metrics, onSave, onRemove }: Props) {
  const base = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(entry));
  const [saved, setSaved] = useState(false);
  const { queue, drop } = useAutosave<ImpactEntry>(onSave, () => setSaved(true));
  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setSaved(false);
    queue(entryOf(entry.id, next));
  };
  const id = (name: string) => `${base}-${name}`;
  const listed = metrics.some((m) => m.id === fields.metricId);
  return (
    <fieldset className="impact-entry stack" data-entry-id={entry.id}>
      <legend>{T.entry(number)}</legend>
      <div className="field">
        <label htmlFor={id('date')}>{T.date}</label>
        <input id={id('date')} type="date" value={fields.date} onChange={(e) => change({ date: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={id('happened')}>{T.happened}</label>
        <textarea
          id={id('happened')}
          className="entry-happened"
          rows={2}
          value={fields.happened}
          maxLength={RECORD_LIMITS.text}
          onChange={(e) => change({ happened: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={id('changed')}>{T.changed}</label>
        <textarea
          id={id('changed')}
          rows={2}
          value={fields.changed}
          maxLength={RECORD_LIMITS.text}
          onChange={(e) => change({ changed: e.target.value })}
        />
      </div>
      <fieldset className="stack">
        <legend>{T.feedbackLegend}</legend>
        <div className="field">
          <label htmlFor={id('fb-date')}>{T.feedbackDate}</label>
          <input
            id={id('fb-date')}
            type="date"
            value={fields.feedbackDate}
            onChange={(e) => change({ feedbackDate: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={id('fb-how')}>{T.feedbackHow}</label>
          <input
            id={id('fb-how')}
            value={fields.feedbackHow}
            maxLength={RECORD_LIMITS.how}
            onChange={(e) => change({ feedbackHow: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={id('fb-summary')}>{T.feedbackSummary}</label>
          <textarea
            id={id('fb-summary')}
            rows={2}
            value={fields.feedbackSummary}
            maxLength={RECORD_LIMITS.text}
            onChange={(e) => change({ feedbackSummary: e.target.value })}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={id('metric')}>{T.metric}</label>
        <select id={id('metric')} value={fields.metricId} onChange={(e) => change({ metricId: e.target.value })}>
          <option value="">{T.noMetric}</option>
          {metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.forPoint ? ` ${T.forThisPoint}` : ''}
            </option>
          ))}
          {!listed && fields.metricId && <option value={fields.metricId}>{fields.metricId}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('result')}>{T.result}</label>
        <textarea
          id={id('result')}
          rows={2}
          value={fields.metricResult}
          maxLength={RECORD_LIMITS.metricResult}
          onChange={(e) => change({ metricResult: e.target.value })}
        />
      </div>
      <p className="button-row">
        <button
          type="button"
          className="danger"
          onClick={() => {
            drop();
            onRemove();
          }}
        >
          {T.remove}
          <span className="visually-hidden"> ({T.entry(number)})</span>
        </button>
        <span aria-live="polite" className="ok-text">
          {saved ? T.saved : ''}
        </span>
      </p>
    </fieldset>
  );
}
