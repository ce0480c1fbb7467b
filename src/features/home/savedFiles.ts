import type { PlanDocument } from '../../domain/document/types';
import type { Unreadable } from '../../stores/plans.store';
import { downloadText, safeFileName } from '../../lib/download';

/** A plan as a file the planner can import again. */
export function downloadPlanFile(doc: PlanDocument): void {
  downloadText(`${safeFileName(doc.name)}.json`, JSON.stringify(doc, null, 2), 'application/json');
}

/** The damaged value's exact bytes, as they are stored. */
export function downloadUnreadable(item: Unreadable): void {
  downloadText(`damaged-${safeFileName(item.source)}-${item.id}.json`, item.raw, 'application/json');
}
