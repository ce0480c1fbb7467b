import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS, restoreDocument } from '../../src/domain/document/migrations';
import { SCHEMA_VERSION } from '../../src/domain/document/types';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'documents', name), 'utf8'));

describe('saved plan migrations', () => {
  it('has one numbered step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('upgrades a v1 plan in progress, keeping answers and its place', () => {
    const result = restoreDocument(fixture('v1-in-progress.json'));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.document).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      name: 'Asthma app study',
      answers: { 'planner-type': 'academic', 'rare-disease': { notSure: true }, populations: ['older-adults'] },
      position: { questionId: 'populations', stage: 'answering' },
      edits: { points: {}, custom: [] },
      settings: { hourlyRate: 50, currency: 'GBP' },
    });
  });

  it('upgrades a finished v1 plan to a plan that opens on its results', () => {
    const result = restoreDocument(fixture('v1-finished.json'));
    expect(result.ok && result.document.position).toEqual({ questionId: null, stage: 'done' });
  });

  it('upgrades a v2 plan with edits, keeping its edits and settings', () => {
    const raw = fixture('v2-with-edits.json') as { edits: unknown; settings: unknown };
    const result = restoreDocument(raw);
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    if (result.ok) {
      expect(result.document.edits).toEqual(raw.edits);
      expect(result.document.settings).toEqual(raw.settings);
    }
  });

  it('2 → 3 drops the XState snapshot that repeated the answers and position, and changes nothing else', () => {
    const v2 = fixture('v2-with-snapshot.json');
    const v3 = {
      schemaVersion: 3,
      contentVersion: '2026.11.1',
      id: 'plan-v2-snapshot',
      name: 'Rare disease registry',
      organisation: 'Muscle Charity',
      createdAt: '2026-11-10T09:00:00.000Z',
      updatedAt: '2026-11-11T16:30:00.000Z',
      answers: {
        'planner-type': 'patient-org',
        'product-type': 'non-product',
        'rare-disease': 'yes',
        populations: ['children', 'carers'],
        'patient-org-exists': { notSure: true },
      },
      position: { questionId: 'registry-status', stage: 'answering' },
      edits: { points: { 'ps-partnership': { owner: 'Sam', status: 'planned' } }, custom: [] },
      settings: { hourlyRate: 25, currency: 'GBP', ratesSetByTeam: true },
    };
    expect(MIGRATIONS[2]!(v2 as Record<string, unknown>)).toEqual(v3);
    expect(restoreDocument(v2)).toEqual({ ok: true, document: { ...v3, schemaVersion: 4 }, migratedFrom: 2 });
  });

  it('3 → 4 only raises the number: a v3 plan restores into v4 with everything else unchanged', () => {
    const v3 = fixture('v3-current.json') as Record<string, unknown>;
    const v4 = { ...v3, schemaVersion: 4 };
    expect(MIGRATIONS[3]!(v3)).toEqual(v4);
    expect(restoreDocument(v3)).toEqual({ ok: true, document: v4, migratedFrom: 3 });
  });

  it('reads a current (v4) plan, with its impact record and named versions, exactly as saved', () => {
    const raw = fixture('v4-current.json');
    expect(restoreDocument(raw)).toEqual({ ok: true, document: raw });
  });

  it('ignores a snapshot left in a current plan (an old file edited by hand)', () => {
    const raw = fixture('v4-current.json') as Record<string, unknown>;
    const withSnapshot = { ...raw, machine: { machineVersion: 1, snapshot: { value: 'review', context: {} } } };
    expect(restoreDocument(withSnapshot)).toEqual({ ok: true, document: raw });
  });

  it('repairs a tampered plan: keeps what is sound, drops what is not', () => {
    const result = restoreDocument(fixture('v2-tampered.json'));
    expect(result.ok && 'machine' in result.document).toBe(false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.document;
    expect(d.answers).toEqual({ ok: 'yes' });
    expect(d.position).toEqual({ questionId: null, stage: 'answering' });
    expect(d.edits.points).toEqual({ x: { owner: 'Ana' } });
    expect(d.edits.custom).toEqual([]);
    expect(d.settings).toEqual({ hourlyRate: 50, currency: 'GBP' });
    expect(d.name).toBe('<script>alert(1)</script>'); // kept as text; React escapes it
  });

  it.each([
    [null, /not a saved plan/],
    [[1, 2], /not a saved plan/],
    [{ id: 'x' }, /no schema version/],
    [{ schemaVersion: '2', id: 'x', answers: {} }, /must be a number, but it is the text "2"/],
    [{ schemaVersion: 1.5, id: 'x', answers: {} }, /schema version 1\.5 is not one this tool ever wrote/],
    [{ schemaVersion: 2, id: 'x'.repeat(201), answers: {} }, /id is 201 characters long; at most 200/],
    [{ schemaVersion: 99, id: 'x', answers: {} }, /newer version/],
    [{ schemaVersion: 5, id: 'x', answers: {} }, /newer version of the planner \(schema 5\); this one reads up to 4/],
    [{ schemaVersion: 2, answers: {} }, /no id/],
    [{ schemaVersion: 2, id: 'x' }, /no answers/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = restoreDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('bounds on what a plan may hold', () => {
  const base = { schemaVersion: SCHEMA_VERSION, id: 'x', answers: {} };
  it.each([
    ['1e999 (read as Infinity)', JSON.parse('{"r":1e999}').r as number, 50],
    ['a negative rate', -5, 50],
    ['an absurd rate', 1e9, 50],
    ['a sound rate', 75, 75],
  ])('an hourly rate of %s is kept only when sensible', (_, rate, expected) => {
    const result = restoreDocument({ ...base, settings: { hourlyRate: rate, currency: 'EUR' } });
    expect(result.ok && result.document.settings).toEqual({ hourlyRate: expected, currency: 'EUR' });
  });

  it('keeps the team’s rate choice and essentials cap across a reload, and drops nonsense', () => {
    const kept = restoreDocument({
      ...base,
      settings: { hourlyRate: 30, currency: 'USD', ratesSetByTeam: true, essentialCap: 5 },
    });
    expect(kept.ok && kept.document.settings).toEqual({
      hourlyRate: 30,
      currency: 'USD',
      ratesSetByTeam: true,
      essentialCap: 5,
    });
    const dropped = restoreDocument({
      ...base,
      settings: { hourlyRate: 30, currency: 'USD', ratesSetByTeam: 'yes', essentialCap: 2.5 },
    });
    expect(dropped.ok && dropped.document.settings).toEqual({ hourlyRate: 30, currency: 'USD' });
  });

  it('cuts long text and long lists to their limits', () => {
    const result = restoreDocument({
      ...base,
      name: 'n'.repeat(5000),
      answers: { a: 'a'.repeat(9000), b: Array.from({ length: 500 }, () => 'c'), big: 1e300 },
      edits: { points: {}, custom: Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, phase: 'p', title: 't' })) },
      updatedAt: 'not a date',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.name).toHaveLength(200);
    expect((result.document.answers.a as string).length).toBe(5000);
    expect(result.document.answers.b).toBeUndefined();
    expect(result.document.answers.big).toBeUndefined();
    expect(result.document.edits.custom).toHaveLength(200);
    expect(result.document.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });
});
