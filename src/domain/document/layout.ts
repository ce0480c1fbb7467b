import { restoreDocument, type RestoreResult } from './migrations';

/**
 * How plans sit in the browser's storage. The layout has its own version, upgraded by numbered steps
 * like the documents inside it:
 *   1  one zustand blob `{ state: { plans: { [id]: document } }, version: 1 }` under `pep:plans`
 *   2  one key per plan, `pep:plan:<id>`, so a tab writes only the plan it changed (`pep:layout` = "2")
 * Values this version does not fully understand are never written over: see src/stores/plans.store.ts.
 */
export const LAYOUT_VERSION = 2;

export const KEYS = {
  layout: 'pep:layout',
  legacyPlans: 'pep:plans',
  legacyBackupPrefix: 'pep:plans:unreadable:',
  planPrefix: 'pep:plan:',
  asidePrefix: 'pep:aside:',
  ui: 'pep:ui',
} as const;

export const planKey = (id: string): string => `${KEYS.planPrefix}${id}`;

/** A set-aside copy: `pep:aside:<hash of the value>:<the key it came from>`. */
export const asideKey = (hash: string, source: string): string => `${KEYS.asidePrefix}${hash}:${source}`;

export function parseAsideKey(key: string): { hash: string; source: string } | null {
  const m = /^pep:aside:([0-9a-z]+):(.+)$/.exec(key);
  return m ? { hash: m[1]!, source: m[2]! } : null;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Reads the value of `pep:plan:<id>`. The key names the plan, whatever id the value claims. */
export function readPlanValue(id: string, raw: string): RestoreResult {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { ok: false, error: 'The saved data is damaged: it is not valid JSON.' };
  const result = restoreDocument(parsed.value);
  return result.ok ? { ...result, document: { ...result.document, id } } : result;
}

export type LegacyLayout =
  { ok: true; plans: Record<string, string>; bad: { key: string; error: string }[] } | { ok: false; error: string };

/**
 * Layout 1 → 2, pure: the plans inside a layout-1 blob, each as the JSON text of the value as it was
 * saved, under the id it will be stored at. Two entries with the same plan id are both kept: the
 * second goes under its own key's name (or the id with a number), so no plan is dropped.
 */
export function migrateLayout1(raw: string): LegacyLayout {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { ok: false, error: 'The saved plans are damaged: they are not valid JSON.' };
  const blob = parsed.value;
  if (Array.isArray(blob))
    return {
      ok: false,
      error: 'The saved plans are a bare list, not the form this planner saves, so none were opened.',
    };
  if (!isRecord(blob) || !isRecord(blob.state) || !isRecord(blob.state.plans))
    return { ok: false, error: 'The saved plans are not in the form this planner saves (no “state.plans”).' };
  if (typeof blob.version !== 'number' || !Number.isInteger(blob.version))
    return {
      ok: false,
      error: 'The saved plans have no storage version, so this planner cannot tell how to read them.',
    };
  if (blob.version > 1)
    return {
      ok: false,
      error: `The saved plans were written by a newer version of the planner (storage version ${blob.version}); this one reads version 1.`,
    };
  if (blob.version < 1)
    return { ok: false, error: `The saved plans have an unknown storage version (${blob.version}).` };
  const plans: Record<string, string> = {};
  const bad: { key: string; error: string }[] = [];
  for (const [key, entry] of Object.entries(blob.state.plans)) {
    const result = restoreDocument(entry);
    if (!result.ok) {
      bad.push({ key, error: result.error });
      continue;
    }
    let id = result.document.id;
    if (id in plans) id = key;
    for (let n = 2; id in plans; n++) id = `${result.document.id}-${n}`;
    plans[id] = JSON.stringify(entry);
  }
  return { ok: true, plans, bad };
}
