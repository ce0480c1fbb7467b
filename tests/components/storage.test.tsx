import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSafeStorage,
  onStorageProblem,
  reportStorageProblem,
  type StorageProblem,
} from '../../src/lib/safeStorage';
import { restorePlans } from '../../src/stores/plans.store';
import { newDocument } from '../../src/domain/document/create';

afterEach(() => reportStorageProblem(null));

function memoryStorage(over: Partial<Storage> = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
    ...over,
  };
}

describe('safe storage', () => {
  it('keeps a copy of unreadable saved data and reports it, instead of losing it', () => {
    const store = memoryStorage();
    store.setItem('pep:plans', '{"state": {"plans": ');
    const problems: (StorageProblem | null)[] = [];
    const off = onStorageProblem((p) => problems.push(p));
    expect(createSafeStorage(() => store).getItem('pep:plans')).toBeNull();
    off();
    expect(problems[0]).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/could not be read/) });
    const backupKey = (problems[0] as { backupKey: string }).backupKey;
    expect(store.getItem(backupKey)).toBe('{"state": {"plans": ');
    expect(store.getItem('pep:plans')).toBe('{"state": {"plans": ');
  });

  it('reports a full quota without throwing, and clears the warning once saving works again', () => {
    let full = true;
    const store = memoryStorage({
      setItem: () => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const listener = vi.fn();
    const off = onStorageProblem(listener);
    const storage = createSafeStorage(() => store);
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(listener).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'quota', message: expect.stringMatching(/storage is full/) }),
    );
    full = false;
    storage.setItem('k', 'v');
    expect(listener).toHaveBeenLastCalledWith(null);
    off();
  });

  it('works when the browser refuses storage entirely', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.setItem('k', 'v')).not.toThrow();
  });
});

describe('restoring saved plans', () => {
  it('upgrades readable plans and sets aside unreadable ones with their raw data', () => {
    const good = newDocument({ id: 'good', name: 'Good', contentVersion: 'v', now: '2026-01-01T00:00:00Z' });
    const { plans, unreadable } = restorePlans({
      plans: { good, broken: { schemaVersion: 2 }, future: { schemaVersion: 9, id: 'f', answers: {} } },
    });
    expect(Object.keys(plans)).toEqual(['good']);
    expect(unreadable.map((u) => u.id).sort()).toEqual(['broken', 'future']);
    expect(unreadable.find((u) => u.id === 'broken')?.raw).toEqual({ schemaVersion: 2 });
  });

  it('starts empty from nothing or from garbage', () => {
    expect(restorePlans(null)).toEqual({ plans: {}, unreadable: [] });
    expect(restorePlans('nonsense')).toEqual({ plans: {}, unreadable: [] });
  });
});
