import { useEffect, useState } from 'react';
import type { Agenda } from '../../domain/document/agenda';
import { agendaTotal, validMinutes } from '../../domain/document/agenda';
import { LIMITS } from '../../domain/document/limits';
import { formatClock } from './clock';

interface Props {
  phases: { id: string; order: number; name: string }[];
  phaseId: string;
  agenda: Agenda | undefined;
  onMinutes: (phaseId: string, minutes: number | null) => void;
}

/**
 * The facilitator's agenda: minutes per phase (saved with the plan) and a timer for the phase on
 * screen. Each phase keeps its own elapsed time while the facilitator moves between phases.
 */
export function AgendaTimer({ phases, phaseId, agenda, onMinutes }: Props) {
  const [elapsed, setElapsed] = useState<Record<string, number>>({});
  const [running, setRunning] = useState<string | null>(null);
  const minutes = agenda?.[phaseId];
  const spent = elapsed[phaseId] ?? 0;
  const left = minutes === undefined ? null : minutes * 60 - spent;
  // What was typed in a minutes box that is not a valid number yet: kept, with a message, never lost.
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsed((e) => ({ ...e, [running]: (e[running] ?? 0) + 1 })), 1000);
    return () => clearInterval(timer);
  }, [running]);
  // Said once, when the running phase's time runs out (the text then stays the same).
  const runningLimit = running ? agenda?.[running] : undefined;
  const timeUp =
    running && runningLimit !== undefined && (elapsed[running] ?? 0) >= runningLimit * 60
      ? (phases.find((p) => p.id === running)?.name ?? null)
      : null;

  const isRunning = running === phaseId;
  return (
    <div className="present-timer">
      <p className={left !== null && left < 0 ? 'present-clock present-over' : 'present-clock'}>
        {left === null ? (
          <span>No time set for this phase</span>
        ) : (
          <>
            <span className="visually-hidden">Time for this phase: </span>
            {left >= 0 ? `${formatClock(left)} left` : `${formatClock(-left)} over`}
            <span className="muted"> of {minutes} min</span>
          </>
        )}
      </p>
      {left !== null && (
        <>
          <button type="button" onClick={() => setRunning(isRunning ? null : phaseId)}>
            {isRunning ? 'Pause timer' : spent > 0 ? 'Resume timer' : 'Start timer'}
          </button>
          <button
            type="button"
            onClick={() => {
              setElapsed((e) => ({ ...e, [phaseId]: 0 }));
              if (isRunning) setRunning(null);
            }}
          >
            Reset timer
          </button>
        </>
      )}
      <p role="status" className="visually-hidden">
        {timeUp && `Time is up for ${timeUp}.`}
      </p>
      <details className="present-agenda">
        <summary>Agenda ({agendaTotal(agenda)} min)</summary>
        <div className="present-agenda-body">
          <p className="muted">Minutes for each phase. They are saved with the plan.</p>
          <ol>
            {phases.map((p) => (
              <li key={p.id}>
                <label htmlFor={`agenda-${p.id}`}>
                  {p.order}. {p.name}
                </label>
                <input
                  id={`agenda-${p.id}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={LIMITS.agendaMinutes}
                  step={1}
                  value={drafts[p.id] ?? agenda?.[p.id] ?? ''}
                  aria-invalid={drafts[p.id] !== undefined}
                  aria-describedby={drafts[p.id] !== undefined ? `agenda-${p.id}-error` : undefined}
                  onChange={(e) => {
                    const text = e.target.value.trim();
                    const v = Number(text);
                    const { [p.id]: _, ...others } = drafts;
                    if (text === '' || validMinutes(v)) {
                      setDrafts(others);
                      onMinutes(p.id, text === '' ? null : v);
                    } else setDrafts({ ...others, [p.id]: e.target.value });
                  }}
                />{' '}
                <span className="muted" aria-hidden="true">
                  min
                </span>
                {drafts[p.id] !== undefined && (
                  <span id={`agenda-${p.id}-error`} className="error-text">
                    {' '}
                    Enter whole minutes from 0 to {LIMITS.agendaMinutes}.
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      </details>
    </div>
  );
}
