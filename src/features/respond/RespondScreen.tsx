import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useContent } from '../../content/load';
import { buildPlan } from '../../domain/engine/buildPlan';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { readParticipantFile } from '../../domain/workshop/participant';
import { makeResponse, serialiseResponse } from '../../domain/response/parse';
import { RESPONDENT_GROUPS, RESPONSE_LIMITS, type Rating, type RespondentGroup } from '../../domain/response/types';
import { downloadText, newId, safeFileName } from '../../lib/download';
import { patientSide } from '../../domain/plan/filter';
import { loadDraft, loadPlanText, saveDraft, savePlanText, type Draft } from './draft';

const GROUP_NAME: Record<RespondentGroup, string> = {
  patient: 'A patient (living with the condition)',
  carer: 'A carer or family member',
  team: 'A member of the study team',
  other: 'Someone else',
};

/** The rating form for one plan. `onClose` offers to open another participant file (not for a link). */
export function ResponseForm({ content, doc, onClose }: { content: Content; doc: PlanDocument; onClose?: () => void }) {
  const base = useId();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(doc.id));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [text, setText] = useState('');
  useEffect(() => saveDraft(doc.id, draft), [doc.id, draft]);
  const plan = useMemo(
    () => buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings }),
    [content, doc],
  );
  const patientSideIds = useMemo(() => new Set(patientSide(content.stakeholders)), [content]);
  const onPatientSide = draft.group === 'patient' || draft.group === 'carer';
  const points = plan.phases.flatMap((p) =>
    p.items
      .filter((i) => !onPatientSide || i.who.some((w) => patientSideIds.has(w)))
      .map((i) => ({ item: i, phase: p.phase.name })),
  );
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const seal = () => {
    if (!draft.group) {
      setStatus({ error: true, text: 'Choose who you are answering as (the first question), then try again.' });
      document.getElementById(`${base}-group-${RESPONDENT_GROUPS[0]}`)?.focus();
      return null;
    }
    const response = makeResponse({
      planId: doc.id,
      responseId: newId(),
      createdAt: new Date().toISOString(),
      respondent: {
        id: draft.respondentId,
        group: draft.group,
        ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      },
      ratings: draft.ratings,
      comments: Object.fromEntries(Object.entries(draft.comments).filter(([, v]) => v.trim() !== '')),
      interest: draft.interest,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      ...(draft.accessNeeds.trim() ? { accessNeeds: draft.accessNeeds.trim() } : {}),
    });
    return serialiseResponse(response);
  };

  return (
    <>
      <h1>Your view on “{doc.name}”</h1>
      <p>
        Rate how much each point matters to you, from 1 (not much) to 5 (a great deal), and add any comments. Then
        download your response and send it to the team. What you enter stays on this device until you send it.
      </p>
      {onClose && (
        <p>
          <button type="button" onClick={onClose}>
            Open a different participant file
          </button>
        </p>
      )}
      <form onSubmit={(e) => e.preventDefault()} className="respond-form">
        <fieldset>
          <legend>I am answering as</legend>
          {RESPONDENT_GROUPS.map((g) => (
            <label key={g} className="inline-check">
              <input
                id={`${base}-group-${g}`}
                type="radio"
                name={`${base}-group`}
                checked={draft.group === g}
                onChange={() => change({ group: g })}
              />
              {GROUP_NAME[g]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${base}-name`}>Your name (optional: leave it empty to answer anonymously)</label>
          <input
            id={`${base}-name`}
            value={draft.name}
            maxLength={RESPONSE_LIMITS.name}
            onChange={(e) => change({ name: e.target.value })}
            autoComplete="name"
          />
        </div>
        <h2>The points ({points.length})</h2>
        {onPatientSide && <p className="muted">Only the points where patients or carers take part are shown.</p>}
        <ol className="respond-points">
          {points.map(({ item, phase }) => {
            const id = `${base}-${item.id}`;
            return (
              <li key={item.id} data-point-id={item.id}>
                <h3>{item.title}</h3>
                <p className="muted">{phase}</p>
                <p>{item.point?.plain ?? item.decision}</p>
                <fieldset>
                  <legend>How much does “{item.title}” matter to you?</legend>
                  {([1, 2, 3, 4, 5] as Rating[]).map((r) => (
                    <label key={r} className="inline-check">
                      <input
                        type="radio"
                        name={`${id}-rating`}
                        checked={draft.ratings[item.id] === r}
                        onChange={() => change({ ratings: { ...draft.ratings, [item.id]: r } })}
                      />
                      {r}
                    </label>
                  ))}
                  <label className="inline-check">
                    <input
                      type="radio"
                      name={`${id}-rating`}
                      checked={draft.ratings[item.id] === undefined}
                      onChange={() => {
                        const rest = { ...draft.ratings };
                        delete rest[item.id];
                        change({ ratings: rest });
                      }}
                    />
                    No rating
                  </label>
                </fieldset>
                <div className="field">
                  <label htmlFor={`${id}-comment`}>Your comment on “{item.title}” (optional)</label>
                  <textarea
                    id={`${id}-comment`}
                    value={draft.comments[item.id] ?? ''}
                    maxLength={RESPONSE_LIMITS.comment}
                    onChange={(e) => change({ comments: { ...draft.comments, [item.id]: e.target.value } })}
                  />
                </div>
                <label className="inline-check">
                  <input
                    type="checkbox"
                    checked={draft.interest.includes(item.id)}
                    onChange={(e) =>
                      change({
                        interest: e.target.checked
                          ? [...draft.interest, item.id]
                          : draft.interest.filter((x) => x !== item.id),
                      })
                    }
                  />
                  I would like to take part in this
                </label>
              </li>
            );
          })}
        </ol>
        <div className="field">
          <label htmlFor={`${base}-note`}>Anything else for the team (optional)</label>
          <textarea
            id={`${base}-note`}
            value={draft.note}
            maxLength={RESPONSE_LIMITS.note}
            onChange={(e) => change({ note: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${base}-access`}>What would help you take part: access needs (optional)</label>
          <textarea
            id={`${base}-access`}
            value={draft.accessNeeds}
            maxLength={RESPONSE_LIMITS.accessNeeds}
            onChange={(e) => change({ accessNeeds: e.target.value })}
          />
        </div>
        <p className="vote-buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              const sealed = seal();
              if (!sealed) return;
              const who = draft.name.trim() ? `-${safeFileName(draft.name)}` : '';
              const fileName = `${safeFileName(doc.name)}-response${who}.json`;
              downloadText(fileName, sealed, 'application/json');
              setText(sealed);
              setStatus({
                error: false,
                text: `Downloaded ${fileName} (${sealed.length.toLocaleString('en-GB')} bytes). Send it to the team.`,
              });
            }}
          >
            Download my response
          </button>
          <button
            type="button"
            onClick={() => {
              const sealed = seal();
              if (!sealed) return;
              setText(sealed);
              void navigator.clipboard
                ?.writeText(sealed)
                .then(() =>
                  setStatus({ error: false, text: 'Your response is copied: paste it into an email to the team.' }),
                )
                .catch(() =>
                  setStatus({ error: false, text: 'Copy the response below and paste it into an email to the team.' }),
                );
            }}
          >
            Copy my response
          </button>
        </p>
        <p aria-live="polite" className={status?.error ? 'error-text' : 'ok-text'}>
          {status?.text}
        </p>
        {text && (
          <div className="field">
            <label htmlFor={`${base}-text`}>Your response, as text</label>
            <textarea id={`${base}-text`} readOnly value={text} rows={3} />
          </div>
        )}
      </form>
    </>
  );
}

/** A participant's page: open the participant file, rate the points, send back a response. */
export default function RespondScreen() {
  const content = useContent();
  const [doc, setDoc] = useState<PlanDocument | null>(() => {
    const saved = loadPlanText();
    const read = saved ? readParticipantFile(saved) : null;
    return read?.ok ? read.doc : null;
  });
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  if (doc) return <ResponseForm content={content} doc={doc} onClose={() => (savePlanText(null), setDoc(null))} />;
  return (
    <section className="panel" aria-labelledby="respond-heading">
      <h1 id="respond-heading">Give your view on a plan</h1>
      <p>
        The study team sent you a participant file. Open it here to see the plan’s points, rate them and send back your
        response. Nothing leaves this device until you send it yourself.
      </p>
      <div className="field">
        <label htmlFor="participant-file">Open the participant file (.json)</label>
        <input
          id="participant-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              const read = readParticipantFile(text);
              if (!read.ok) {
                setError(`${file.name} could not be opened: ${read.error}`);
                return;
              }
              savePlanText(text);
              setDoc(read.doc);
            });
          }}
        />
      </div>
      <p aria-live="polite" className="error-text">
        {error}
      </p>
    </section>
  );
}
