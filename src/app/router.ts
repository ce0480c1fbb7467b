import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'questions'; planId: string }
  | { name: 'plan'; planId: string }
  | { name: 'glossary'; term?: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'plan' && parts[1] && parts[2] === 'questions') return { name: 'questions', planId: parts[1] };
  if (parts[0] === 'plan' && parts[1] && parts.length === 2) return { name: 'plan', planId: parts[1] };
  if (parts[0] === 'glossary') return parts[1] ? { name: 'glossary', term: parts[1] } : { name: 'glossary' };
  return { name: 'not-found', path };
}

export const href = {
  home: () => '#/',
  questions: (planId: string) => `#/plan/${encodeURIComponent(planId)}/questions`,
  plan: (planId: string) => `#/plan/${encodeURIComponent(planId)}`,
  glossary: (term?: string) => (term ? `#/glossary/${encodeURIComponent(term)}` : '#/glossary'),
};

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
