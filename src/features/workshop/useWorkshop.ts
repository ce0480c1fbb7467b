import { usePlansStore } from '../../stores/plans.store';
import { emptyWorkshop, type Workshop } from '../../domain/document/workshop';
import type { PlanEdits } from '../../domain/document/types';

export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Changes a plan's workshop record (or its team edits) on the latest saved document and writes it
 * at once: a reload straight after a vote loses nothing.
 */
export function useWorkshopChanges(planId: string) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const flush = usePlansStore((s) => s.flush);
  return {
    changeWorkshop: (change: (w: Workshop) => Workshop) => {
      updatePlan(planId, (d) => {
        const next = change(d.workshop ?? emptyWorkshop());
        return { ...d, workshop: next.date ? next : { ...next, date: today() } };
      });
      flush();
    },
    changeEdits: (change: (e: PlanEdits) => PlanEdits) => {
      updatePlan(planId, (d) => ({ ...d, edits: change(d.edits) }));
      flush();
    },
  };
}
