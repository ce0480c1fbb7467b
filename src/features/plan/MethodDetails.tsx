import type { RankedMethod } from '../../domain/plan/types';
import { EFFORT_LABEL } from '../../domain/plan/labels';

const hours = (n: number) => `${n.toLocaleString('en-GB')} hour${n === 1 ? '' : 's'}`;

/** One method of a point: its name and fit, and a disclosure with what it is, who takes part and what it asks. */
export function MethodDetails({ ranked }: { ranked: RankedMethod }) {
  const { method: m, fit, notes } = ranked;
  const size = m.groupSize.min === m.groupSize.max ? `${m.groupSize.min}` : `${m.groupSize.min} to ${m.groupSize.max}`;
  return (
    <li>
      <strong>{m.name}</strong> <span className="muted">({fit} fit)</span>
      <span className="method-notes"> {notes.join('; ')}.</span>
      <details className="method-details">
        <summary>
          About this method<span className="visually-hidden">: {m.name}</span>
        </summary>
        <dl className="facts">
          <dt>Purpose</dt>
          <dd>{m.purpose}</dd>
          {m.decision && (
            <>
              <dt>Best for deciding</dt>
              <dd>{m.decision}</dd>
            </>
          )}
          <dt>Participants</dt>
          <dd>{m.participants}</dd>
          <dt>Group size</dt>
          <dd>{size} people</dd>
          <dt>Patient time</dt>
          <dd>About {hours(m.patientHours)} each</dd>
          {m.schedule && (
            <>
              <dt>How long</dt>
              <dd>{m.schedule}</dd>
            </>
          )}
          <dt>Team effort and cost</dt>
          <dd>
            {EFFORT_LABEL[m.teamEffort]} effort, {m.cost} cost
          </dd>
          <dt>Strengths</dt>
          <dd>
            <ul>
              {m.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </dd>
          <dt>Limits</dt>
          <dd>
            <ul>
              {m.limits.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </dd>
          <dt>Accessibility</dt>
          <dd>{m.accessibility}</dd>
          {m.output && (
            <>
              <dt>Output</dt>
              <dd>{m.output}</dd>
            </>
          )}
          {m.evaluation && (
            <>
              <dt>How to evaluate it</dt>
              <dd>{m.evaluation}</dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}
