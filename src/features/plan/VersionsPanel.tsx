import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { RECORD_LIMITS } from '../../domain/document/record';
import { canSaveVersion, removeVersion, saveVersion, type PlanInputs } from '../../domain/record/log';
import { diffLines, versionDiff } from '../../domain/record/diff';
import { VERSION_TEXT as T } from '../../domain/record/labels';
import { formatDate } from '../../domain/plan/labels';
import { newId } from '../../lib/download';
import { useRecordChange } from './useRecord';

const CURRENT = 'current';

/** Named versions of the plan: save one, compare two (or one with the plan as it is now). */
export function VersionsPanel({ doc, content }: { doc: PlanDocument; content: Content }) {
  const change = useRecordChange(doc.id);
  const versions = useMemo(() => doc.versions ?? [], [doc.versions]);
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState(CURRENT);
  const nameInput = useRef<HTMLInputElement>(null);

  const fromId = from && (from === CURRENT || versions.some((v) => v.id === from)) ? from : versions.at(-1)?.id;
  const toId = to === CURRENT || versions.some((v) => v.id === to) ? to : CURRENT;
  const { answers, edits, settings, contentVersion } = doc;
  const [a, b] = useMemo(() => {
    const inputsOf = (id: string): { label: string; inputs: PlanInputs } | null => {
      if (id === CURRENT) return { label: T.current, inputs: { answers, edits, settings, contentVersion } };
      const v = versions.find((x) => x.id === id);
      return v ? { label: v.name, inputs: v } : null;
    };
    return [fromId ? inputsOf(fromId) : null, inputsOf(toId)];
  }, [fromId, toId, versions, answers, edits, settings, contentVersion]);
  const lines = useMemo(
    () => (a && b ? diffLines(versionDiff(content, a.inputs, b.inputs), formatDate) : []),
    [content, a, b],
  );
  const otherContent = [a, b]
    .map((x) => x?.inputs.contentVersion)
    .filter((v): v is string => v !== undefined && v !== content.meta.version);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setSaid(T.nameNeeded);
      nameInput.current?.focus();
      return;
    }
    if (!canSaveVersion(doc)) return setSaid(T.full);
    change((d) => saveVersion(d, { id: newId(), name: trimmed, savedAt: new Date().toISOString() }));
    setName('');
    setSaid(T.saved(trimmed));
  };

  return (
    <section className="panel versions stack" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{T.heading}</h2>
      <p className="muted">{T.intro}</p>
      <form className="filter-row" onSubmit={save}>
        <div className="field">
          <label htmlFor="version-name">{T.name}</label>
          <input
            id="version-name"
            ref={nameInput}
            value={name}
            maxLength={RECORD_LIMITS.versionName}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="primary" aria-disabled={!canSaveVersion(doc)}>
          {T.save}
        </button>
      </form>
      <p role="status" className="muted">
        {said}
      </p>
      {versions.length === 0 ? (
        <p>{T.none}</p>
      ) : (
        <>
          <ul aria-label={T.listLabel} className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <strong>{v.name}</strong> <span className="muted">{T.savedOn(formatDate(v.savedAt))}</span>{' '}
                <button
                  type="button"
                  onClick={() => {
                    change((d) => removeVersion(d, v.id));
                    setSaid(T.removed(v.name));
                    nameInput.current?.focus();
                  }}
                >
                  {T.remove}
                  <span className="visually-hidden"> {v.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="filter-row">
            <div className="field">
              <label htmlFor="diff-from">{T.from}</label>
              <select id="diff-from" value={fromId ?? ''} onChange={(e) => setFrom(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
                <option value={CURRENT}>{T.current}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="diff-to">{T.to}</label>
              <select id="diff-to" value={toId} onChange={(e) => setTo(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
                <option value={CURRENT}>{T.current}</option>
              </select>
            </div>
          </div>
          {a && b && (
            <section aria-labelledby="diff-heading" className="version-diff">
              <h3 id="diff-heading">{T.diffHeading(a.label, b.label)}</h3>
              {otherContent.length > 0 && <p className="muted">{T.otherContent(otherContent, content.meta.version)}</p>}
              <ul>
                {lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
