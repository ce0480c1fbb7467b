import type { Priority } from '../content/schema';
import type { Status } from '../document/types';

/** Where a row's dates come from: the team's own target date, the milestone date, or typical phase timing. */
export type DateSource = 'team' | 'milestone' | 'phase';

/** What a point must finish before. */
export type DueBefore =
  | { kind: 'point'; pointId: string; title: string }
  /** The decision that opens or closes the point's phase; `milestone` when it is the programme's milestone. */
  | { kind: 'decision'; phaseId: string; text: string; milestone: boolean };

export interface TimelineWarning {
  kind: 'late' | 'past' | 'short';
  /** The point the warning is about. */
  pointId: string;
  /** What it feeds: a point id, or "milestone". */
  feeds: string | null;
  text: string;
}

export interface PlanTimelineWarning {
  kind: 'no-milestone' | 'milestone-past';
  text: string;
}

export interface TimelineRow {
  pointId: string;
  title: string;
  phaseId: string;
  priority: Priority;
  owner?: string;
  status?: Status;
  /** ISO days. */
  start: string;
  end: string;
  /** The latest day it may finish: `leadWeeks` before its anchor, or when a point it feeds starts. */
  due: string;
  dueBefore: DueBefore;
  /** The words for `dueBefore` ("“Protocol review”", "the milestone (the protocol is signed off)"). */
  beforeText: string;
  weeks: number;
  leadWeeks: number;
  source: DateSource;
  /** Starts after the period the plan covers (the timeline answer). */
  beyondHorizon: boolean;
  basis?: string;
  references: string[];
  warnings: TimelineWarning[];
}

export interface TimelinePhase {
  phaseId: string;
  name: string;
  start: string;
  end: string;
  decision: string;
  milestone: boolean;
}

export interface Schedule {
  /** The day the plan is placed around: the milestone date, or today when there is none. */
  anchor: { kind: 'milestone' | 'today'; date: string };
  milestone: { date: string; phaseId: string; decision: string } | null;
  today: string;
  /** The end of the period the plan covers. */
  horizon: string;
  /** First and last day the chart must show. */
  range: { start: string; end: string };
  phases: TimelinePhase[];
  rows: TimelineRow[];
  warnings: PlanTimelineWarning[];
}
