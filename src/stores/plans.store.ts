import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { KEYS, planKey, readPlanValue } from '../domain/document/layout';
import type { PlanDocument } from '../domain/document/types';
import { hashText } from '../lib/hash';
import { isQuotaError, setAside } from '../lib/safeStorage';
import { describeSource, finishLegacy, loadSavedData, removeUnreadable, type Unreadable } from './savedData';

export type { Unreadable } from './savedData';

/** Why the latest changes are not in storage. */
export type SaveProblem = 'quota' | 'unavailable' | 'held' | 'read-only';

export interface PlansState {
  plans: Record<string, PlanDocument>;
  /** Saved values that could not be read: kept as they are, downloadable until the user deletes them. */
  unreadable: Unreadable[];
  /** Plans whose latest version is only in this tab's memory, and why. */
  unsaved: string[];
  saveProblem: SaveProblem | null;
  /** Set when the saved data comes from a newer version: nothing is written. */
  readOnly: string | null;
  /** Messages about changes from another tab (for example both tabs changed one plan). */
  notices: { id: string; text: string }[];
  /** Bumped when another tab changed a plan, so open screens start again from the new version. */
  revisions: Record<string, number>;
  /** Adds or replaces a plan and saves it at once. Returns whether it is in storage now. */
  savePlan: (doc: PlanDocument) => boolean;
  /** Changes a plan; the save follows shortly (and at once when the page is hidden or closed). */
  updatePlan: (id: string, change: (doc: PlanDocument) => PlanDocument) => void;
  deletePlan: (id: string) => void;
  /** Deletes every stored copy of a damaged value (ask the user first). */
  deleteUnreadable: (id: string) => void;
  dismissNotice: (id: string) => void;
  /** Writes every pending change now. Returns whether everything is saved. */
  flush: () => boolean;
}

export interface PlansEnv {
  storage: () => Storage;
  /** Where `storage`, `pagehide`, `visibilitychange` and `beforeunload` are heard; none in tests without a window. */
  events?: Pick<Window, 'addEventListener'> & { document?: Pick<Document, 'visibilityState'> };
  debounceMs?: number;
  retryMs?: number;
  now?: () => string;
  newId?: () => string;
}

const defaultId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Plans, one storage key each (`pep:plan:<id>`), shared safely between tabs: a write touches only the
 * plan that changed and first checks that no other tab changed it since this tab read it; other tabs'
 * writes arrive through the `storage` event. When both tabs changed the same plan, both versions are
 * kept and the user is told. A full quota keeps changes in memory, retries, and warns before leaving.
 */
export function createPlansStore(env: PlansEnv): StoreApi<PlansState> {
  const now = env.now ?? (() => new Date().toISOString());
  const newId = env.newId ?? defaultId;
  const debounceMs = env.debounceMs ?? 300;
  const dirty = new Set<string>();
  let known = new Map<string, string>();
  let legacyPending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setInterval> | null = null;

  const storage = (): Storage | null => {
    try {
      return env.storage();
    } catch {
      return null;
    }
  };

  const loaded = (() => {
    const s = storage();
    return s ? loadSavedData(s) : null;
  })();
  if (loaded) {
    known = loaded.known;
    legacyPending = loaded.legacyPending;
    loaded.unwritten.forEach((id) => dirty.add(id));
  }

  const store = createStore<PlansState>()((set, get) => {
    const bump = (id: string) => ({ ...get().revisions, [id]: (get().revisions[id] ?? 0) + 1 });
    const notify = (text: string) => set((s) => ({ notices: [...s.notices, { id: newId(), text }] }));
    const addUnreadable = (item: Unreadable) =>
      set((s) => (s.unreadable.some((u) => u.id === item.id) ? s : { unreadable: [...s.unreadable, item] }));

    /** Keeps both versions: the other tab's stays under the id, this tab's becomes a new plan. */
    const keepBoth = (id: string, theirs: PlanDocument, theirsRaw: string) => {
      const mine = get().plans[id];
      known.set(id, theirsRaw);
      dirty.delete(id);
      if (!mine) return;
      const copy: PlanDocument = { ...mine, id: newId(), name: `${mine.name} (this tab’s version)`.slice(0, 200) };
      dirty.add(copy.id);
      set((s) => ({ plans: { ...s.plans, [id]: theirs, [copy.id]: copy }, revisions: bump(id) }));
      notify(
        `“${theirs.name}” was changed in another tab while you changed it here. Both versions are kept: the other tab’s under its name, yours as “${copy.name}”.`,
      );
    };

    const dropDeleted = (id: string) => {
      known.delete(id);
      dirty.delete(id);
      if (!get().plans[id]) return;
      set((s) => {
        const plans = { ...s.plans };
        delete plans[id];
        return { plans, unsaved: s.unsaved.filter((u) => u !== id), revisions: bump(id) };
      });
    };

    /** Writes one plan unless another tab changed or deleted it since this tab read it. */
    const writePlan = (s: Storage, id: string): SaveProblem | null => {
      const doc = get().plans[id];
      if (!doc) {
        dirty.delete(id);
        return null;
      }
      const key = planKey(id);
      const current = s.getItem(key);
      const last = known.get(id) ?? null;
      if (current !== last) {
        if (current === null) {
          dropDeleted(id); // deleted in another tab: it stays deleted
          return null;
        }
        const theirs = readPlanValue(id, current);
        if (theirs.ok) {
          keepBoth(id, theirs.document, current);
          return null;
        }
        // Something unreadable sits where this plan goes: set it aside first, or write nothing.
        if (!setAside(s, key, current)) return 'held';
        addUnreadable(unreadableOf(key, current, theirs.error));
      }
      const text = JSON.stringify(doc);
      s.setItem(key, text);
      known.set(id, text);
      dirty.delete(id);
      return null;
    };

    const flush = (): boolean => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (get().readOnly) {
        if (dirty.size > 0) set({ unsaved: [...dirty], saveProblem: 'read-only' });
        return dirty.size === 0;
      }
      const s = storage();
      let problem: SaveProblem | null = s ? null : 'unavailable';
      if (s) {
        // A conflict can add a copy to write; go round until nothing new is left.
        for (let round = 0; round < 3 && dirty.size > 0 && !problem; round++)
          for (const id of [...dirty]) {
            try {
              problem = writePlan(s, id) ?? problem;
            } catch (error) {
              problem = isQuotaError(error) ? 'quota' : 'unavailable';
            }
          }
        if (dirty.size === 0 && legacyPending) legacyPending = finishLegacy(s, true) !== 'ok';
      }
      const unsaved = [...dirty];
      set({ unsaved, saveProblem: unsaved.length > 0 ? (problem ?? 'quota') : null });
      scheduleRetry(unsaved.length > 0);
      return unsaved.length === 0;
    };

    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    };

    const scheduleRetry = (on: boolean) => {
      if (on && !retryTimer && env.events) retryTimer = setInterval(flush, env.retryMs ?? 5000);
      if (!on && retryTimer) {
        clearInterval(retryTimer);
        retryTimer = null;
      }
    };

    return {
      plans: loaded?.plans ?? {},
      unreadable: loaded?.unreadable ?? [],
      unsaved: [...dirty],
      saveProblem: !loaded ? 'unavailable' : loaded.readOnly ? null : dirty.size > 0 ? 'quota' : null,
      readOnly: loaded?.readOnly ?? null,
      notices: [],
      revisions: {},
      savePlan: (doc) => {
        set((s) => ({ plans: { ...s.plans, [doc.id]: doc } }));
        dirty.add(doc.id);
        return flush() || !get().unsaved.includes(doc.id);
      },
      updatePlan: (id, change) => {
        const doc = get().plans[id];
        if (!doc) return;
        set((s) => ({ plans: { ...s.plans, [id]: { ...change(doc), updatedAt: now() } } }));
        dirty.add(id);
        schedule();
      },
      deletePlan: (id) => {
        const s = storage();
        try {
          if (!get().readOnly) s?.removeItem(planKey(id));
        } catch {
          /* the key stays; the plan leaves this list */
        }
        known.delete(id);
        dirty.delete(id);
        set((st) => {
          const plans = { ...st.plans };
          delete plans[id];
          const unsaved = st.unsaved.filter((u) => u !== id);
          return { plans, unsaved, saveProblem: unsaved.length > 0 ? st.saveProblem : null };
        });
      },
      deleteUnreadable: (id) => {
        const item = get().unreadable.find((u) => u.id === id);
        const s = storage();
        if (item && s) {
          try {
            removeUnreadable(s, item);
          } catch {
            /* what could not be removed is listed again on the next start */
          }
        }
        set((st) => ({ unreadable: st.unreadable.filter((u) => u.id !== id) }));
      },
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      flush,
    };
  });

  /** Another tab wrote: take its version of the plans we are not changing, keep both where we are. */
  const onStorage = (event: StorageEvent) => {
    const s = storage();
    if (!s || (event.storageArea && event.storageArea !== s)) return;
    const { plans } = store.getState();
    const keys = event.key === null ? Object.keys(plans).map(planKey) : [event.key];
    for (const key of keys) {
      if (!key.startsWith(KEYS.planPrefix)) continue;
      const id = key.slice(KEYS.planPrefix.length);
      const current = s.getItem(key);
      if (current === (known.get(id) ?? null)) continue;
      const state = store.getState();
      if (current === null) {
        known.delete(id);
        dirty.delete(id);
        if (state.plans[id]) {
          const rest = { ...state.plans };
          delete rest[id];
          store.setState({
            plans: rest,
            unsaved: state.unsaved.filter((u) => u !== id),
            revisions: { ...state.revisions, [id]: (state.revisions[id] ?? 0) + 1 },
          });
        }
        continue;
      }
      const theirs = readPlanValue(id, current);
      if (!theirs.ok) {
        const item = unreadableOf(key, current, theirs.error);
        if (!state.unreadable.some((u) => u.id === item.id))
          store.setState({ unreadable: [...state.unreadable, item] });
        continue;
      }
      if (dirty.has(id)) {
        // Both tabs changed it: let the write path keep both versions.
        store.getState().flush();
        continue;
      }
      known.set(id, current);
      store.setState({
        plans: { ...state.plans, [id]: theirs.document },
        revisions: { ...state.revisions, [id]: (state.revisions[id] ?? 0) + 1 },
      });
    }
    if (event.key === null) {
      // Storage was cleared elsewhere: read again what is there now.
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (!key?.startsWith(KEYS.planPrefix)) continue;
        const id = key.slice(KEYS.planPrefix.length);
        if (store.getState().plans[id]) continue;
        const raw = s.getItem(key);
        const result = raw === null ? null : readPlanValue(id, raw);
        if (raw !== null && result?.ok) {
          known.set(id, raw);
          store.setState((st) => ({ plans: { ...st.plans, [id]: result.document } }));
        }
      }
    }
    if (dirty.size > 0) store.getState().flush();
  };

  const events = env.events;
  if (events) {
    events.addEventListener('storage', onStorage);
    events.addEventListener('pagehide', () => store.getState().flush());
    events.addEventListener('visibilitychange', () => store.getState().flush());
    events.addEventListener('focus', () => {
      if (dirty.size > 0) store.getState().flush();
    });
    events.addEventListener('beforeunload', (event: BeforeUnloadEvent) => {
      if (store.getState().flush()) return;
      event.preventDefault();
      event.returnValue = '';
    });
  }
  return store;
}

function unreadableOf(source: string, raw: string, error: string): Unreadable {
  return { id: hashText(raw), source, label: describeSource(source), error, raw };
}

const browserStore =
  typeof window !== 'undefined'
    ? createPlansStore({ storage: () => window.localStorage, events: window })
    : createPlansStore({
        storage: () => {
          throw new Error('There is no browser storage here.');
        },
      });

type Hook = {
  <T>(selector: (state: PlansState) => T): T;
} & Pick<StoreApi<PlansState>, 'getState' | 'setState' | 'subscribe'>;

/** The app's plans store (localStorage, this window's events). */
export const usePlansStore: Hook = Object.assign(
  <T>(selector: (state: PlansState) => T): T => useStore(browserStore, selector),
  { getState: browserStore.getState, setState: browserStore.setState, subscribe: browserStore.subscribe },
);
