/**
 * How an arrow of the phase map runs from one point's card to another's: the sides it leaves and
 * enters, and its path as one cubic Bézier curve in map units. Computed once with the layout; the
 * screen (React Flow) and the PDF both draw this path, so they agree.
 */

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  phaseId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeRoute {
  /** The side of the source card the arrow leaves from. */
  from: Side;
  /** The side of the target card the arrow enters; the arrowhead points into the card. */
  to: Side;
  /** Start, first control point, second control point, end (the arrow's tip). */
  path: readonly [Point, Point, Point, Point];
}

/** Furthest a same-phase loop swings out beside its lane's cards, in map units. */
const LOOP_MIN = 14;
const LOOP_STEP = 6;
const LOOP_MAX = 28;
/** A Bézier whose two control points are both k out reaches 3k/4 out. */
const REACH = 4 / 3;

export function anchor(box: Box, side: Side): Point {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
  }
}

/** The unit vector out of a card through this side. */
export function outward(side: Side): Point {
  switch (side) {
    case 'left':
      return { x: -1, y: 0 };
    case 'right':
      return { x: 1, y: 0 };
    case 'top':
      return { x: 0, y: -1 };
    case 'bottom':
      return { x: 0, y: 1 };
  }
}

/** How many of `others` sit between a and b in a's lane. */
function cardsBetween(a: Box, b: Box, others: readonly Box[]): number {
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return others.filter((o) => o !== a && o !== b && o.phaseId === a.phaseId && o.y > top && o.y < bottom).length;
}

/**
 * The route of the arrow from `source` to `target`; `lane` holds the cards of the source's phase,
 * to see whether a same-phase arrow has cards between its two ends.
 *  - Into a later phase: out of the right side, into the left side.
 *  - Into an earlier phase: out of the left side, into the right side (pointing back).
 *  - Same phase, next card: straight down (or up) through the gap, bottom to top.
 *  - Same phase, cards between: out of the left side and back in beside the lane, so it never runs
 *    across the cards between; longer loops swing further out, so nested loops stay apart.
 */
export function routeEdge(source: Box, target: Box, lane: readonly Box[] = []): EdgeRoute {
  if (source.phaseId !== target.phaseId) {
    const forward = target.x >= source.x;
    const from: Side = forward ? 'right' : 'left';
    const to: Side = forward ? 'left' : 'right';
    const s = anchor(source, from);
    const t = anchor(target, to);
    const dx = Math.max(12, Math.abs(t.x - s.x) / 2) * (forward ? 1 : -1);
    return { from, to, path: [s, { x: s.x + dx, y: s.y }, { x: t.x - dx, y: t.y }, t] };
  }
  const between = cardsBetween(source, target, lane);
  if (between === 0) {
    const down = target.y >= source.y;
    const from: Side = down ? 'bottom' : 'top';
    const to: Side = down ? 'top' : 'bottom';
    const s = anchor(source, from);
    const t = anchor(target, to);
    const third = (t.y - s.y) / 3;
    return { from, to, path: [s, { x: s.x, y: s.y + third }, { x: t.x, y: t.y - third }, t] };
  }
  const s = anchor(source, 'left');
  const t = anchor(target, 'left');
  const out = Math.min(LOOP_MAX, LOOP_MIN + LOOP_STEP * (between - 1)) * REACH;
  return {
    from: 'left',
    to: 'left',
    path: [s, { x: s.x - out, y: s.y }, { x: t.x - out, y: t.y }, t],
  };
}

/** The route as an SVG path, for example "M0 0 C10 0 20 5 30 5". */
export function svgPath(route: EdgeRoute): string {
  const [s, c1, c2, t] = route.path;
  const n = (v: number) => String(Math.round(v * 100) / 100);
  return `M${n(s.x)} ${n(s.y)} C${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(t.x)} ${n(t.y)}`;
}
