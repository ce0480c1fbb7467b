import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextCard, type CardKey } from '../../src/domain/map/navigate';
import { fitMap, READABLE_ZOOM } from '../../src/domain/map/view';
import type { MapLayout, MapNode } from '../../src/domain/map/layout';

/** A hand-made map: phase one has a, b, c (top to bottom), phase two is empty, phase three has d, e. */
const node = (id: string, phaseId: string, row: number): MapNode => ({
  id,
  phaseId,
  title: id,
  priority: 'essential',
  level: 'involve',
  who: [],
  custom: false,
  x: 0,
  y: 100 + row * 120,
  width: 208,
  height: 104,
});
const lane = (phaseId: string, order: number) => ({
  phaseId,
  order,
  label: phaseId,
  x: order * 264,
  y: 0,
  width: 240,
  height: 500,
});
const layout: MapLayout = {
  lanes: [lane('one', 1), lane('two', 2), lane('three', 3)],
  // Out of order on purpose: rows come from y, not from the list.
  nodes: [node('b', 'one', 1), node('a', 'one', 0), node('c', 'one', 2), node('e', 'three', 1), node('d', 'three', 0)],
  edges: [],
  width: 780,
  height: 500,
};

describe('arrow keys on the map', () => {
  it.each<[string, CardKey, string]>([
    ['a', 'ArrowDown', 'b'],
    ['b', 'ArrowDown', 'c'],
    ['c', 'ArrowDown', 'c'],
    ['b', 'ArrowUp', 'a'],
    ['a', 'ArrowUp', 'a'],
    // Right skips the empty phase and keeps the row.
    ['b', 'ArrowRight', 'e'],
    // The row does not exist there: the phase's last card.
    ['c', 'ArrowRight', 'e'],
    ['d', 'ArrowLeft', 'a'],
    ['e', 'ArrowLeft', 'b'],
    ['a', 'ArrowLeft', 'a'],
    ['d', 'ArrowRight', 'd'],
    ['b', 'Home', 'a'],
    ['a', 'End', 'c'],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(nextCard(layout, from, key)).toBe(to);
  });

  it('starts at the first card when the card is unknown, and finds nothing on an empty map', () => {
    expect(nextCard(layout, 'gone', 'ArrowDown')).toBe('a');
    expect(nextCard({ ...layout, nodes: [] }, null, 'ArrowDown')).toBeNull();
  });

  it('always lands on a card of the map', () => {
    const ids = layout.nodes.map((n) => n.id);
    const keys: CardKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(fc.constantFrom(...keys), { maxLength: 30 }), (start, presses) => {
        let at: string | null = start;
        for (const key of presses) at = nextCard(layout, at, key);
        expect(ids).toContain(at);
      }),
    );
  });
});

describe('fitting the map to its frame', () => {
  it('shows a small map whole, at full size, centred', () => {
    expect(fitMap({ width: 500, height: 300 }, 1232, 800)).toEqual({
      zoom: 1,
      height: 332,
      x: 16 + (1200 - 500) / 2,
      y: 16,
    });
  });

  it('shrinks a map to fit, but never below the readable zoom', () => {
    const wide = fitMap({ width: 2400, height: 600 }, 1632, 900);
    expect(wide.zoom).toBeCloseTo(0.8 > READABLE_ZOOM ? 0.8 : READABLE_ZOOM, 5);
    const huge = fitMap({ width: 6000, height: 600 }, 1232, 900);
    expect(huge.zoom).toBe(12 / 14);
    // At the floor the map opens at its first phase, left-aligned.
    expect(huge.x).toBe(16);
  });

  it('keeps the frame within the room the window gives, and tall enough for the controls', () => {
    expect(fitMap({ width: 1000, height: 4000 }, 1232, 700).height).toBe(700);
    expect(fitMap({ width: 1000, height: 50 }, 1232, 700).height).toBe(240);
  });
});
