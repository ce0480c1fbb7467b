import type { StateStorage } from 'zustand/middleware';

export type StorageProblem =
  | { kind: 'quota'; message: string }
  | { kind: 'corrupt'; message: string; backupKey: string }
  | { kind: 'unavailable'; message: string };

type Listener = (problem: StorageProblem | null) => void;
const listeners = new Set<Listener>();
let current: StorageProblem | null = null;

export function storageProblem(): StorageProblem | null {
  return current;
}
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function reportStorageProblem(problem: StorageProblem | null): void {
  current = problem;
  listeners.forEach((l) => l(problem));
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/**
 * localStorage that never throws: a full quota or unreadable data is reported, not fatal, and
 * unreadable data is copied aside before anything can overwrite it.
 */
export function createSafeStorage(getStorage: () => Storage = () => window.localStorage): StateStorage {
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch {
        reportStorageProblem({
          kind: 'unavailable',
          message: 'This browser does not let the planner save. Export your plans as files to keep them.',
        });
        return null;
      }
      if (raw === null) return null;
      try {
        JSON.parse(raw);
        return raw;
      } catch {
        const backupKey = `${name}:unreadable:${Date.now()}`;
        try {
          getStorage().setItem(backupKey, raw);
        } catch {
          /* keeping the original below is what matters */
        }
        reportStorageProblem({
          kind: 'corrupt',
          backupKey,
          message:
            'Your saved plans could not be read (the saved data is damaged). A copy was kept, and you can download it.',
        });
        return null;
      }
    },
    setItem(name, value) {
      try {
        getStorage().setItem(name, value);
        if (current?.kind === 'quota') reportStorageProblem(null);
      } catch (error) {
        reportStorageProblem(
          isQuotaError(error)
            ? {
                kind: 'quota',
                message:
                  'Your browser’s storage is full, so recent changes are not saved. Export your plan as a file to keep it, or delete plans you no longer need.',
              }
            : {
                kind: 'unavailable',
                message: 'Your changes could not be saved in this browser. Export your plan as a file to keep it.',
              },
        );
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        /* nothing to lose */
      }
    },
  };
}
