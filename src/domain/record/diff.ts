import type { Content, Priority } from '../content/schema';
import { buildPlan } from '../engine/buildPlan';
import type { Plan, PlanItem } from '../plan/types';
import { PRIORITY_LABEL, STATUS_LABEL } from '../plan/labels';
import type { PlanInputs } from './log';
import { DIFF_TEXT } from './labels';

export interface DiffPoint {
  id: string;
  title: string;
  priority: Priority;
  /** Why the point is not in the later plan, when the team left it out. */
  leftOut?: string;
}

export const DIFF_FIELDS = ['priority', 'decision', 'owner', 'targetDate', 'status'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  /** The value in words (a label, a name, a YYYY-MM-DD date), or null when not set. */
  from: string | null;
  to: string | null;
}

export interface VersionDiff {
  added: DiffPoint[];
  removed: DiffPoint[];
  changed: { id: string; title: string; changes: FieldChange[] }[];
}

/** Each point of the plan once, in plan order (a point carried into another phase counts once). */
function itemsOf(plan: Plan): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  for (const phase of plan.phases) for (const i of phase.items) if (!items.has(i.id)) items.set(i.id, i);
  return items;
}

function valueOf(item: PlanItem, field: DiffField): string | null {
  switch (field) {
    case 'priority':
      return PRIORITY_LABEL[item.priority];
    case 'decision':
      return item.decision;
    case 'owner':
      return item.edit.owner ?? item.custom?.owner ?? null;
    case 'targetDate':
      return item.edit.targetDate ?? item.custom?.targetDate ?? null;
    case 'status': {
      const s = item.edit.status ?? item.custom?.status;
      return s ? STATUS_LABEL[s] : null;
    }
  }
}

const point = (i: PlanItem): DiffPoint => ({ id: i.id, title: i.title, priority: i.priority });

/**
 * What changed from plan `a` to plan `b`: both are rebuilt from their inputs with the same knowledge
 * base (so only the team's answers and edits make the difference), then compared point by point.
 */
export function versionDiff(content: Content, a: PlanInputs, b: PlanInputs): VersionDiff {
  const planA = buildPlan(content, a);
  const planB = buildPlan(content, b);
  const before = itemsOf(planA);
  const after = itemsOf(planB);
  const leftOutInB = new Map(planB.phases.flatMap((p) => p.excluded.map((x) => [x.item.id, x.reason] as const)));
  const added = [...after.values()].filter((i) => !before.has(i.id)).map(point);
  const removed = [...before.values()]
    .filter((i) => !after.has(i.id))
    .map((i) => {
      const why = leftOutInB.get(i.id);
      return why ? { ...point(i), leftOut: why } : point(i);
    });
  const changed = [...after.values()].flatMap((i) => {
    const old = before.get(i.id);
    if (!old) return [];
    const changes = DIFF_FIELDS.map((field) => ({ field, from: valueOf(old, field), to: valueOf(i, field) })).filter(
      (c) => c.from !== c.to,
    );
    return changes.length ? [{ id: i.id, title: i.title, changes }] : [];
  });
  return { added, removed, changed };
}

/** The difference as sentences a steering committee can read, one a line. */
export function diffLines(diff: VersionDiff, dateText: (iso: string) => string): string[] {
  const value = (c: FieldChange, v: string | null) =>
    v === null ? DIFF_TEXT.notSet : c.field === 'targetDate' ? dateText(v) : c.field === 'decision' ? `“${v}”` : v;
  const lines = [
    ...diff.added.map((p) => DIFF_TEXT.added(p.title, PRIORITY_LABEL[p.priority])),
    ...diff.removed.map((p) => DIFF_TEXT.removed(p.title, p.leftOut)),
    ...diff.changed.map((c) =>
      DIFF_TEXT.changed(
        c.title,
        c.changes.map((x) => `${DIFF_TEXT.field[x.field]} ${value(x, x.from)} → ${value(x, x.to)}`),
      ),
    ),
  ];
  return lines.length ? lines : [DIFF_TEXT.none];
}
