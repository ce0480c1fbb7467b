import type { Priority } from '../../domain/content/schema';
import type { Status } from '../../domain/document/types';

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

export const EFFORT_LABEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}
