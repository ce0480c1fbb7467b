import type { Level, Priority, Stakeholder } from '../content/schema';
import type { Plan, PlanItem } from './types';

export interface ItemFilters {
  stakeholders: string[];
  priorities: Priority[];
  phases: string[];
  levels: Level[];
}

export function matches(item: PlanItem, f: ItemFilters): boolean {
  return (
    (f.stakeholders.length === 0 || item.who.some((w) => f.stakeholders.includes(w))) &&
    (f.priorities.length === 0 || f.priorities.includes(item.priority)) &&
    (f.phases.length === 0 || f.phases.includes(item.phaseId)) &&
    (f.levels.length === 0 || f.levels.includes(item.level))
  );
}

/** Ids of the plan items that pass the filters; the map and the list both show exactly these. */
export function filterPlan(plan: Plan, f: ItemFilters): Set<string> {
  return new Set(
    plan.phases
      .flatMap((p) => p.items)
      .filter((i) => matches(i, f))
      .map((i) => i.id),
  );
}

/** The stakeholders on the patient side: "where patients, carers and patient organisations contribute". */
export function patientSide(stakeholders: readonly Stakeholder[]): string[] {
  return stakeholders.filter((s) => s.group === 'patient-side').map((s) => s.id);
}
