/**
 * The impact record and named versions of a saved plan (schema 4): a sound record is kept exactly;
 * damaged entries are left out or repaired and named in `warnings`; too much is refused with the
 * reason; and whatever the record holds, restore never throws and never loses the rest of the plan.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreDocument } from '../../src/domain/document/migrations';
import { RECORD_LIMITS } from '../../src/domain/document/record';
import type { PlanDocument } from '../../src/domain/document/types';

const v4 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'documents', 'v4-current.json'), 'utf8'),
) as PlanDocument;
const { record, versions, ...rest } = v4;
const entry = record!.points['td-endpoints']![0]!;

describe('the impact record in a saved plan', () => {
  it('repairs damaged entries, keeps the sound ones, and says what it did', () => {
    const result = restoreDocument({
      ...v4,
      record: {
        points: {
          'td-endpoints': [entry, 'not an entry', { id: 'e2', date: '31/02/2027', happened: 7, changed: 'kept' }],
          broken: { id: 'x' },
        },
        reflections: 42,
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.record).toEqual({
      points: { 'td-endpoints': [entry, { id: 'e2', happened: '', changed: 'kept' }] },
    });
    expect(result.warnings).toEqual([
      '3 damaged parts of the impact log were left out or repaired.',
      'The reflections were not readable and were left out.',
    ]);
    expect(result.document.edits).toEqual(v4.edits);
    expect(result.document.versions).toEqual(versions);
  });

  it('leaves out a damaged version and names it; keeps the others', () => {
    const result = restoreDocument({ ...v4, versions: [...versions!, { id: 'v2', name: 'no date' }] });
    expect(result.ok && result.document.versions).toEqual(versions);
    expect(result.ok && result.warnings).toEqual(['1 damaged saved version was left out.']);
  });

  it.each([
    [
      'a text over its limit',
      { points: { p: [{ ...entry, happened: 'x'.repeat(RECORD_LIMITS.text + 1) }] } },
      /entry’s “happened” is 5,001 characters long, and at most 5,000/,
    ],
    [
      'too many entries for one point',
      { points: { p: Array.from({ length: 101 }, (_, i) => ({ ...entry, id: `e${i}` })) } },
      /101 entries for the point “p”, and at most 100/,
    ],
    ['too long reflections', { points: {}, reflections: 'r'.repeat(10_001) }, /reflections is 10,001 characters/],
    [
      'too long a feedback channel',
      { points: { p: [{ ...entry, feedback: { how: 'h'.repeat(201), summary: '' } }] } },
      /how feedback was sent is 201 characters/,
    ],
  ])('refuses %s with a clear message, changing nothing', (_, bad, message) => {
    const result = restoreDocument({ ...v4, record: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses more saved versions than the limit', () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ ...versions![0]!, id: `v${i}` }));
    const result = restoreDocument({ ...v4, versions: many });
    expect(!result.ok && result.error).toMatch(/too many saved versions to open: 31, and at most 30/);
  });

  it('property: random or tampered record and version data never crash restore nor lose the rest of the plan', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(6000)));
    const anything = fc.oneof(fc.anything(), text, fc.constant(undefined));
    const rawEntry = fc.oneof(
      anything,
      fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 5 }), anything),
          date: fc.oneof(fc.constantFrom('2027-01-01', '2027-13-40', ''), anything),
          happened: fc.oneof(text, anything),
          changed: fc.oneof(text, anything),
          feedback: fc.oneof(anything, fc.record({ date: anything, how: fc.oneof(text, anything), summary: anything })),
          metricId: anything,
          metricResult: fc.oneof(text, anything),
        },
        { requiredKeys: [] },
      ),
    );
    const rawRecord = fc.oneof(
      anything,
      fc.record(
        {
          points: fc.oneof(
            anything,
            fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(anything, fc.array(rawEntry, { maxLength: 4 }))),
          ),
          reflections: fc.oneof(text, anything),
        },
        { requiredKeys: [] },
      ),
    );
    const rawVersions = fc.oneof(anything, fc.array(fc.oneof(anything, fc.constant(versions![0]!)), { maxLength: 4 }));
    fc.assert(
      fc.property(rawRecord, rawVersions, (r, vs) => {
        const result = restoreDocument({ ...rest, record: r, versions: vs });
        if (!result.ok) {
          // Only too much is refused, and then with the reason.
          expect(result.error).toMatch(/too large to open|too many saved versions|characters long/);
          return;
        }
        const { record: _r, versions: _v, ...kept } = result.document;
        expect(kept).toEqual(rest);
        // What is kept is clean: it restores to itself, with no warnings.
        expect(restoreDocument(result.document)).toEqual({ ok: true, document: result.document });
      }),
      { numRuns: 300 },
    );
  });
});
