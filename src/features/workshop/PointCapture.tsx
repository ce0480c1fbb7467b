import { useId, useRef, useState } from 'react';
import type { PlanDocument } from '../../domain/document/types';
import type { Priority } from '../../domain/content/schema';
import { ROOM_GROUPS, type RoomGroup } from '../../domain/document/workshop';
import { setPriority } from '../../domain/document/edits';
import { PRIORITY_LABEL } from '../../domain/plan/labels';
import { addRating, changeDots, undoRating } from '../../domain/workshop/votes';
import { pointComments, pointRatings } from '../../domain/workshop/merge';
import { addAction, addDecision, GROUP_LABEL } from '../../domain/workshop/records';
import { newId } from '../../lib/download';
import type { Rating } from '../../domain/response/types';
import { today, useWorkshopChanges } from './useWorkshop';
import { describeStats, RatingsTable } from './RatingsTable';
import { RecordList } from './RecordList';

const RATINGS: Rating[] = [1, 2, 3, 4, 5];
const PRIORITIES: Priority[] = ['essential', 'recommended', 'optional'];

interface Props {
  doc: PlanDocument;
  pointId: string;
  /** The point's title, for the names of the buttons. */
  title: string;
}

/** The room's say on one point: votes per group, the team's priority, decisions and actions. */
export function PointCapture({ doc, pointId, title }: Props) {
  const base = useId();
  const { changeWorkshop, changeEdits } = useWorkshopChanges(doc.id);
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const workshop = doc.workshop;
  const custom = doc.edits.custom.find((c) => c.id === pointId);
  const teamPriority = custom ? (custom.priority ?? 'recommended') : (doc.edits.points[pointId]?.priority ?? '');

  const vote = (group: RoomGroup, change: Parameters<typeof changeWorkshop>[0], what: string) => {
    let after = '';
    changeWorkshop((w) => {
      const next = change(w);
      after = describeStats(pointRatings(next, pointId)[group]);
      return next;
    });
    setSaid(`${what} for ${GROUP_LABEL[group]}. Now: ${after}.`);
  };
  const focusLast = (selector: string) =>
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-capture="${CSS.escape(base)}"] ${selector}:last-of-type textarea`)
        ?.focus(),
    );

  return (
    <section className="point-capture" aria-labelledby={`${base}-h`} data-capture={base}>
      <h3 id={`${base}-h`} ref={heading} tabIndex={-1}>
        Workshop: the room’s view
      </h3>
      <div className="field">
        <label htmlFor={`${base}-priority`}>Priority (the team’s decision)</label>
        <select
          id={`${base}-priority`}
          value={teamPriority}
          onChange={(e) => {
            const p = (e.target.value || null) as Priority | null;
            changeEdits((edits) => setPriority(edits, pointId, p));
            setSaid(p ? `Priority set to ${PRIORITY_LABEL[p]}.` : 'Priority back to the plan’s suggestion.');
          }}
        >
          {!custom && <option value="">As the plan suggests</option>}
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="vote-groups">
        {ROOM_GROUPS.map((g) => {
          const stats = pointRatings(workshop, pointId)[g];
          return (
            <div key={g} className="vote-group" role="group" aria-labelledby={`${base}-${g}`}>
              <h4 id={`${base}-${g}`}>{GROUP_LABEL[g]}</h4>
              <p className="vote-buttons">
                <span className="muted">Add a rating (1 low, 5 high):</span>{' '}
                {RATINGS.map((r) => (
                  <button
                    key={r}
                    type="button"
                    aria-label={`${r}: add a rating of ${r} from ${GROUP_LABEL[g]}`}
                    onClick={() => vote(g, (w) => addRating(w, pointId, g, r), `Rating ${r} added`)}
                  >
                    {r}
                  </button>
                ))}
              </p>
              <p className="vote-buttons">
                <button type="button" onClick={() => vote(g, (w) => changeDots(w, pointId, g, 1), 'Dot added')}>
                  Add a dot<span className="visually-hidden"> from {GROUP_LABEL[g]}</span>
                </button>
                <button
                  type="button"
                  aria-disabled={stats.dots === 0}
                  onClick={() => stats.dots > 0 && vote(g, (w) => changeDots(w, pointId, g, -1), 'Dot removed')}
                >
                  Remove a dot<span className="visually-hidden"> from {GROUP_LABEL[g]}</span>
                </button>
                <button
                  type="button"
                  aria-disabled={stats.room === 0}
                  onClick={() => stats.room > 0 && vote(g, (w) => undoRating(w, pointId, g), 'Last rating taken back')}
                >
                  Undo last rating<span className="visually-hidden"> from {GROUP_LABEL[g]}</span>
                </button>
              </p>
            </div>
          );
        })}
      </div>
      <p role="status" className="muted capture-status">
        {said}
      </p>
      <RatingsTable workshop={workshop} pointId={pointId} caption={`Ratings of “${title}”, by group`} />
      {pointComments(workshop, pointId).length > 0 && (
        <>
          <h4>Participants’ comments</h4>
          <ul>
            {pointComments(workshop, pointId).map(({ response, text }) => (
              <li key={response.responseId}>
                “{text}”{' '}
                <span className="muted">
                  ({response.respondent.name ?? 'Anonymous'}, {response.respondent.group})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="vote-buttons">
        <button
          type="button"
          onClick={() => {
            changeWorkshop((w) => addDecision(w, { id: newId(), pointId, text: '', date: today(), agreedBy: [] }));
            focusLast('li[data-decision-id]');
          }}
        >
          Log a decision<span className="visually-hidden"> about {title}</span>
        </button>
        <button
          type="button"
          onClick={() => {
            changeWorkshop((w) => addAction(w, { id: newId(), pointId, text: '', owner: '', status: 'not-started' }));
            focusLast('li[data-action-id]');
          }}
        >
          Add an action<span className="visually-hidden"> for {title}</span>
        </button>
      </p>
      <RecordList
        workshop={workshop}
        pointId={pointId}
        titleOf={() => title}
        onChange={changeWorkshop}
        onRemoved={() => heading.current?.focus()}
      />
    </section>
  );
}
