import { useId, useRef, useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { parseResponse } from '../../domain/response/parse';
import { addResponse, removeResponse, pointRatings, RATING_COLUMNS } from '../../domain/workshop/merge';
import { GROUP_LABEL, groupsPresent } from '../../domain/workshop/records';
import { participantFileText } from '../../domain/workshop/participant';
import { downloadText, safeFileName } from '../../lib/download';
import { href } from '../../lib/routes';
import { useWorkshopChanges } from './useWorkshop';
import { describeStats } from './RatingsTable';
import { RecordList } from './RecordList';
import { PosterButtons } from './PosterButtons';

interface Message {
  kind: 'ok' | 'error';
  text: string;
}

/** The plan's ids a response may name: every point in the plan, left out or not, and the team's own. */
export function responsePlan(plan: Plan, doc: PlanDocument, content: Content) {
  const ids = new Set<string>(content.points.map((p) => p.id));
  for (const p of plan.phases) for (const i of p.items) ids.add(i.id);
  for (const c of doc.edits.custom) ids.add(c.id);
  return { id: doc.id, pointIds: [...ids] };
}

/** The workshop record: date, participants' responses, the ratings so far, every decision and action. */
export function WorkshopSection({ plan, content, doc }: { plan: Plan; content: Content; doc: PlanDocument }) {
  const base = useId();
  const { changeWorkshop } = useWorkshopChanges(doc.id);
  const [messages, setMessages] = useState<Message[]>([]);
  const [pasted, setPasted] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const workshop = doc.workshop;
  const items = plan.phases.flatMap((p) => p.items);
  const titleOf = (id: string | undefined) =>
    id === undefined ? 'The plan as a whole' : (items.find((i) => i.id === id)?.title ?? id);
  const rated = items.filter((i) =>
    RATING_COLUMNS.some((c) => pointRatings(workshop, i.id)[c].count + pointRatings(workshop, i.id)[c].dots > 0),
  );
  const present = groupsPresent(workshop);

  const importTexts = (entries: { name: string; text: string }[]) => {
    const out: Message[] = [];
    const target = responsePlan(plan, doc, content);
    for (const { name, text } of entries) {
      const parsed = parseResponse(text.trim(), target);
      if (!parsed.ok) {
        out.push({ kind: 'error', text: `${name}: ${parsed.error}` });
        continue;
      }
      let outcome: ReturnType<typeof addResponse> | null = null;
      changeWorkshop((w) => {
        const result = addResponse(w, parsed.response);
        outcome = result;
        return result.ok ? result.workshop : w;
      });
      const result = outcome as ReturnType<typeof addResponse> | null;
      const who = parsed.response.respondent.name ?? 'an anonymous participant';
      if (!result || !result.ok) out.push({ kind: 'error', text: `${name}: ${result?.error ?? 'Not added.'}` });
      else
        out.push({
          kind: 'ok',
          text: result.replaced
            ? `${name}: the response from ${who} replaces their earlier one (from ${new Date(result.replaced.createdAt).toLocaleString('en-GB')}).`
            : `${name}: added the response from ${who} (${Object.keys(parsed.response.ratings).length} ratings).`,
        });
    }
    setMessages(out);
  };

  return (
    <section className="panel workshop" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`} ref={heading} tabIndex={-1}>
        Workshop
      </h2>
      <p className="muted">
        Votes, the team’s priorities, decisions and actions recorded on each point (open a point to record them), and
        participants’ responses. Everything is saved in this browser as it is entered; the team’s edits are never
        changed by a response.
      </p>
      <div className="filter-row">
        <div className="field">
          <label htmlFor={`${base}-date`}>Date of the workshop</label>
          <input
            id={`${base}-date`}
            type="date"
            value={workshop?.date ?? ''}
            onChange={(e) => e.target.value && changeWorkshop((w) => ({ ...w, date: e.target.value }))}
          />
        </div>
        <p>Groups present: {present.length ? present.map((g) => GROUP_LABEL[g]).join(', ') : 'none recorded yet'}</p>
      </div>

      <h3>Participants’ input</h3>
      <p>
        Give each participant the participant file. They open <a href={href.respond()}>the participant page</a> of this
        planner on their own device, open the file, rate the points and send back a small response file. Or send a
        participant link from Share: it opens the same form with the plan in the link. Nothing goes through a server.
      </p>
      <p>
        <button
          type="button"
          onClick={() =>
            downloadText(`${safeFileName(doc.name)}-participant.json`, participantFileText(doc), 'application/json')
          }
        >
          Download participant file
        </button>
      </p>
      <div className="field">
        <label htmlFor={`${base}-import`}>Import participants’ responses (.json, several at once)</label>
        <input
          id={`${base}-import`}
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))).then(importTexts);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-paste`}>Or paste a response</label>
        <textarea id={`${base}-paste`} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      </div>
      <p>
        <button
          type="button"
          onClick={() => {
            importTexts([{ name: 'Pasted response', text: pasted }]);
            setPasted('');
          }}
        >
          Add the pasted response
        </button>
      </p>
      <div aria-live="polite" className="import-messages">
        {messages.map((m, i) => (
          <p key={i} className={m.kind === 'error' ? 'error-text' : 'ok-text'}>
            {m.text}
          </p>
        ))}
      </div>
      {workshop && workshop.responses.length > 0 && (
        <table className="responses-table">
          <caption>Responses in this plan ({workshop.responses.length})</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Group</th>
              <th scope="col">Sent</th>
              <th scope="col">Ratings</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workshop.responses.map((r) => {
              const who = r.respondent.name ?? 'Anonymous';
              return (
                <tr key={r.responseId}>
                  <td>{who}</td>
                  <td>{r.respondent.group}</td>
                  <td>{new Date(r.createdAt).toLocaleDateString('en-GB')}</td>
                  <td>{Object.keys(r.ratings).length}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        changeWorkshop((w) => removeResponse(w, r.responseId));
                        setMessages([{ kind: 'ok', text: `Removed the response from ${who}.` }]);
                        heading.current?.focus();
                      }}
                    >
                      Remove<span className="visually-hidden"> the response from {who}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3>Ratings</h3>
      {rated.length === 0 ? (
        <p className="muted">No ratings yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Ratings by point">
          <table className="ratings-overview">
            <caption>Ratings by point (1 low, 5 high), merged from the room and the responses</caption>
            <thead>
              <tr>
                <th scope="col">Point</th>
                {RATING_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {GROUP_LABEL[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rated.map((i) => {
                const stats = pointRatings(workshop, i.id);
                return (
                  <tr key={i.id} data-point-id={i.id}>
                    <th scope="row">{i.title}</th>
                    {RATING_COLUMNS.map((c) => (
                      <td key={c} data-group={c}>
                        {describeStats(stats[c])}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3>Decisions and actions</h3>
      <RecordList
        workshop={workshop}
        titleOf={titleOf}
        onChange={changeWorkshop}
        onRemoved={() => heading.current?.focus()}
      />
      <PosterButtons plan={plan} content={content} doc={doc} />
    </section>
  );
}
