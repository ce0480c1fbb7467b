import { newDocument, exampleDocument } from '../../domain/document/create';
import { restoreDocument } from '../../domain/document/migrations';
import type { PlanDocument } from '../../domain/document/types';
import { usePlansStore } from '../../stores/plans.store';
import { loadContent } from '../../content/load';
import { newId } from '../../lib/download';
import contentMeta from 'virtual:content-meta';

export function createPlan(name: string, organisation: string): PlanDocument {
  const doc = newDocument({
    id: newId(),
    name,
    organisation,
    contentVersion: contentMeta.version,
    now: new Date().toISOString(),
  });
  usePlansStore.getState().savePlan(doc);
  return doc;
}

/** Opens an example plan, reusing the saved copy so a team's edits to it survive. */
export async function openExample(exampleId: string): Promise<PlanDocument> {
  const id = `example-${exampleId}`;
  const existing = usePlansStore.getState().plans[id];
  if (existing) return existing;
  const doc = exampleDocument(await loadContent(), exampleId, new Date().toISOString(), id);
  usePlansStore.getState().savePlan(doc);
  return doc;
}

export const MAX_IMPORT_BYTES = 2_000_000;

/** Reads a plan file. Whatever happens, existing plans are untouched: an import always adds a new plan. */
export function importPlanText(
  text: string,
): { ok: true; plan: PlanDocument; saved: boolean } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is too large to be a saved plan.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not a plan: it is not valid JSON. Choose a file exported from this planner.',
    };
  }
  const result = restoreDocument(data);
  if (!result.ok) return { ok: false, error: `This file could not be imported. ${result.error}` };
  const now = new Date().toISOString();
  const plan: PlanDocument = {
    ...result.document,
    id: newId(),
    name: `${result.document.name} (imported)`,
    updatedAt: now,
  };
  const saved = usePlansStore.getState().savePlan(plan);
  return { ok: true, plan, saved };
}
