import { use } from 'react';
import type { Content } from '../domain/content/schema';

let pending: Promise<Content> | null = null;

/** The knowledge base, loaded once on demand so the first screen stays small. */
export function loadContent(): Promise<Content> {
  pending ??= import('virtual:content').then((m) => m.default);
  return pending;
}

/** Suspends until the knowledge base is loaded. */
export function useContent(): Content {
  return use(loadContent());
}
