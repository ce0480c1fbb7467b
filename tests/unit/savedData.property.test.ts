/**
 * Property: whatever sits in our storage keys (damaged text, other JSON, bare lists, a store without
 * its wrapper, newer versions, duplicate plan ids, huge values) and whatever the quota, the app's
 * store starts, tells the truth (each value it cannot open is listed, with its exact bytes for the
 * download), and after the user creates and edits a plan every original value is still recoverable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPlansStore } from '../../src/stores/plans.store';
import { newDocument } from '../../src/domain/document/create';
import { createTabs } from '../support/tabs';

const plan = (id: string, name = 'Plan') => newDocument({ id, name, contentVersion: 'v', now: '2026-11-01T00:00:00Z' });

const planValue = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom('', '{', 'null', '[]', '"2"'),
  fc.constant(JSON.stringify(plan('a'))),
  fc.constant(JSON.stringify(plan('someone-else'))),
  fc.integer({ min: -2, max: 9 }).map((v) => JSON.stringify({ ...plan('a'), schemaVersion: v })),
  fc.constant(JSON.stringify({ ...plan('a'), schemaVersion: '2' })),
  fc.nat({ max: 200 }).map((n) => JSON.stringify(plan('a')).slice(0, n)),
  fc.constant('x'.repeat(300_000)),
);

const blobValue = fc.oneof(
  planValue,
  fc.constant(JSON.stringify([plan('a'), plan('b')])),
  fc.constant(JSON.stringify({ plans: { a: plan('a') } })),
  fc.integer({ min: 0, max: 5 }).map((v) => JSON.stringify({ state: { plans: { a: plan('a') } }, version: v })),
  fc.constant(JSON.stringify({ state: { plans: { a: plan('dup'), b: plan('dup') } }, version: 1 })),
  fc.constant(JSON.stringify({ state: { plans: { a: plan('a'), b: { schemaVersion: 2 } } }, version: 1 })),
);

const stored = fc.record(
  {
    'pep:layout': fc.constantFrom('1', '2', '3', 'x'),
    'pep:plans': blobValue,
    'pep:plan:a': planValue,
    'pep:plan:example-x': planValue,
    'pep:ui': fc.oneof(fc.string(), fc.json(), fc.constant('{"state":{"view":"list"},"version":1}')),
    'pep:plans:unreadable:1': fc.string(),
  },
  { requiredKeys: [] },
);

const quota = fc.oneof(fc.constant(Infinity), fc.nat({ max: 400_000 }));

describe('saved data, whatever it holds', () => {
  it('starts, tells the truth and keeps every original value recoverable', () => {
    fc.assert(
      fc.property(stored, quota, (before, limit) => {
        const tabs = createTabs(before as Record<string, string>);
        tabs.quota = limit;
        const t = tabs.tab();
        const store = createPlansStore({ storage: () => t.storage, events: t.events, debounceMs: 1, newId: () => 'n' });
        const s = () => store.getState();
        const listed = new Set(s().unreadable.map((u) => u.raw));

        // The truth: each plan key is either open or listed with its exact bytes.
        for (const [key, value] of Object.entries(before)) {
          if (key.startsWith('pep:plan:')) {
            const id = key.slice('pep:plan:'.length);
            expect(s().plans[id] !== undefined || listed.has(value), `${key} is open or listed`).toBe(true);
          }
        }
        if (before['pep:layout'] === '3' || before['pep:layout'] === 'x') expect(s().readOnly).not.toBeNull();

        // The user works: opens the example, starts a plan, edits it; the tab closes.
        s().savePlan(plan('example-x', 'Example'));
        s().savePlan(plan('mine', 'Mine'));
        s().updatePlan('mine', (d) => ({ ...d, name: 'Mine, edited' }));
        t.fire('pagehide');

        const now = new Set(tabs.data.values());
        for (const [key, value] of Object.entries(before)) {
          const recoverable =
            now.has(value) || // still stored (in place or set aside)
            listed.has(value) || // in memory for the download
            (key.startsWith('pep:plan:') && s().plans[key.slice('pep:plan:'.length)] !== undefined) || // opened
            key === 'pep:layout' ||
            (key === 'pep:plans' && tabs.data.get('pep:layout') === '2' && movedAll(value, s().plans));
          expect(recoverable, `${key} = ${value.slice(0, 80)} is recoverable`).toBe(true);
        }
        if (s().readOnly) expect(Object.fromEntries(tabs.data)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** The old blob was removed only after every plan in it was opened. */
function movedAll(raw: string, plans: Record<string, unknown>): boolean {
  const blob = JSON.parse(raw) as { state: { plans: Record<string, { id: string }> } };
  const entries = Object.entries(blob.state.plans);
  return entries.every(([key, p]) => plans[p.id] !== undefined || plans[key] !== undefined);
}
