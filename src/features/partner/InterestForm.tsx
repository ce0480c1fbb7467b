import { useId, useState } from 'react';
import type { PartnerGuide } from '../../domain/partner/guide';
import { makeResponse, serialiseResponse, type RespondentGroup } from '../../domain/response';
import { downloadText, newId } from '../../lib/download';

/** "I'm interested": the partner ticks tasks, adds a note and access needs, and saves a small response file. */
export function InterestForm({ guide, planId }: { guide: PartnerGuide; planId: string }) {
  const base = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [group, setGroup] = useState<RespondentGroup>('patient');
  const [note, setNote] = useState('');
  const [access, setAccess] = useState('');
  const [respondentId] = useState(newId);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const save = () => {
    if (picked.length === 0) {
      setStatus({ kind: 'error', text: 'Tick at least one task you would like to join.' });
      return;
    }
    const response = makeResponse({
      planId,
      responseId: newId(),
      createdAt: new Date().toISOString(),
      respondent: { id: respondentId, group, ...(name.trim() ? { name: name.trim() } : {}) },
      ratings: {},
      comments: {},
      interest: picked,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(access.trim() ? { accessNeeds: access.trim() } : {}),
    });
    const fileName = `interest-${planId.slice(0, 40).replace(/[^a-z0-9-]/gi, '')}.json`;
    downloadText(fileName, serialiseResponse(response), 'application/json');
    setStatus({
      kind: 'ok',
      text: `Saved ${fileName}. Send this file to the team, for example by email. It lists ${picked.length} task${picked.length === 1 ? '' : 's'}.`,
    });
  };
  return (
    <section aria-labelledby={`${base}-h`} className="partner-interest">
      <h2 id={`${base}-h`}>{guide.interest.heading}</h2>
      <p>{guide.interest.text}</p>
      <fieldset>
        <legend>Tasks you would like to join</legend>
        {guide.groups.flatMap((g) =>
          g.moments.map((m) => (
            <div className="check" key={m.id}>
              <input
                type="checkbox"
                id={`${base}-${m.id}`}
                checked={picked.includes(m.id)}
                onChange={() => toggle(m.id)}
              />
              <label htmlFor={`${base}-${m.id}`}>{m.title}</label>
            </div>
          )),
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-name`}>Your name (if you want the team to know it)</label>
        <input id={`${base}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-group`}>You are</label>
        <select id={`${base}-group`} value={group} onChange={(e) => setGroup(e.target.value as RespondentGroup)}>
          <option value="patient">A patient</option>
          <option value="carer">A carer</option>
          <option value="other">Someone else</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${base}-note`}>A note for the team</label>
        <textarea id={`${base}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-access`}>What you need to take part (access needs)</label>
        <textarea id={`${base}-access`} value={access} maxLength={2000} onChange={(e) => setAccess(e.target.value)} />
      </div>
      <button type="button" onClick={save}>
        Save my answer to send to the team
      </button>
      <p role={status?.kind === 'error' ? 'alert' : 'status'}>{status?.text}</p>
    </section>
  );
}
