import { KEYS, LAYOUT_VERSION, migrateLayout1, parseAsideKey, planKey, readPlanValue } from '../domain/document/layout';
import type { PlanDocument } from '../domain/document/types';
import { hashText } from '../lib/hash';
import { guardedWrite, readOurKeys, setAside, type WriteOutcome } from '../lib/safeStorage';

/** A saved value this version could not read. Its bytes stay in storage; `raw` is the same text, for download. */
export interface Unreadable {
  /** Fingerprint of the bytes: one entry (and at most one copy) per damaged value. */
  id: string;
  /** The key it was found at (or was copied from). */
  source: string;
  /** What it is, in words: "Plan abc", "Saved plans (earlier format)", "Display settings". */
  label: string;
  error: string;
  raw: string;
}

export function describeSource(source: string): string {
  if (source === KEYS.legacyPlans) return 'Saved plans (earlier format)';
  if (source === KEYS.ui) return 'Display settings';
  if (source.startsWith(KEYS.planPrefix)) return `Plan ${source.slice(KEYS.planPrefix.length)}`;
  return source;
}

function isJsonObject(raw: string): boolean {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Why a value at this key could not be read, or null when it can. */
export function diagnose(source: string, raw: string, layout: number): string | null {
  if (source.startsWith(KEYS.planPrefix)) {
    const result = readPlanValue(source.slice(KEYS.planPrefix.length), raw);
    return result.ok ? null : result.error;
  }
  if (source === KEYS.legacyPlans) {
    const result = migrateLayout1(raw);
    if (!result.ok) return result.error;
    if (result.bad.length > 0)
      return `${result.bad.length} of the plans saved in the earlier format could not be read (${result.bad
        .map((b) => `${b.key}: ${b.error}`)
        .join(' ')}). The others were moved to the new format.`;
    return layout >= 2
      ? 'Plans saved in the earlier format after this browser moved to the new one (perhaps by an older copy of the planner in another tab).'
      : null;
  }
  if (source === KEYS.ui)
    return isJsonObject(raw) ? null : 'The display settings are damaged: they are not valid JSON.';
  return 'This saved value is not one this planner knows.';
}

export interface Loaded {
  plans: Record<string, PlanDocument>;
  /** The exact text last read for each plan, to tell whether another tab changed it since. */
  known: Map<string, string>;
  unreadable: Unreadable[];
  /** Plans read from the earlier format that could not be written in the new one yet (storage full). */
  unwritten: string[];
  readOnly: string | null;
  /** The earlier-format blob is fully moved once these plans are written; then `pep:plans` can go. */
  legacyPending: boolean;
  unavailable: boolean;
}

const EMPTY = (): Loaded => ({
  plans: {},
  known: new Map(),
  unreadable: [],
  unwritten: [],
  readOnly: null,
  legacyPending: false,
  unavailable: false,
});

/**
 * Reads everything we keep, upgrading the layout when it is one we understand. Anything not fully
 * understood is listed as unreadable and left exactly as it is.
 */
export function loadSavedData(storage: Storage): Loaded {
  const out = EMPTY();
  let entries: Map<string, string>;
  try {
    entries = readOurKeys(storage);
  } catch {
    return { ...out, unavailable: true };
  }
  const layoutRaw = entries.get(KEYS.layout);
  const layout = layoutRaw === undefined ? 1 : /^\d+$/.test(layoutRaw) ? Number(layoutRaw) : NaN;
  if (!(layout >= 1 && layout <= LAYOUT_VERSION)) {
    out.readOnly =
      layoutRaw !== undefined && /^\d+$/.test(layoutRaw)
        ? `Your plans were saved by a newer version of the planner (storage layout ${layoutRaw}; this one reads up to ${LAYOUT_VERSION}). They are shown read-only: changes made here are not saved, so nothing of the newer version is written over.`
        : `The saved storage layout (“${layoutRaw ?? ''}”) is not one this planner knows. Your plans are shown read-only, so nothing is written over.`;
  }

  const found = new Map<string, Unreadable>();
  const addUnreadable = (source: string, raw: string, error: string) => {
    const id = hashText(raw);
    if (!found.has(id)) found.set(id, { id, source, label: describeSource(source), error, raw });
  };

  const legacy = entries.get(KEYS.legacyPlans);
  if (legacy !== undefined) {
    const moved = migrateLayout1(legacy);
    if (moved.ok && layout === 1 && !out.readOnly) {
      let all = true;
      for (const [id, text] of Object.entries(moved.plans)) {
        const key = planKey(id);
        const there = entries.get(key);
        // Moved by an earlier, interrupted upgrade (and perhaps edited since): that copy is the newer one.
        if (there !== undefined && readPlanValue(id, there).ok) continue;
        // Anything unreadable already there is set aside first (and listed, from its copy).
        if (guardedWrite(storage, key, text, () => false) === 'ok') {
          if (there !== undefined) entries.set(`${KEYS.asidePrefix}${hashText(there)}:${key}`, there);
          entries.set(key, text);
        } else {
          all = false;
          const result = readPlanValue(id, text);
          if (result.ok) {
            out.plans[id] = result.document;
            out.unwritten.push(id);
          }
        }
      }
      if (all) finishLegacy(storage, moved.bad.length === 0);
      else out.legacyPending = true;
    }
    const problem = diagnose(KEYS.legacyPlans, legacy, out.legacyPending || !moved.ok ? 1 : LAYOUT_VERSION);
    const stillThere = safeGet(storage, KEYS.legacyPlans) !== null;
    if (problem && stillThere) addUnreadable(KEYS.legacyPlans, legacy, problem);
  } else if (layout === 1 && !out.readOnly) finishLegacy(storage, false);

  for (const [key, raw] of entries) {
    if (key.startsWith(KEYS.planPrefix)) {
      const id = key.slice(KEYS.planPrefix.length);
      const result = id ? readPlanValue(id, raw) : { ok: false as const, error: 'The plan has no id.' };
      if (result.ok && result.warnings && !out.readOnly) {
        // Damaged parts were left out: keep the value as it was (set aside, listed for download) before
        // the repaired plan is ever written over it; when it cannot be set aside, the plan stays unopened.
        const kept = setAside(storage, key, raw);
        addUnreadable(key, raw, `Parts of this plan were damaged: ${result.warnings.join(' ')}`);
        if (kept) {
          out.plans[id] = result.document;
          out.known.set(id, raw);
        }
      } else if (result.ok) {
        out.plans[id] = result.document;
        out.known.set(id, raw);
      } else addUnreadable(key, raw, result.error);
    } else if (key.startsWith(KEYS.asidePrefix)) {
      const aside = parseAsideKey(key);
      const source = aside?.source ?? key;
      addUnreadable(source, raw, diagnose(source, raw, 1) ?? 'A copy set aside earlier.');
    } else if (key.startsWith(KEYS.legacyBackupPrefix)) {
      addUnreadable(KEYS.legacyPlans, raw, diagnose(KEYS.legacyPlans, raw, 1) ?? 'A copy set aside earlier.');
    } else if (key === KEYS.ui) {
      const problem = diagnose(key, raw, layout);
      if (problem) addUnreadable(key, raw, problem);
    }
  }
  out.unreadable = [...found.values()];
  return out;
}

function safeGet(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Marks the layout as upgraded; removes the earlier-format blob only when every plan in it was moved. */
export function finishLegacy(storage: Storage, removeBlob: boolean): WriteOutcome {
  const outcome = guardedWrite(storage, KEYS.layout, String(LAYOUT_VERSION), () => false);
  if (outcome === 'ok' && removeBlob) {
    try {
      storage.removeItem(KEYS.legacyPlans);
    } catch {
      /* it stays; the next start moves nothing twice */
    }
  }
  return outcome;
}

/** Removes every stored copy of a damaged value (the original and any set-aside copy). */
export function removeUnreadable(storage: Storage, item: Unreadable): void {
  const entries = readOurKeys(storage);
  for (const [key, raw] of entries) if (hashText(raw) === item.id) storage.removeItem(key);
}
