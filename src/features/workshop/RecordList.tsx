import { useId } from 'react';
import { ACTION_STATUSES, ROOM_GROUPS, type Workshop } from '../../domain/document/workshop';
import {
  ACTION_STATUS_LABEL,
  GROUP_LABEL,
  removeAction,
  removeDecision,
  updateAction,
  updateDecision,
} from '../../domain/workshop/records';
import { WORKSHOP_LIMITS } from '../../domain/document/workshop';

interface Props {
  workshop: Workshop | undefined;
  /** Only the records about this point; all of them when not given. */
  pointId?: string;
  titleOf: (pointId: string | undefined) => string;
  onChange: (change: (w: Workshop) => Workshop) => void;
  /** Where focus goes when a record is removed. */
  onRemoved: () => void;
}

/** Decisions and actions, each field saved as it is typed. */
export function RecordList({ workshop, pointId, titleOf, onChange, onRemoved }: Props) {
  const base = useId();
  const mine = <T extends { pointId?: string }>(list: T[]) =>
    pointId === undefined ? list : list.filter((x) => x.pointId === pointId);
  const decisions = mine(workshop?.decisions ?? []);
  const actions = mine(workshop?.actions ?? []);
  return (
    <>
      <h4>Decisions</h4>
      {decisions.length === 0 ? (
        <p className="muted">No decisions logged yet.</p>
      ) : (
        <ol className="record-list">
          {decisions.map((d, i) => {
            const id = `${base}-d-${d.id}`;
            const name = `decision ${i + 1}${pointId === undefined ? ` (${titleOf(d.pointId)})` : ''}`;
            return (
              <li key={d.id} data-decision-id={d.id}>
                {pointId === undefined && <p className="muted">{titleOf(d.pointId)}</p>}
                <div className="field">
                  <label htmlFor={`${id}-text`}>What was decided ({name})</label>
                  <textarea
                    id={`${id}-text`}
                    value={d.text}
                    maxLength={WORKSHOP_LIMITS.text}
                    onChange={(e) => onChange((w) => updateDecision(w, d.id, { text: e.target.value }))}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-date`}>Date</label>
                  <input
                    id={`${id}-date`}
                    type="date"
                    value={d.date}
                    onChange={(e) =>
                      e.target.value && onChange((w) => updateDecision(w, d.id, { date: e.target.value }))
                    }
                  />
                </div>
                <fieldset className="who-choices">
                  <legend>Agreed by</legend>
                  {ROOM_GROUPS.map((g) => (
                    <label key={g} className="inline-check">
                      <input
                        type="checkbox"
                        checked={d.agreedBy.includes(g)}
                        onChange={(e) =>
                          onChange((w) =>
                            updateDecision(w, d.id, {
                              agreedBy: ROOM_GROUPS.filter((x) =>
                                x === g ? e.target.checked : d.agreedBy.includes(x),
                              ),
                            }),
                          )
                        }
                      />
                      {GROUP_LABEL[g]}
                    </label>
                  ))}
                </fieldset>
                <button
                  type="button"
                  onClick={() => {
                    onChange((w) => removeDecision(w, d.id));
                    onRemoved();
                  }}
                >
                  Remove {name}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <h4>Actions</h4>
      {actions.length === 0 ? (
        <p className="muted">No actions logged yet.</p>
      ) : (
        <ol className="record-list">
          {actions.map((a, i) => {
            const id = `${base}-a-${a.id}`;
            const name = `action ${i + 1}${pointId === undefined ? ` (${titleOf(a.pointId)})` : ''}`;
            return (
              <li key={a.id} data-action-id={a.id}>
                {pointId === undefined && <p className="muted">{titleOf(a.pointId)}</p>}
                <div className="field">
                  <label htmlFor={`${id}-text`}>What is to be done ({name})</label>
                  <textarea
                    id={`${id}-text`}
                    value={a.text}
                    maxLength={WORKSHOP_LIMITS.text}
                    onChange={(e) => onChange((w) => updateAction(w, a.id, { text: e.target.value }))}
                  />
                </div>
                <div className="filter-row">
                  <div className="field">
                    <label htmlFor={`${id}-owner`}>Owner</label>
                    <input
                      id={`${id}-owner`}
                      value={a.owner}
                      maxLength={WORKSHOP_LIMITS.owner}
                      onChange={(e) => onChange((w) => updateAction(w, a.id, { owner: e.target.value }))}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-date`}>Target date</label>
                    <input
                      id={`${id}-date`}
                      type="date"
                      value={a.targetDate ?? ''}
                      onChange={(e) =>
                        onChange((w) =>
                          updateAction(
                            w,
                            a.id,
                            e.target.value ? { targetDate: e.target.value } : { targetDate: undefined },
                          ),
                        )
                      }
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-status`}>Status</label>
                    <select
                      id={`${id}-status`}
                      value={a.status}
                      onChange={(e) =>
                        onChange((w) =>
                          updateAction(w, a.id, { status: e.target.value as (typeof ACTION_STATUSES)[number] }),
                        )
                      }
                    >
                      {ACTION_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {ACTION_STATUS_LABEL[s]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <button
                  type="button"
                  onClick={() => {
                    onChange((w) => removeAction(w, a.id));
                    onRemoved();
                  }}
                >
                  Remove {name}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
