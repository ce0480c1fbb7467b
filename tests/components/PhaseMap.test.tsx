import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import PhaseMap from '../../src/features/plan/PhaseMap';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { layoutPlan } from '../../src/domain/map/layout';
import type { Plan, PlanItem, PlanPhase } from '../../src/domain/plan/types';
import { realContent } from '../unit/realContent';

// A small plan of five points in two phases, made from a real plan's first phase and point.
const content = realContent();
const real = buildPlan(content, { answers: content.examples.find((x) => x.id === 'paediatric-rare-disease')!.answers });
const basePhase = real.phases[0]!;
const baseItem = basePhase.items[0]!;
const point = (id: string, feeds: string[]): PlanItem => ({ ...baseItem, id, title: `Point ${id}`, feeds });
const phase = (id: string, order: number, items: PlanItem[]): PlanPhase => ({
  ...basePhase,
  phase: { ...basePhase.phase, id, order, short: `Phase ${id}` },
  items,
});
const plan: Plan = {
  ...real,
  phases: [
    // a feeds b (the point below it), x (two rows down, same phase) and c (next phase).
    phase('one', 1, [point('a', ['b', 'x', 'c']), point('b', ['d']), point('x', [])]),
    phase('two', 2, [point('c', ['d']), point('d', [])]),
  ],
};
/** Hand-written: every "feeds" above is one arrow. */
const LINKS = ['a->b', 'a->x', 'a->c', 'b->d', 'c->d'];

/**
 * jsdom lays nothing out. As React Flow's testing guide does, let elements report the size their
 * style gives them and let ResizeObserver report each element soon after it is observed, so React Flow
 * measures the cards and finds their handles (the setup file's stub never reports anything).
 */
const saved = {
  ResizeObserver: globalThis.ResizeObserver,
  offsetWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      // Like a browser: after layout, not while React is still mounting.
      setTimeout(() => this.report([{ target } as ResizeObserverEntry], this), 0);
    }
    unobserve() {}
    disconnect() {}
  };
  Object.defineProperties(HTMLElement.prototype, {
    offsetWidth: {
      configurable: true,
      get(this: HTMLElement) {
        return parseFloat(this.style.width) || 1;
      },
    },
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return parseFloat(this.style.height) || 1;
      },
    },
  });
});
afterAll(() => {
  globalThis.ResizeObserver = saved.ResizeObserver;
  if (saved.offsetWidth) Object.defineProperty(HTMLElement.prototype, 'offsetWidth', saved.offsetWidth);
  if (saved.offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', saved.offsetHeight);
});

function renderMap() {
  return render(
    <div style={{ width: 1000, height: 600 }}>
      <PhaseMap
        layout={layoutPlan(plan)}
        levelNames={{}}
        whoNames={(ids) => ids.join(', ')}
        selectedId={null}
        onSelect={vi.fn()}
      />
    </div>,
  );
}

describe('PhaseMap', () => {
  it('draws one card per point and one arrow per link', async () => {
    const { container } = renderMap();
    expect(await screen.findAllByText(/^Point [abcdx]$/)).toHaveLength(5);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(LINKS.length));
    const ids = [...container.querySelectorAll('.react-flow__edge')].map((e) => e.getAttribute('data-id'));
    expect(ids.sort()).toEqual([...LINKS].sort());
  });

  it('names each arrow by the points it links', async () => {
    const { container } = renderMap();
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(LINKS.length));
    expect(screen.getByRole('img', { name: 'Point a feeds into Point c' })).toHaveAttribute('data-id', 'a->c');
  });

  it('reports nothing on the console', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    try {
      const { container } = renderMap();
      await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(LINKS.length));
      expect([...error.mock.calls, ...warn.mock.calls]).toEqual([]);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it('gives every arrow an arrowhead that exists', async () => {
    const { container } = renderMap();
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge-path')).toHaveLength(LINKS.length));
    for (const path of container.querySelectorAll('.react-flow__edge-path')) {
      const marker = /^url\(['"]?#(.+?)['"]?\)$/.exec(path.getAttribute('marker-end') ?? '')?.[1];
      expect(marker, `marker-end of ${path.closest('.react-flow__edge')?.getAttribute('data-id')}`).toBeTruthy();
      expect([...container.querySelectorAll('marker')].map((m) => m.id)).toContain(marker);
      expect(path.getAttribute('d')).toMatch(/^M/);
    }
  });
});
