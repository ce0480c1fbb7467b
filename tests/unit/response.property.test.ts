/**
 * Property: whatever arrives as a participant response (tampered, cut short, oversized, any JSON),
 * parseResponse never throws and either gives back exactly what was sent or a clear message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseResponse, serialiseResponse, type ResponseDraft } from '../../src/domain/response';

const pointIds = ['p-a', 'p-b', 'p-c', 'p-d'];
const plan = { id: 'plan-1', pointIds };

const draftArb: fc.Arbitrary<ResponseDraft> = fc.record({
  planId: fc.constant('plan-1'),
  responseId: fc.string({ minLength: 1, maxLength: 20 }),
  createdAt: fc.constant('2026-11-02T10:00:00.000Z'),
  respondent: fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      group: fc.constantFrom('patient', 'carer', 'team', 'other'),
    },
    { requiredKeys: ['id', 'group'] },
  ),
  ratings: fc.dictionary(fc.constantFrom(...pointIds), fc.constantFrom(1, 2, 3, 4, 5)),
  comments: fc.dictionary(
    fc.constantFrom(...pointIds),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  ),
  interest: fc.uniqueArray(fc.constantFrom(...pointIds)),
});

/** A clear message: a sentence, no leaked internals. */
function expectClear(error: string) {
  expect(error.length).toBeGreaterThan(10);
  expect(error.length).toBeLessThan(400);
  expect(error).toMatch(/[.)]$/);
  expect(error).not.toMatch(/undefined|\[object|NaN|SyntaxError/);
}

describe('parseResponse on outside input', () => {
  it('reads back every sealed response exactly', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const r = parseResponse(serialiseResponse(draft), plan);
        expect(r.ok).toBe(true);
        if (r.ok)
          expect({ ...r.response, check: undefined, kind: undefined, version: undefined }).toEqual({
            ...draft,
            check: undefined,
            kind: undefined,
            version: undefined,
          });
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts a changed character as anything but the original', () => {
    fc.assert(
      fc.property(draftArb, fc.nat(), fc.integer({ min: 32, max: 0x2fff }), (draft, at, code) => {
        const text = serialiseResponse(draft);
        const i = at % text.length;
        const replacement = String.fromCharCode(code);
        fc.pre(text[i] !== replacement);
        const tampered = text.slice(0, i) + replacement + text.slice(i + 1);
        const r = parseResponse(tampered, plan);
        if (r.ok) expect(r.response).toEqual(JSON.parse(text));
        else expectClear(r.error);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses every cut-short copy with a clear message', () => {
    fc.assert(
      fc.property(draftArb, fc.nat(), (draft, at) => {
        const text = serialiseResponse(draft);
        const r = parseResponse(text.slice(0, at % text.length), plan);
        expect(r.ok).toBe(false);
        if (!r.ok) expectClear(r.error);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses any other JSON value or text without throwing', () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.anything(),
      draftArb.map((d) => ({ ...JSON.parse(serialiseResponse(d)), version: 7 })),
      fc.dictionary(fc.string(), fc.jsonValue()).map((o) => ({ ...o, kind: 'pep-response', version: 1 })),
    );
    fc.assert(
      fc.property(junk, (value) => {
        const r = parseResponse(value, plan);
        expect(r.ok).toBe(false);
        if (!r.ok) expectClear(r.error);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses oversized input by its size', () => {
    fc.assert(
      fc.property(draftArb, fc.integer({ min: 300_001, max: 600_000 }), (draft, size) => {
        const text = serialiseResponse({ ...draft, note: 'x'.repeat(size) });
        const r = parseResponse(text, plan);
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(r.error).toMatch(/^This response is [\d,]+ characters long; a response may be at most 300,000\.$/);
      }),
      { numRuns: 300 },
    );
  });

  it('survives nesting deep enough to exhaust the stack', () => {
    const deep = `{"kind":"pep-response","version":1,"planId":"plan-1","check":"x","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = parseResponse(deep, plan);
    expect(r.ok).toBe(false);
  });
});
