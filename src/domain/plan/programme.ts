import type { ProgrammeDetails } from './types';

/** The programme's own details as label → text rows, for the plan screen and both PDFs. */
export function programmeRows(
  p: ProgrammeDetails,
  date: (iso: string) => string = (iso) => iso,
  include: readonly (keyof ProgrammeDetails)[] = ['summary', 'condition', 'milestone'],
): [string, string][] {
  const rows: [string, string][] = [];
  if (include.includes('summary') && p.summary) rows.push(['Programme', p.summary]);
  if (include.includes('condition') && p.condition) rows.push(['Condition', p.condition]);
  if (include.includes('milestone') && p.milestone) rows.push(['Next milestone', date(p.milestone)]);
  return rows;
}

/** How a point from another phase is labelled where it is placed. */
export const CARRIED_LABEL = { setup: 'Set-up work', 'catch-up': 'Catch up now' } as const;
