import { useSyncExternalStore } from 'react';

export { parseRoute, href, navigate, type Route } from '../lib/routes';

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
