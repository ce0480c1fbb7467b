import { useEffect, useRef } from 'react';

export interface PresenterKeys {
  previousPhase: () => void;
  nextPhase: () => void;
  previousPoint: () => void;
  nextPoint: () => void;
  open: () => void;
  back: () => void;
  fullScreen: () => void;
}

/** True when a key pressed here belongs to the element (typing, a button's own Enter, a select). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  // A button or link activates itself with Enter; the cards are buttons that open their point.
  return key === 'Enter' && target.closest('button, a[href], summary') !== null;
}

/** The presenter's keys, anywhere on the page: ← → phase, ↑ ↓ point, Enter opens, Esc back, F full screen. */
export function usePresenterKeys(keys: PresenterKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      const k = latest.current;
      const action = (
        {
          ArrowLeft: k.previousPhase,
          ArrowRight: k.nextPhase,
          ArrowUp: k.previousPoint,
          ArrowDown: k.nextPoint,
          Enter: k.open,
          Escape: k.back,
          f: k.fullScreen,
          F: k.fullScreen,
        } as Record<string, (() => void) | undefined>
      )[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
