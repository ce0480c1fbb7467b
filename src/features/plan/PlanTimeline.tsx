import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answers } from '../../domain/answers';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import { daysBetween } from '../../domain/plan/dates';
import { formatDate, PRIORITY_LABEL, STATUS_LABEL } from '../../domain/plan/labels';
import { monthAxis } from '../../domain/timeline/axis';
import { SOURCE_LABEL, TIMELINE_TEXT as T } from '../../domain/timeline/labels';
import { schedule } from '../../domain/timeline/schedule';
import type { Schedule, TimelineRow } from '../../domain/timeline/types';

interface Props {
  content: Content;
  plan: Plan;
  answers: Answers;
  /** The points the filters show. */
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  /** Opens (or closes) a point's details, as the map and the list do. */
  onSelect: (id: string) => void;
  /** Today, for tests; the screen reads the clock once when the view opens. */
  now?: Date;
}

/** Pixels per day on the chart: about 60 px a month. */
const DAY = 2;

const Warn = () => (
  <span className="timeline-warn-icon" aria-hidden="true">
    {T.warningIcon}
  </span>
);

/** A bar's name: its visible title first (so speech input finds it), then its dates and warnings. */
const rowName = (r: TimelineRow) =>
  [r.title, T.span(r.start, r.end), ...(r.warnings.length ? [T.warningCount(r.warnings.length)] : [])].join(', ');

/**
 * The plan over time: a Gantt-style chart of the points by phase, the milestone marked, with its
 * twin, a list of the same rows with their dates and warnings (src/domain/timeline).
 */
export default function PlanTimeline({ content, plan, answers, visibleIds, selectedId, onSelect, now: given }: Props) {
  // Today is read once when the view opens, so the chart does not move under the user.
  const [now] = useState(() => given ?? new Date());
  const s = useMemo(() => schedule(plan, content, answers, now), [plan, content, answers, now]);
  const rows = s.rows.filter((r) => visibleIds.has(r.pointId));
  if (rows.length === 0) return <p>{T.empty}</p>;
  return (
    <div className="timeline-view">
      <p className="muted">{T.help}</p>
      <Warnings s={s} rows={rows} />
      <Chart s={s} rows={rows} selectedId={selectedId} onSelect={onSelect} />
      <TimelineList s={s} rows={rows} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}

function Warnings({ s, rows }: { s: Schedule; rows: TimelineRow[] }) {
  const warnings = [...s.warnings.map((w) => w.text), ...rows.flatMap((r) => r.warnings.map((w) => w.text))];
  return (
    <section aria-labelledby="timeline-warnings-heading" className="timeline-warnings">
      <h3 id="timeline-warnings-heading">
        {T.warningsHeading} ({warnings.length})
      </h3>
      {s.milestone && (
        <p>
          <span className="timeline-milestone-key" aria-hidden="true">
            ◆
          </span>{' '}
          {T.milestone}: {formatDate(s.milestone.date)} ({s.milestone.decision})
        </p>
      )}
      {warnings.length === 0 ? (
        <p>{T.noWarnings}</p>
      ) : (
        <ul className="timeline-warning-list">
          {warnings.map((text, i) => (
            <li key={`${i}-${text}`} className="timeline-warning">
              <Warn /> {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Chart({
  s,
  rows,
  selectedId,
  onSelect,
}: {
  s: Schedule;
  rows: TimelineRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const axis = monthAxis(s.range);
  const x = (day: string) => daysBetween(axis.start, day) * DAY;
  const width = axis.days * DAY;
  // Open where the plan is now: a month before today (or the milestone, when it is earlier), not at the chart's first day.
  const scroller = useRef<HTMLDivElement>(null);
  const focusDay = s.milestone && s.milestone.date < s.today ? s.milestone.date : s.today;
  const startAt = Math.max(0, x(focusDay) - 30 * DAY);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = startAt;
  }, [startAt]);
  const marker = (day: string, kind: 'milestone' | 'today', label: string) =>
    day >= axis.start && day <= axis.end ? (
      <div className={`timeline-marker timeline-marker-${kind}`} style={{ left: x(day) }}>
        <span className="timeline-marker-label">{label}</span>
      </div>
    ) : null;
  return (
    <div ref={scroller} className="timeline-scroll" role="region" aria-label={T.chartLabel} tabIndex={0}>
      <div className="timeline-chart" style={{ ['--track-width' as string]: `${width}px` }}>
        <div className="timeline-months" aria-hidden="true">
          <span className="timeline-label" />
          <span className="timeline-track">
            {axis.months.map((m) => (
              <span key={m.day} className="timeline-month" style={{ left: x(m.day) }}>
                {m.label}
                {m.year !== undefined && <span className="timeline-year">{m.year}</span>}
              </span>
            ))}
          </span>
        </div>
        <div className="timeline-body">
          <div className="timeline-markers" aria-hidden="true">
            {s.milestone && marker(s.milestone.date, 'milestone', `◆ ${T.milestone}`)}
            {marker(s.today, 'today', T.today)}
          </div>
          {s.phases.map((phase) => {
            const phaseRows = rows.filter((r) => r.phaseId === phase.phaseId);
            if (phaseRows.length === 0) return null;
            return (
              <div key={phase.phaseId} role="group" aria-label={phase.name} className="timeline-phase">
                <div className="timeline-phase-head">
                  <span className="timeline-label">{phase.name}</span>
                  <span className="timeline-track" aria-hidden="true">
                    <span
                      className="timeline-phase-band"
                      style={{ left: x(phase.start), width: Math.max(2, x(phase.end) - x(phase.start)) }}
                    />
                  </span>
                </div>
                {phaseRows.map((r) => (
                  <button
                    key={r.pointId}
                    type="button"
                    className={r.warnings.length ? 'timeline-row has-warning' : 'timeline-row'}
                    data-point-id={r.pointId}
                    aria-expanded={selectedId === r.pointId}
                    aria-label={rowName(r)}
                    onClick={() => onSelect(r.pointId)}
                  >
                    <span className="timeline-label">
                      {r.warnings.length > 0 && <Warn />}
                      {r.title}
                    </span>
                    <span className="timeline-track" aria-hidden="true">
                      <span
                        className={`timeline-bar priority-${r.priority}`}
                        style={{ left: x(r.start), width: Math.max(4, x(r.end) - x(r.start)) }}
                      />
                      <span className="timeline-due" style={{ left: x(r.due) }} />
                    </span>
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function TimelineList({
  s,
  rows,
  selectedId,
  onSelect,
}: {
  s: Schedule;
  rows: TimelineRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <section aria-labelledby="timeline-list-heading" className="timeline-list">
      <h3 id="timeline-list-heading">{T.listHeading}</h3>
      {s.phases.map((phase) => {
        const phaseRows = rows.filter((r) => r.phaseId === phase.phaseId);
        if (phaseRows.length === 0) return null;
        return (
          <section key={phase.phaseId} aria-labelledby={`timeline-phase-${phase.phaseId}`}>
            <h4 id={`timeline-phase-${phase.phaseId}`}>
              {phase.name} <span className="muted">({T.phaseSpan(phase.start, phase.end, phase.decision)})</span>
            </h4>
            <ul className="timeline-list-rows">
              {phaseRows.map((r) => (
                <li key={r.pointId} data-timeline-id={r.pointId}>
                  <button
                    type="button"
                    className="link-button timeline-list-title"
                    aria-expanded={selectedId === r.pointId}
                    onClick={() => onSelect(r.pointId)}
                  >
                    {r.title}
                  </button>{' '}
                  <span className={`badge priority-${r.priority}`}>{PRIORITY_LABEL[r.priority]}</span>
                  {r.status && <span className="badge">{STATUS_LABEL[r.status]}</span>}
                  <dl className="timeline-dates">
                    <div>
                      <dt>{T.columns.start}</dt>
                      <dd>{formatDate(r.start)}</dd>
                    </div>
                    <div>
                      <dt>{T.columns.finish}</dt>
                      <dd>{formatDate(r.end)}</dd>
                    </div>
                    <div>
                      <dt>{T.columns.due}</dt>
                      <dd>{T.dueBefore(r.due, r.beforeText)}</dd>
                    </div>
                    <div>
                      <dt>{T.columns.source}</dt>
                      <dd>{SOURCE_LABEL[r.source]}</dd>
                    </div>
                    {r.owner && (
                      <div>
                        <dt>{T.columns.owner}</dt>
                        <dd>{r.owner}</dd>
                      </div>
                    )}
                  </dl>
                  {r.beyondHorizon && <p className="muted">{T.beyondHorizon}</p>}
                  {r.warnings.map((w) => (
                    <p key={w.kind} className="timeline-warning">
                      <Warn /> {w.text}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
