import { useCallback, useEffect, useRef } from 'react';

/** How long typing must pause before it is saved (the point's edit form and its record). */
export const AUTOSAVE_MS = 500;

/**
 * Saves what is typed after a short pause, and at once when the form goes away (the panel closes,
 * another point opens) or the page is left, so nothing typed is lost. `queue` takes the value to save;
 * `flush` saves it now.
 */
export function useAutosave<T>(save: (value: T) => void, onSaved?: () => void) {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(save);
  const saved = useRef(onSaved);
  useEffect(() => {
    latest.current = save;
    saved.current = onSaved;
  });
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) latest.current(next.value);
    return next !== null;
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  const queue = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (flush()) saved.current?.();
      }, AUTOSAVE_MS);
    },
    [flush],
  );
  /** Forgets what was waiting (the entry was removed). */
  const drop = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);
  return { queue, flush, drop };
}
