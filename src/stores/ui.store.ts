import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage } from '../lib/safeStorage';
import type { Priority, Level } from '../domain/content/schema';

export type PlanView = 'map' | 'list' | 'timeline';

export interface PlanFilters {
  stakeholders: string[];
  priorities: Priority[];
  phases: string[];
  levels: Level[];
}

export const EMPTY_FILTERS: PlanFilters = { stakeholders: [], priorities: [], phases: [], levels: [] };

interface UiState {
  view: PlanView;
  filters: PlanFilters;
  setView: (view: PlanView) => void;
  setFilters: (filters: PlanFilters) => void;
}

/** UI preferences only. Plans live in the plans store; derived data lives nowhere. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      view: 'map',
      filters: EMPTY_FILTERS,
      setView: (view) => set({ view }),
      setFilters: (filters) => set({ filters }),
    }),
    {
      name: 'pep:ui',
      version: 1,
      storage: createJSONStorage(() => createSafeStorage()),
      partialize: (s) => ({ view: s.view }),
    },
  ),
);
