import type { Plan } from '../plan/types';
import { PRIORITY_LABEL, STATUS_LABEL } from '../plan/labels';
import { addDays, validDate } from '../plan/dates';

/** A dated activity of the plan: a point with a target date, or the programme's milestone. */
export interface DatedActivity {
  uid: string;
  date: string;
  title: string;
  description: string;
}

/** The plan's dated activities, in date order: what the team has put a date on, and the milestone. */
export function datedActivities(plan: Plan, planId: string): DatedActivity[] {
  const out: DatedActivity[] = [];
  for (const p of plan.phases)
    for (const item of p.items) {
      const date = item.edit.targetDate ?? item.custom?.targetDate;
      if (!validDate(date)) continue;
      const owner = item.edit.owner ?? item.custom?.owner;
      const status = item.edit.status ?? item.custom?.status;
      const lines = [
        `Phase: ${p.phase.name}`,
        `Priority: ${PRIORITY_LABEL[item.priority]}`,
        ...(owner ? [`Owner: ${owner}`] : []),
        `Status: ${status ? STATUS_LABEL[status] : 'Not started'}`,
        `Decision: ${item.decision}`,
      ];
      out.push({ uid: `${planId}.${item.id}`, date, title: item.title, description: lines.join('\n') });
    }
  const milestone = plan.summary.programme.milestone;
  if (validDate(milestone))
    out.push({
      uid: `${planId}.milestone`,
      date: milestone,
      title: 'Programme milestone',
      description:
        'The next big milestone named in the plan. Patient input that feeds it should be finished before it.',
    });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** RFC 5545 text escaping. */
const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const utf8 = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** An iCalendar file of the dated activities, as all-day events a calendar app can import. */
export function planIcs(plan: Plan, planId: string, planName: string, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Patient engagement planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(planName)}`,
  ];
  for (const a of datedActivities(plan, planId))
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(a.uid)}@patient-engagement-planner`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(a.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(a.date, 1))}`,
      `SUMMARY:${escapeText(a.title)}`,
      `DESCRIPTION:${escapeText(a.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
