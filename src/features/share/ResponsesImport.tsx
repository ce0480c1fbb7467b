import { useId, useState } from 'react';
import type { PlanDocument } from '../../domain/document/types';
import { plainTitle } from '../../domain/plan/plainWords';
import type { Plan } from '../../domain/plan/types';
import { parseResponse, RESPONSE_LIMITS, type ParticipantResponse } from '../../domain/response';

const GROUP = { patient: 'Patient', carer: 'Carer', team: 'Team member', other: 'Someone else' } as const;

/** The team reads partners' "I'm interested" files and sees who would like to join what (kept for this visit). */
export function ResponsesImport({ doc, plan }: { doc: PlanDocument; plan: Plan }) {
  const id = useId();
  const [responses, setResponses] = useState<ParticipantResponse[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const items = plan.phases.flatMap((p) => p.items);
  const title = (pointId: string) => {
    const item = items.find((i) => i.id === pointId);
    return item ? plainTitle(item) : pointId;
  };
  const read = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (file.size > RESPONSE_LIMITS.chars) {
      setMessage({ kind: 'error', text: `${file.name} is too large to be a partner's answer.` });
      return;
    }
    const result = parseResponse(await file.text(), { id: doc.id, pointIds: items.map((i) => i.id) });
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${file.name} was not added. ${result.error}` });
      return;
    }
    const r = result.response;
    // A second answer from the same person replaces their first.
    setResponses((rs) => [...rs.filter((x) => x.respondent.id !== r.respondent.id), r]);
    setMessage({
      kind: 'ok',
      text: `Added the answer from ${r.respondent.name ?? GROUP[r.respondent.group].toLowerCase()}.`,
    });
  };
  return (
    <div aria-labelledby={`${id}-h`} role="region">
      <h3 id={`${id}-h`}>Partners who are interested</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a partner&apos;s answer (a .json file)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void read(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <p role={message?.kind === 'error' ? 'alert' : 'status'}>{message?.text}</p>
      {responses.length > 0 && (
        <ul className="responses">
          {responses.map((r) => (
            <li key={r.respondent.id}>
              <strong>{r.respondent.name ?? GROUP[r.respondent.group]}</strong> (
              {GROUP[r.respondent.group].toLowerCase()}) would like to join: {r.interest.map(title).join('; ')}.
              {r.note && <> Note: {r.note}</>}
              {r.accessNeeds && <> Access needs: {r.accessNeeds}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
