import { useState, type FormEvent } from 'react';
import type { PlanItem } from '../../domain/plan/types';
import { STATUSES, type PointEdit, type Status } from '../../domain/document/types';
import { STATUS_LABEL } from '../../domain/plan/labels';

interface Props {
  item: PlanItem;
  onSave: (edit: PointEdit) => void;
  onRemoveCustom?: () => void;
}

/** Owner, date, status and notes, and the team's decision to keep or drop the point. */
export function PointEditForm({ item, onSave, onRemoveCustom }: Props) {
  const [owner, setOwner] = useState(item.edit.owner ?? '');
  const [targetDate, setTargetDate] = useState(item.edit.targetDate ?? '');
  const [status, setStatus] = useState<Status | ''>(item.edit.status ?? '');
  const [notes, setNotes] = useState(item.edit.notes ?? '');
  const [reason, setReason] = useState(item.edit.reason ?? '');
  const [saved, setSaved] = useState(false);

  const edit = (): PointEdit => ({
    ...(item.edit.decision ? { decision: item.edit.decision } : {}),
    ...(owner.trim() ? { owner: owner.trim() } : {}),
    ...(targetDate ? { targetDate } : {}),
    ...(status ? { status } : {}),
    ...(notes.trim() ? { notes: notes.trim() } : {}),
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  });
  const save = (e: FormEvent) => {
    e.preventDefault();
    onSave(edit());
    setSaved(true);
  };
  const id = (name: string) => `edit-${item.id}-${name}`;
  return (
    <form className="edit-form stack" onSubmit={save} onChange={() => setSaved(false)}>
      <h3>Your team’s plan for this point</h3>
      <div className="field">
        <label htmlFor={id('owner')}>Owner</label>
        <input id={id('owner')} value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={id('date')}>Target date</label>
        <input id={id('date')} type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('status')}>Status</label>
        <select id={id('status')} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
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
        <textarea id={id('notes')} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={5000} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary">
          Save changes
        </button>
      </div>
      <p aria-live="polite" className="ok-text">
        {saved ? 'Saved.' : ''}
      </p>
      {item.kind === 'recommended' && !item.addedByTeam && (
        <div className="stack exclude-box">
          <div className="field">
            <label htmlFor={id('reason')}>Reason for leaving this point out</label>
            <input id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          </div>
          <button
            type="button"
            className="danger"
            onClick={() => onSave({ ...edit(), decision: 'exclude', reason: reason.trim() || 'No reason given.' })}
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
            onSave(rest);
          }}
        >
          Remove from the plan
        </button>
      )}
      {onRemoveCustom && (
        <button type="button" className="danger" onClick={onRemoveCustom}>
          Delete this custom point
        </button>
      )}
    </form>
  );
}
