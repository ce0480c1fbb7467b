import type { KeyboardEvent, ReactNode } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Holds the detail panel. On a wide screen it is the column beside the map or list; on a phone it
 * covers the screen where the user is (app.css), and Tab then cycles within it, so focus never
 * goes to a control hidden behind it.
 */
export function DetailLayer({ children }: { children: ReactNode }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || getComputedStyle(e.currentTarget).position !== 'fixed') return;
    const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled,
    );
    const first = all[0];
    const last = all[all.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || !e.currentTarget.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="detail-layer" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
