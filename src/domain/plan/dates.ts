/** Calendar days as ISO strings ("2027-04-30"), read as UTC days: the exports and the timeline share them. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (not 2027-02-30). */
export function validDate(iso: string | undefined): iso is string {
  const m = iso ? DATE.exec(iso) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

/** The day `days` after (or, negative, before) an ISO day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const addWeeks = (iso: string, weeks: number): string => addDays(iso, weeks * 7);

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The UTC day of an instant. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
