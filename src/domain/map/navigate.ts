import type { MapLayout, MapNode } from './layout';

export type CardKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';
export const CARD_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** The map's cards as columns, one per phase that shows any, in timeline order, top to bottom. */
function columns(layout: MapLayout): MapNode[][] {
  return layout.lanes
    .map((lane) => layout.nodes.filter((n) => n.phaseId === lane.phaseId).sort((a, b) => a.y - b.y))
    .filter((column) => column.length > 0);
}

/**
 * Where a key moves the keyboard focus on the map: up and down within a phase, left and right to
 * the same row of the neighbouring phase that has cards (or its last card), Home and End to the
 * first and last card of the phase. Stays put at the edges; an unknown card starts at the first.
 */
export function nextCard(layout: MapLayout, fromId: string | null, key: CardKey): string | null {
  const cols = columns(layout);
  const first = cols[0]?.[0]?.id ?? null;
  const c = cols.findIndex((col) => col.some((n) => n.id === fromId));
  if (c < 0) return first;
  const col = cols[c]!;
  const r = col.findIndex((n) => n.id === fromId);
  const at = (ci: number, ri: number) => {
    const target = cols[ci];
    return target ? target[Math.min(ri, target.length - 1)]!.id : fromId;
  };
  switch (key) {
    case 'ArrowUp':
      return col[Math.max(0, r - 1)]!.id;
    case 'ArrowDown':
      return col[Math.min(col.length - 1, r + 1)]!.id;
    case 'ArrowLeft':
      return c === 0 ? fromId : at(c - 1, r);
    case 'ArrowRight':
      return c === cols.length - 1 ? fromId : at(c + 1, r);
    case 'Home':
      return col[0]!.id;
    case 'End':
      return col[col.length - 1]!.id;
  }
}
