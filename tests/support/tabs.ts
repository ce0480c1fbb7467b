/**
 * Browser tabs for store tests: one shared localStorage, and for each tab a view of it that, like a
 * browser, tells every other tab about a write through a `storage` event (never the writing tab).
 * A quota can be set to make writes fail as a full browser does.
 */
type Listener = (event: StorageEvent) => void;

export interface Tabs {
  data: Map<string, string>;
  /** Largest total size (key + value lengths) the storage accepts; Infinity by default. */
  quota: number;
  tab: () => { storage: Storage; events: Pick<Window, 'addEventListener'>; fire: (type: string) => void };
  /** Lets queued storage events arrive. */
  settle: () => Promise<void>;
}

export function createTabs(initial: Record<string, string> = {}): Tabs {
  const data = new Map(Object.entries(initial));
  const tabs: { storage: Storage; listeners: Map<string, Listener[]> }[] = [];
  const queue: Promise<void>[] = [];
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const self: Tabs = {
    data,
    quota: Infinity,
    tab() {
      const listeners = new Map<string, Listener[]>();
      const announce = (key: string | null, oldValue: string | null, newValue: string | null) => {
        for (const other of tabs) {
          if (other.storage === storage) continue;
          queue.push(
            Promise.resolve().then(() => {
              const event = { key, oldValue, newValue, storageArea: other.storage } as StorageEvent;
              other.listeners.get('storage')?.forEach((l) => l(event));
            }),
          );
        }
      };
      const storage: Storage = {
        get length() {
          return data.size;
        },
        key: (i) => [...data.keys()][i] ?? null,
        getItem: (k) => data.get(k) ?? null,
        setItem: (k, v) => {
          const old = data.get(k) ?? null;
          if (used() - (old === null ? 0 : k.length + old.length) + k.length + v.length > self.quota)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          data.set(k, v);
          if (old !== v) announce(k, old, v);
        },
        removeItem: (k) => {
          const old = data.get(k) ?? null;
          data.delete(k);
          if (old !== null) announce(k, old, null);
        },
        clear: () => {
          data.clear();
          announce(null, null, null);
        },
      };
      tabs.push({ storage, listeners });
      return {
        storage,
        events: {
          addEventListener: ((type: string, l: Listener) =>
            listeners.set(type, [...(listeners.get(type) ?? []), l])) as Window['addEventListener'],
        },
        fire: (type) => listeners.get(type)?.forEach((l) => l({ type } as unknown as StorageEvent)),
      };
    },
    async settle() {
      while (queue.length > 0) await queue.shift();
    },
  };
  return self;
}
