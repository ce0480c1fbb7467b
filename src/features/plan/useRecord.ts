import { usePlansStore } from '../../stores/plans.store';
import type { PlanDocument } from '../../domain/document/types';

/**
 * Changes a plan's impact record or versions on the latest saved document, and writes it at once:
 * a reload straight after logging loses nothing.
 */
export function useRecordChange(planId: string) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const flush = usePlansStore((s) => s.flush);
  return (change: (doc: PlanDocument) => PlanDocument) => {
    updatePlan(planId, change);
    flush();
  };
}
