import type { Plan, PlanItem } from './types';

export interface PointLinks {
  /** Points in the plan that use this point's data, in plan order. */
  feedsInto: PlanItem[];
  /** Points in the plan whose data this point uses, in plan order. */
  usesDataFrom: PlanItem[];
}

/**
 * The map's arrows for one point, in words: where its data goes and where its data comes from.
 * Only points in the plan count (not those left out or never called for).
 */
export function pointLinks(plan: Plan, id: string): PointLinks {
  const items = plan.phases.flatMap((p) => p.items);
  const self = items.find((i) => i.id === id);
  if (!self) return { feedsInto: [], usesDataFrom: [] };
  return {
    feedsInto: items.filter((i) => i.id !== id && self.feeds.includes(i.id)),
    usesDataFrom: items.filter((i) => i.id !== id && i.feeds.includes(id)),
  };
}
