import type { Effort, Priority } from '../content/constants';
import type { Status } from '../document/types';

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
