import type { Plan, PlanItem } from '../plan/types';
import { PRIORITY_LABEL, STATUS_LABEL } from '../plan/labels';

/** One CSV cell. Text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export type Cell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF line ends, quoted where needed. A BOM lets Excel read the file as UTF-8. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function planItems(plan: Plan): { item: PlanItem; phase: string }[] {
  return plan.phases.flatMap((p) => p.items.map((item) => ({ item, phase: p.phase.name })));
}

/** The action table: every point in the plan with its owner, target date, status and cost. */
export function actionRows(plan: Plan): Cell[][] {
  const currency = plan.summary.cost.currency;
  const header: Cell[] = [
    'Phase',
    'Engagement point',
    'Priority',
    'Owner',
    'Target date',
    'Status',
    'Patient-partner hours',
    `Estimated cost (${currency})`,
  ];
  return [
    header,
    ...planItems(plan).map(({ item, phase }) => {
      const status = item.edit.status ?? item.custom?.status;
      return [
        phase,
        item.title,
        PRIORITY_LABEL[item.priority],
        item.edit.owner ?? item.custom?.owner ?? '',
        item.edit.targetDate ?? item.custom?.targetDate ?? '',
        status ? STATUS_LABEL[status] : 'Not started',
        item.patientHours,
        item.score?.cost ?? 0,
      ];
    }),
  ];
}

/** The budget table: each cost line, how it is worked out, and the total the plan shows. */
export function budgetRows(plan: Plan): Cell[][] {
  const { cost } = plan.summary;
  return [
    ['Cost line', `Amount (${cost.currency})`, 'How it is worked out'],
    ...cost.lines.map((l): Cell[] => [l.label, l.amount, l.basis]),
    ['Total', cost.total, `Hourly rate ${cost.rate} ${cost.currency}: ${cost.basis.source}`],
  ];
}

export const actionsCsv = (plan: Plan): string => toCsv(actionRows(plan));
export const budgetCsv = (plan: Plan): string => toCsv(budgetRows(plan));
