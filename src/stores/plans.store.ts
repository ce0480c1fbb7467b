import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage, reportStorageProblem } from '../lib/safeStorage';
import { restoreDocument } from '../domain/document/migrations';
import type { PlanDocument } from '../domain/document/types';

export const PLANS_STORAGE_KEY = 'pep:plans';
const STORE_VERSION = 1;

export interface PlansState {
  plans: Record<string, PlanDocument>;
  /** Plans that could not be read when the app started, kept raw so nothing is lost. */
  unreadable: { id: string; error: string; raw: unknown }[];
  savePlan: (doc: PlanDocument) => void;
  updatePlan: (id: string, change: (doc: PlanDocument) => PlanDocument) => void;
  deletePlan: (id: string) => void;
  dismissUnreadable: (id: string) => void;
}

/** Rebuilds the store from whatever was saved, upgrading each plan and setting aside broken ones. */
export function restorePlans(persisted: unknown): Pick<PlansState, 'plans' | 'unreadable'> {
  const plans: Record<string, PlanDocument> = {};
  const unreadable: PlansState['unreadable'] = [];
  const saved = (persisted as { plans?: unknown } | null)?.plans;
  if (saved && typeof saved === 'object') {
    for (const [key, raw] of Object.entries(saved)) {
      const result = restoreDocument(raw);
      if (result.ok) plans[result.document.id] = result.document;
      else unreadable.push({ id: key, error: result.error, raw });
    }
  }
  return { plans, unreadable };
}

export const usePlansStore = create<PlansState>()(
  persist(
    (set) => ({
      plans: {},
      unreadable: [],
      savePlan: (doc) => set((s) => ({ plans: { ...s.plans, [doc.id]: doc } })),
      updatePlan: (id, change) =>
        set((s) => {
          const doc = s.plans[id];
          if (!doc) return s;
          return { plans: { ...s.plans, [id]: { ...change(doc), updatedAt: new Date().toISOString() } } };
        }),
      deletePlan: (id) =>
        set((s) => {
          const plans = { ...s.plans };
          delete plans[id];
          return { plans };
        }),
      dismissUnreadable: (id) => set((s) => ({ unreadable: s.unreadable.filter((u) => u.id !== id) })),
    }),
    {
      name: PLANS_STORAGE_KEY,
      version: STORE_VERSION,
      storage: createJSONStorage(() => createSafeStorage()),
      // Unreadable plans stay in storage under their ids until the user dismisses them.
      partialize: (s) => ({
        plans: { ...Object.fromEntries(s.unreadable.map((u) => [u.id, u.raw])), ...s.plans },
      }),
      migrate: (persisted, version) => {
        if (version > STORE_VERSION) {
          reportStorageProblem({
            kind: 'unavailable',
            message:
              'Your plans were saved by a newer version of the planner. They are kept, but this version cannot open them.',
          });
        }
        return persisted as PlansState;
      },
      merge: (persisted, current) => ({ ...current, ...restorePlans(persisted) }),
    },
  ),
);
