import type { StateStorage } from 'zustand/middleware';
import { hashText } from './hash';

export type WriteOutcome = 'ok' | 'quota' | 'unavailable' | 'held';

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Every key of ours (`pep:…`) with its value. Throws when the browser refuses storage. */
export function readOurKeys(storage: Storage): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith('pep:')) continue;
    const value = storage.getItem(key);
    if (value !== null) out.set(key, value);
  }
  return out;
}

/**
 * Copies a value we do not understand to `pep:aside:<hash>:<key>`, once: if a copy of the same bytes
 * exists anywhere in our keys, nothing is written. Returns false when no copy exists and none could
 * be made (the caller must then leave the original alone).
 */
export function setAside(storage: Storage, key: string, raw: string): boolean {
  const hash = hashText(raw);
  try {
    const prefix = `pep:aside:${hash}:`;
    for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(prefix)) return true;
    storage.setItem(`${prefix}${key}`, raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a value, but never over one we do not understand: that is set aside first, and when it
 * cannot be, nothing is written ('held').
 */
export function guardedWrite(
  storage: Storage,
  key: string,
  value: string,
  understood: (raw: string) => boolean,
): WriteOutcome {
  try {
    const current = storage.getItem(key);
    if (current !== null && current !== value && !understood(current) && !setAside(storage, key, current))
      return 'held';
    storage.setItem(key, value);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

const isJsonObject = (raw: string): boolean => {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * localStorage for small preference stores (zustand persist): never throws, reads damaged values as
 * "nothing saved", and writes only after a damaged value has been set aside (the plans store lists it).
 */
export function createSafeStorage(getStorage: () => Storage = () => window.localStorage): StateStorage {
  return {
    getItem(name) {
      try {
        const raw = getStorage().getItem(name);
        return raw !== null && isJsonObject(raw) ? raw : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        guardedWrite(getStorage(), name, value, isJsonObject);
      } catch {
        /* the browser refuses storage: preferences live in memory */
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
