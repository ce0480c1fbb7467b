import { use } from 'react';
import type { Content } from '../domain/content/schema';

type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };
let pending: TrackedPromise<Content> | null = null;

/** The knowledge base, loaded once on demand so the first screen stays small. */
export function loadContent(): Promise<Content> {
  if (!pending) {
    const promise: TrackedPromise<Content> = import('virtual:content').then((m) => {
      // React's use() reads these fields and renders at once instead of suspending again.
      promise.status = 'fulfilled';
      promise.value = m.default;
      return m.default;
    });
    pending = promise;
  }
  return pending;
}

/** Suspends until the knowledge base is loaded. */
export function useContent(): Content {
  return use(loadContent());
}
