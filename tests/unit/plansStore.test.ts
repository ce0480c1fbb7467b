/**
 * The plans store through an injected storage (as zustand's own tests do): the layout upgrade, two
 * tabs sharing one storage, a full quota and damaged values. Expectations are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlansStore } from '../../src/stores/plans.store';
import { newDocument } from '../../src/domain/document/create';
import { createTabs } from '../support/tabs';

const fixture = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'storage', name), 'utf8'));

let ids = 0;
const open = (tabs: ReturnType<typeof createTabs>) => {
  const t = tabs.tab();
  const store = createPlansStore({
    storage: () => t.storage,
    events: t.events,
    debounceMs: 5,
    now: () => '2026-12-01T12:00:00.000Z',
    newId: () => `copy-${++ids}`,
  });
  return { ...t, store, state: () => store.getState() };
};

const doc = (id: string, name: string) =>
  newDocument({ id, name, contentVersion: 'v', now: '2026-11-01T00:00:00.000Z' });

describe('layout 1 → 2: one key per plan', () => {
  it('moves every plan of the old blob to its own key, exactly, and removes the blob', () => {
    const before = fixture('layout-v1.json');
    const tabs = createTabs(before);
    const { state } = open(tabs);
    const blob = JSON.parse(before['pep:plans']!) as { state: { plans: Record<string, unknown> } };
    expect(Object.fromEntries(tabs.data)).toEqual({
      'pep:layout': '2',
      'pep:plan:plan-a': JSON.stringify(blob.state.plans['plan-a']),
      'pep:plan:plan-b': JSON.stringify(blob.state.plans['plan-b']),
      'pep:ui': '{"state":{"view":"list"},"version":1}',
    });
    expect(Object.keys(state().plans).sort()).toEqual(['plan-a', 'plan-b']);
    expect(state().plans['plan-b']!.position).toEqual({ questionId: null, stage: 'done' });
    expect(state().unreadable).toEqual([]);
  });

  it('keeps both plans when two entries share a plan id', () => {
    const a = doc('same', 'First');
    const b = doc('same', 'Second');
    const tabs = createTabs({ 'pep:plans': JSON.stringify({ state: { plans: { same: a, other: b } }, version: 1 }) });
    const { state } = open(tabs);
    expect(
      Object.values(state().plans)
        .map((p) => `${p.id}:${p.name}`)
        .sort(),
    ).toEqual(['other:Second', 'same:First']);
  });

  it('keeps the blob, untouched, when one of its plans cannot be read, and says which', () => {
    const raw = JSON.stringify({ state: { plans: { ok: doc('ok', 'Fine'), bad: { schemaVersion: 2 } } }, version: 1 });
    const tabs = createTabs({ 'pep:plans': raw });
    const { state } = open(tabs);
    expect(Object.keys(state().plans)).toEqual(['ok']);
    expect(tabs.data.get('pep:plans')).toBe(raw);
    expect(state().unreadable).toHaveLength(1);
    expect(state().unreadable[0]!.error).toMatch(/1 of the plans .* could not be read \(bad: The plan has no id\./);
    // Starting again does not list or copy it twice.
    const again = open(tabs);
    expect(again.state().unreadable).toHaveLength(1);
    expect([...tabs.data.keys()].filter((k) => k.startsWith('pep:aside:'))).toEqual([]);
  });

  it('while storage is full, keeps the old blob and the plans in memory, then finishes when there is room', async () => {
    const before = fixture('layout-v1.json');
    const tabs = createTabs(before);
    tabs.quota = 0;
    const { state, store } = open(tabs);
    expect(Object.keys(state().plans).sort()).toEqual(['plan-a', 'plan-b']);
    expect(state().saveProblem).toBe('quota');
    expect(tabs.data.get('pep:plans')).toBe(before['pep:plans']);
    tabs.quota = Infinity;
    expect(store.getState().flush()).toBe(true);
    expect(tabs.data.has('pep:plans')).toBe(false);
    expect(tabs.data.get('pep:layout')).toBe('2');
    expect(JSON.parse(tabs.data.get('pep:plan:plan-a')!).name).toBe('Asthma study');
    await tabs.settle();
  });
});

describe('two tabs on one storage', () => {
  it('a plan created in tab A survives an edit in tab B', async () => {
    const tabs = createTabs();
    const a = open(tabs);
    const b = open(tabs);
    b.state().savePlan(doc('b-plan', 'B plan'));
    await tabs.settle();
    a.state().savePlan(doc('a-plan', 'A plan'));
    await tabs.settle();
    b.state().updatePlan('b-plan', (d) => ({ ...d, settings: { ...d.settings, hourlyRate: 70 } }));
    b.state().flush();
    await tabs.settle();
    expect([...tabs.data.keys()].filter((k) => k.startsWith('pep:plan:')).sort()).toEqual([
      'pep:plan:a-plan',
      'pep:plan:b-plan',
    ]);
    expect(Object.keys(b.state().plans).sort()).toEqual(['a-plan', 'b-plan']);
    expect(a.state().plans['b-plan']!.settings.hourlyRate).toBe(70);
  });

  it('an answer changed in tab A is not lost after an edit in tab B', async () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('p', 'Shared'));
    await tabs.settle();
    const b = open(tabs);
    a.state().updatePlan('p', (d) => ({ ...d, answers: { ...d.answers, 'planner-type': 'academic' } }));
    a.state().flush();
    await tabs.settle();
    b.state().updatePlan('p', (d) => ({ ...d, name: 'Shared, renamed' }));
    b.state().flush();
    await tabs.settle();
    const saved = JSON.parse(tabs.data.get('pep:plan:p')!);
    expect(saved.answers).toEqual({ 'planner-type': 'academic' });
    expect(saved.name).toBe('Shared, renamed');
    expect(b.state().revisions['p']).toBe(1);
  });

  it('when both tabs changed the same plan, both versions are kept and the user is told', async () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('p', 'Shared'));
    await tabs.settle();
    const b = open(tabs);
    a.state().updatePlan('p', (d) => ({ ...d, answers: { q: 'from A' } }));
    b.state().updatePlan('p', (d) => ({ ...d, answers: { q: 'from B' } }));
    a.state().flush();
    await tabs.settle(); // B hears A's write while its own change is pending
    b.state().flush();
    await tabs.settle();
    const plans = [...tabs.data]
      .filter(([k]) => k.startsWith('pep:plan:'))
      .map(([, v]) => JSON.parse(v) as { name: string; answers: { q: string } })
      .map((p) => `${p.name} = ${p.answers.q}`)
      .sort();
    expect(plans).toEqual(['Shared (this tab’s version) = from B', 'Shared = from A']);
    expect(b.state().notices.map((n) => n.text)).toEqual([
      '“Shared” was changed in another tab while you changed it here. Both versions are kept: the other tab’s under its name, yours as “Shared (this tab’s version)”.',
    ]);
    expect(Object.keys(a.state().plans)).toHaveLength(2);
  });

  it('a plan deleted in tab B stays deleted after tab A writes', async () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('gone', 'To delete'));
    a.state().savePlan(doc('kept', 'Kept'));
    await tabs.settle();
    const b = open(tabs);
    b.state().deletePlan('gone');
    await tabs.settle();
    expect(Object.keys(a.state().plans)).toEqual(['kept']);
    a.state().updatePlan('kept', (d) => ({ ...d, name: 'Kept, edited' }));
    a.state().flush();
    await tabs.settle();
    expect(tabs.data.has('pep:plan:gone')).toBe(false);
    expect(Object.keys(open(tabs).state().plans)).toEqual(['kept']);
  });

  it('a deleted plan stays deleted even when tab A missed the event and had changed it', async () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('gone', 'To delete'));
    await tabs.settle();
    tabs.data.delete('pep:plan:gone'); // deleted elsewhere, no event heard
    a.state().updatePlan('gone', (d) => ({ ...d, name: 'Edited' }));
    a.state().flush();
    expect(tabs.data.has('pep:plan:gone')).toBe(false);
    expect(a.state().plans['gone']).toBeUndefined();
  });
});

describe('saving', () => {
  it('waits for a pause, and saves at once when the page is hidden or closed', () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('p', 'Plan'));
    a.state().updatePlan('p', (d) => ({ ...d, name: 'Renamed' }));
    expect(JSON.parse(tabs.data.get('pep:plan:p')!).name).toBe('Plan');
    a.fire('pagehide');
    expect(JSON.parse(tabs.data.get('pep:plan:p')!).name).toBe('Renamed');
    a.state().updatePlan('p', (d) => ({ ...d, name: 'Again' }));
    a.fire('visibilitychange');
    expect(JSON.parse(tabs.data.get('pep:plan:p')!).name).toBe('Again');
  });

  it('with storage full: says what is not saved, and saves it on the next chance', () => {
    const tabs = createTabs();
    const a = open(tabs);
    a.state().savePlan(doc('p', 'Plan'));
    tabs.quota = 0;
    expect(a.state().savePlan(doc('new', 'New plan'))).toBe(false);
    a.state().updatePlan('p', (d) => ({ ...d, name: 'Changed while full' }));
    a.state().flush();
    expect(a.state().unsaved.sort()).toEqual(['new', 'p']);
    expect(a.state().saveProblem).toBe('quota');
    tabs.quota = Infinity;
    a.fire('focus');
    expect(a.state().unsaved).toEqual([]);
    expect(a.state().saveProblem).toBeNull();
    expect(JSON.parse(tabs.data.get('pep:plan:p')!).name).toBe('Changed while full');
    expect(JSON.parse(tabs.data.get('pep:plan:new')!).name).toBe('New plan');
  });
});

describe('damaged and unfamiliar values', () => {
  it('never writes over a damaged plan: it is set aside once, and held when it cannot be', () => {
    const damaged = '{"schemaVersion":2,"id":"example-x","answers":';
    const tabs = createTabs({ 'pep:layout': '2', 'pep:plan:example-x': damaged });
    tabs.quota = damaged.length + 40; // room for nothing more
    const a = open(tabs);
    expect(a.state().unreadable.map((u) => [u.source, u.raw])).toEqual([['pep:plan:example-x', damaged]]);
    expect(a.state().savePlan(doc('example-x', 'Example'))).toBe(false);
    expect(a.state().saveProblem).toBe('held');
    expect(tabs.data.get('pep:plan:example-x')).toBe(damaged);
    tabs.quota = Infinity;
    expect(a.state().flush()).toBe(true);
    const asides = [...tabs.data].filter(([k]) => k.startsWith('pep:aside:'));
    expect(asides.map(([k, v]) => [k.replace(/^pep:aside:[^:]+:/, ''), v])).toEqual([['pep:plan:example-x', damaged]]);
    expect(JSON.parse(tabs.data.get('pep:plan:example-x')!).name).toBe('Example');
    // A later start lists it once, from its copy.
    const again = open(tabs);
    expect(again.state().unreadable.map((u) => u.raw)).toEqual([damaged]);
    again.state().deleteUnreadable(again.state().unreadable[0]!.id);
    expect([...tabs.data.keys()].filter((k) => k.startsWith('pep:aside:'))).toEqual([]);
    expect(open(tabs).state().unreadable).toEqual([]);
  });

  it('opens a plan whose impact record is damaged, keeps the value as it was, and says what was left out', () => {
    const raw = JSON.stringify({ ...doc('p', 'Living plan'), record: { points: { x: ['damaged'] } } });
    const tabs = createTabs({ 'pep:layout': '2', 'pep:plan:p': raw });
    const a = open(tabs);
    expect(a.state().plans.p!.name).toBe('Living plan');
    expect(a.state().plans.p!.record).toEqual({ points: {} });
    expect(a.state().unreadable.map((u) => [u.source, u.error, u.raw])).toEqual([
      [
        'pep:plan:p',
        'Parts of this plan were damaged: 1 damaged part of the impact log was left out or repaired.',
        raw,
      ],
    ]);
    a.state().updatePlan('p', (d) => ({ ...d, name: 'Renamed' }));
    expect(a.state().flush()).toBe(true);
    const asides = [...tabs.data].filter(([k]) => k.startsWith('pep:aside:')).map(([, v]) => v);
    expect(asides).toEqual([raw]);
    expect(JSON.parse(tabs.data.get('pep:plan:p')!).name).toBe('Renamed');
  });

  it('never writes over a plan saved by a newer schema (5): it is listed, and its bytes stay', () => {
    const newer = JSON.stringify({ ...doc('p', 'From the future'), schemaVersion: 5 });
    const tabs = createTabs({ 'pep:layout': '2', 'pep:plan:p': newer });
    const a = open(tabs);
    expect(a.state().plans.p).toBeUndefined();
    expect(a.state().unreadable[0]!.error).toMatch(/newer version of the planner \(schema 5\); this one reads up to 4/);
    a.state().savePlan(doc('q', 'Another'));
    expect(tabs.data.get('pep:plan:p')).toBe(newer);
  });

  it('runs read-only for a newer storage layout', () => {
    const tabs = createTabs({ 'pep:layout': '3', 'pep:plan:p': JSON.stringify(doc('p', 'Plan')) });
    const a = open(tabs);
    expect(a.state().readOnly).toMatch(/newer version of the planner \(storage layout 3/);
    expect(a.state().savePlan(doc('q', 'New'))).toBe(false);
    expect([...tabs.data.keys()].sort()).toEqual(['pep:layout', 'pep:plan:p']);
  });

  it('damaged display settings are named as such, not as plans', () => {
    const tabs = createTabs({ 'pep:ui': '{"state":' });
    const a = open(tabs);
    expect(a.state().unreadable.map((u) => [u.label, u.error])).toEqual([
      ['Display settings', 'The display settings are damaged: they are not valid JSON.'],
    ]);
  });
});
