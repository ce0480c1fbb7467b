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

  it('reads a current plan with edits unchanged', () => {
    const raw = fixture('v2-with-edits.json') as { edits: unknown; settings: unknown };
    const result = restoreDocument(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBeUndefined();
      expect(result.document.edits).toEqual(raw.edits);
      expect(result.document.settings).toEqual(raw.settings);
    }
  });

  it('repairs a tampered plan: keeps what is sound, drops what is not', () => {
    const result = restoreDocument(fixture('v2-tampered.json'));
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
    [{ schemaVersion: 99, id: 'x', answers: {} }, /newer version/],
    [{ schemaVersion: 2, answers: {} }, /no id/],
    [{ schemaVersion: 2, id: 'x' }, /no answers/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = restoreDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
