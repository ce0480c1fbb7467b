import { daysBetween } from '../plan/dates';

export interface MonthTick {
  /** The first day of the month. */
  day: string;
  /** Days from the start of the axis. */
  offset: number;
  /** "Jan", "Feb", … */
  label: string;
  /** The year, on January and on the first month of the axis. */
  year?: number;
}

export interface Axis {
  start: string;
  end: string;
  days: number;
  months: MonthTick[];
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const firstOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);

/** Whole months around a range of days: from the first of its first month to the first of the month after its last. */
export function monthAxis(range: { start: string; end: string }): Axis {
  const [sy, sm] = range.start.split('-').map(Number) as [number, number];
  const [ey, em] = range.end.split('-').map(Number) as [number, number];
  const start = firstOfMonth(sy, sm - 1);
  const end = firstOfMonth(ey, em);
  const months: MonthTick[] = [];
  for (let y = sy, m = sm - 1; firstOfMonth(y, m) < end; m === 11 ? ((m = 0), y++) : m++) {
    const day = firstOfMonth(y, m);
    months.push({
      day,
      offset: daysBetween(start, day),
      label: monthName.format(new Date(`${day}T00:00:00Z`)),
      ...(m === 0 || months.length === 0 ? { year: y } : {}),
    });
  }
  return { start, end, days: daysBetween(start, end), months };
}
