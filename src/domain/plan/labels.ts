import type { Effort, Priority } from '../content/constants';
import type { Status } from '../document/types';
import type { PlanItem } from './types';

/** The words the screen and the PDF both use for plan values, so the two never disagree. */
export const PRIORITY_LABEL: Record<Priority, string> = {
  essential: 'Essential',
  recommended: 'Recommended',
  optional: 'Optional',
};

export const STATUS_LABEL: Record<Status, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

export const EFFORT_LABEL: Record<Effort, string> = { low: 'Low', medium: 'Medium', high: 'High' };

const formats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f;
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return moneyFormat(currency, 0).format(amount);
  } catch {
    return `${currency} ${Math.round(amount).toLocaleString('en-GB')}`;
  }
}

/** An hourly rate: pence or cents shown when the rate has them (e.g. £27.50). */
export function formatRate(amount: number, currency: string): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  try {
    return moneyFormat(currency, cents ? 2 : 0).format(amount);
  } catch {
    return `${currency} ${amount.toFixed(cents ? 2 : 0)}`;
  }
}

/** The benefit × investment quadrants, best first, as the matrix and the PDF name them. */
export const QUADRANTS = [
  { id: 'quick-win', name: 'Quick wins', hint: 'high benefit, lower investment: do these first' },
  { id: 'major', name: 'Major pieces of work', hint: 'high benefit, high investment: plan and fund them early' },
  { id: 'fill-in', name: 'Small extras', hint: 'lower benefit, lower investment: do them when there is room' },
  { id: 'reconsider', name: 'Reconsider', hint: 'lower benefit, high investment: scale down or leave for later' },
] as const;

/** What each priority asks of the team, as the plan screen's legend and the presenter view say it. */
export const PRIORITY_MEANING: Record<Priority, string> = {
  essential: 'do this',
  recommended: 'strongly advised',
  optional: 'worth considering',
};

/** The plan screen's own words about the map and the list. */
export const PLAN_VIEW_TEXT = {
  mapHeading: 'Phase map',
  listHeading: 'Engagement points by phase',
  timelineHeading: 'Timeline of the plan',
  arrowLegend: '→ data from one point feeds a later one',
  mapHelp:
    'Select a point to see why it is in your plan. Arrows show where one point’s data feeds a later one. On the map, the arrow keys move between points and Enter opens one; the wheel zooms once the map has focus, or with Ctrl or ⌘ held. The list view shows the same points.',
  noPhases: 'No research phases are in scope. Change your answers to choose the phases the plan should cover.',
} as const;

/** What the map tells a screen reader it can do with a card (React Flow's own text speaks of moving and deleting). */
export const MAP_KEYS_TEXT =
  'Arrow keys move between points: up and down within a phase, left and right to the next or previous phase. Home and End go to the first and last point of the phase. Enter opens the point’s details.';

/** The time a point asks of patients, in words, as the detail panel and the presenter view say it. */
export function patientTimeText(item: Pick<PlanItem, 'point' | 'patientHours' | 'participants'>): string {
  if (item.participants)
    return `About ${item.participants.hoursEach} hours each, for about ${item.participants.people} research participants (counted apart from partners’ hours)`;
  if (item.point) {
    const t = item.point.patientTime;
    return `About ${t.hoursEach} hours each, for about ${t.people} people (${item.patientHours.toLocaleString('en-GB')} hours in all)`;
  }
  return item.patientHours > 0
    ? `${item.patientHours.toLocaleString('en-GB')} hours in all (your team’s estimate)`
    : 'Not estimated yet: add it when you plan the point';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as every output writes it ("30 April 2027"); a day ("2027-04-30") is read as that UTC day. */
export function formatDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(d.length === 10 ? `${d}T00:00:00Z` : d) : d;
  return Number.isNaN(date.getTime()) ? String(d) : dateFormat.format(date);
}

/** Words as a sentence lists them: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
