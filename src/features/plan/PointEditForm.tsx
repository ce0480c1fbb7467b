import { useState, type FormEvent } from 'react';
import { useAutosave } from './useAutosave';
import type { PlanItem } from '../../domain/plan/types';
import { STATUSES, type PointEdit, type Status } from '../../domain/document/types';
import { STATUS_LABEL } from '../../domain/plan/labels';
import { LIMITS } from '../../domain/document/limits';

interface Fields {
  owner: string;
  targetDate: string;
  status: Status | '';
  notes: string;
  reason: string;
}

interface Props {
  item: PlanItem;
  onSave: (edit: PointEdit) => void;
  onRemoveCustom?: () => void;
}

/**
 * Owner, date, status and notes, and the team's decision to keep or drop the point. What is typed is
 * saved as the user types (after a short pause), and at once when the panel closes, another point is
 * opened or the page is left, so nothing typed is ever lost without a word.
 */
export function PointEditForm({ item, onSave, onRemoveCustom }: Props) {
  const [fields, setFields] = useState<Fields>({
    owner: item.edit.owner ?? '',
    targetDate: item.edit.targetDate ?? '',
    status: item.edit.status ?? '',
    notes: item.edit.notes ?? '',
    reason: item.edit.reason ?? '',
  });
  const [saved, setSaved] = useState(false);
  const { owner, targetDate, status, notes, reason } = fields;

  const toEdit = (f: Fields): PointEdit => ({
    ...(item.edit.decision ? { decision: item.edit.decision } : {}),
    ...(f.owner.trim() ? { owner: f.owner.trim() } : {}),
    ...(f.targetDate ? { targetDate: f.targetDate } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.notes.trim() ? { notes: f.notes.trim() } : {}),
    ...(f.reason.trim() ? { reason: f.reason.trim() } : {}),
  });
  const edit = () => toEdit(fields);

  // Typing saves after a pause, and at once when the panel closes or the page is left.
  const { queue, drop } = useAutosave<PointEdit>(onSave, () => setSaved(true));
  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setSaved(false);
    queue(toEdit(next));
  };
  /** An explicit save or decision replaces whatever was waiting, so a late autosave cannot undo it. */
  const saveNow = (e: PointEdit) => {
    drop();
    onSave(e);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saveNow(edit());
    setSaved(true);
  };
  const id = (name: string) => `edit-${item.id}-${name}`;
  return (
    <form className="edit-form stack" onSubmit={submit}>
      <h3>Your team’s plan for this point</h3>
      <div className="field">
        <label htmlFor={id('owner')}>Owner</label>
        <input
          id={id('owner')}
          value={owner}
          onChange={(e) => change({ owner: e.target.value })}
          maxLength={LIMITS.owner}
        />
      </div>
      <div className="field">
        <label htmlFor={id('date')}>Target date</label>
        <input
          id={id('date')}
          type="date"
          value={targetDate}
          onChange={(e) => change({ targetDate: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={id('status')}>Status</label>
        <select id={id('status')} value={status} onChange={(e) => change({ status: e.target.value as Status | '' })}>
          <option value="">Not set</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('notes')}>Notes</label>
        <textarea
          id={id('notes')}
          rows={3}
          value={notes}
          onChange={(e) => change({ notes: e.target.value })}
          maxLength={LIMITS.notes}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="primary">
          Save changes
        </button>
      </div>
      <p className="muted">Changes are saved as you type.</p>
      <p aria-live="polite" className="ok-text">
        {saved ? 'Saved.' : ''}
      </p>
      {item.kind === 'recommended' && !item.addedByTeam && (
        <div className="stack exclude-box">
          <div className="field">
            <label htmlFor={id('reason')}>Reason for leaving this point out</label>
            <input
              id={id('reason')}
              value={reason}
              onChange={(e) => change({ reason: e.target.value })}
              maxLength={LIMITS.reason}
            />
          </div>
          <button
            type="button"
            className="danger"
            onClick={() => saveNow({ ...edit(), decision: 'exclude', reason: reason.trim() || 'No reason given.' })}
          >
            Leave this point out of the plan
          </button>
        </div>
      )}
      {item.addedByTeam && item.kind === 'recommended' && (
        <button
          type="button"
          onClick={() => {
            const { decision, ...rest } = edit();
            saveNow(rest);
          }}
        >
          Remove from the plan
        </button>
      )}
      {onRemoveCustom && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            drop();
            onRemoveCustom();
          }}
        >
          Delete this custom point
        </button>
      )}
    </form>
  );
}
