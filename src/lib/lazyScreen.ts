import { createElement, lazy, type ComponentType } from 'react';

/**
 * React.lazy with a preload. Once the chunk has loaded, the screen renders directly instead of
 * suspending, so navigating after a preload does not meet React's Suspense reveal throttle.
 */
export function lazyScreen<P extends object>(loader: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () =>
    (pending ??= loader().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  function Screen(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  Screen.preload = preload;
  return Screen;
}
