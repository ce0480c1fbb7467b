import { formatDate } from '../plan/labels';
import type { DateSource } from './types';

/** The timeline's words, for the screen and any export, so the two never disagree. */
export const TIMELINE_TEXT = {
  heading: 'Timeline',
  help: 'Each bar is a point of your plan, from when work should start to when it should finish. Dates come from your own target dates, else from the milestone date and the typical length of each phase. Select a bar to see and edit the point.',
  chartLabel: 'Timeline chart (scrolls sideways)',
  listHeading: 'Timeline as a list',
  milestone: 'Milestone',
  today: 'Today',
  horizon: 'End of the plan’s timeline',
  warningsHeading: 'Timing warnings',
  noWarnings: 'No timing warnings: every point can finish before what it feeds.',
  warningIcon: '⚠',
  beyondHorizon: 'After the period the plan covers',
  columns: {
    point: 'Point',
    start: 'Start',
    finish: 'Finish',
    due: 'Needed by',
    source: 'Dates from',
    warnings: 'Warnings',
    owner: 'Owner',
  },
  span: (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`,
  phaseSpan: (start: string, end: string, decision: string) =>
    `${formatDate(start)} to ${formatDate(end)}, until ${decision}`,
  dueBefore: (due: string, before: string) => `${formatDate(due)}, before ${before}`,
  warningCount: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  empty: 'No points are in the plan yet.',
};

export const SOURCE_LABEL: Record<DateSource, string> = {
  team: 'Your target date',
  milestone: 'The milestone date',
  phase: 'Typical phase timing',
};

const date = formatDate;

/** The warnings' words. Each names the point and what it feeds. */
export const WARNING_TEXT = {
  noMilestone:
    'No milestone date is set, so the timeline starts the current phase today. Add your next big milestone under “Change answers” (When is your next big milestone?) to place the plan around it.',
  milestonePast: (milestone: string) =>
    `The milestone date (${date(milestone)}) has passed. Set your next milestone under “Change answers” so the timeline looks ahead.`,
  late: (title: string, end: string, due: string, before: string) =>
    `“${title}” finishes on ${date(end)}, after ${date(due)}, when ${before} needs it.`,
  past: (title: string, end: string) =>
    `“${title}” should have finished by ${date(end)} and is not marked done. Mark it done or set a new target date.`,
  short: (title: string, finish: string, due: string, before: string) =>
    `Starting “${title}” today, it would finish on ${date(finish)}, after ${date(due)}, when ${before} needs it.`,
} as const;

/** What a point's due date is before, in words. */
export const BEFORE_TEXT = {
  point: (title: string) => `“${title}”`,
  milestone: (what: string) => `the milestone (${what})`,
  decision: (what: string) => what,
};

export { date as formatTimelineDate };
