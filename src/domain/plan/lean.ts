import type { LeanChange } from '../content/schema';
import type { PlanEdits } from '../document/types';
import { setPointEdit } from '../document/edits';
import type { LeanStep } from './types';

/**
 * The lean version as the team's own edits: a point left for later is excluded with `deferReason`,
 * and every other change is recorded on the point's edit (`lean`), keeping what the team already set.
 * Pure: returns new edits, so the edits before can be put back exactly.
 */
export function applyLean(edits: PlanEdits, steps: readonly LeanStep[], deferReason: string): PlanEdits {
  let out = edits;
  for (const step of steps) {
    const current = out.points[step.pointId] ?? {};
    if (step.kind === 'defer') {
      out = setPointEdit(out, step.pointId, { ...current, decision: 'exclude', reason: deferReason });
      continue;
    }
    const lean: LeanChange[] = [...(current.lean ?? [])];
    if (!lean.includes(step.kind)) lean.push(step.kind);
    out = setPointEdit(out, step.pointId, { ...current, lean });
  }
  return out;
}
