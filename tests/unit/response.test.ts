/** The participant response format: each way a response can be wrong gets its own clear message. */
import { describe, expect, it } from 'vitest';
import { makeResponse, parseResponse, serialiseResponse, type ResponseDraft } from '../../src/domain/response';

const plan = { id: 'plan-1', pointIds: ['p-a', 'p-b', 'p-c'] };
const draft: ResponseDraft = {
  planId: 'plan-1',
  responseId: 'r-1',
  createdAt: '2026-11-02T10:00:00.000Z',
  respondent: { id: 'who-1', name: 'Sam', group: 'patient' },
  ratings: { 'p-a': 5, 'p-b': 2 },
  comments: { 'p-a': 'Please hold it in the evening.' },
  interest: ['p-a'],
  note: 'Happy to help.',
};
const text = serialiseResponse(draft);
const raw = () => JSON.parse(text) as Record<string, unknown>;
const errorOf = (input: unknown) => {
  const r = parseResponse(input, plan);
  return r.ok ? 'accepted' : r.error;
};

describe('parseResponse', () => {
  it('accepts what serialiseResponse wrote, text or parsed, with every field kept', () => {
    const r = parseResponse(text, plan);
    expect(r).toEqual({ ok: true, response: { kind: 'pep-response', version: 1, ...draft, check: raw().check } });
    expect(parseResponse(raw(), plan).ok).toBe(true);
  });

  it('does not depend on the order keys were written in', () => {
    const reordered = Object.fromEntries(Object.entries(raw()).reverse());
    expect(parseResponse(JSON.stringify(reordered), plan).ok).toBe(true);
  });

  it('refuses things that are not responses', () => {
    expect(errorOf('')).toBe('The response is empty.');
    expect(errorOf('hello')).toMatch(/^This is not a participant response.*not valid JSON/);
    expect(errorOf(JSON.stringify({ schemaVersion: 2, id: 'plan-1' }))).toMatch(/^This is not a participant response/);
    expect(errorOf([1, 2])).toMatch(/^This is not a participant response/);
    expect(errorOf(null)).toMatch(/^This is not a participant response/);
  });

  it('refuses a response cut short', () => {
    expect(errorOf(text.slice(0, text.length - 5))).toMatch(/not valid JSON: it may have been cut short/);
  });

  it('refuses a response for another plan', () => {
    const other = serialiseResponse({ ...draft, planId: 'plan-2' });
    expect(errorOf(other)).toBe(
      'This response is for another plan, so it was not added. Import it into the plan whose participant link or file it came from.',
    );
  });

  it('refuses a newer format', () => {
    expect(errorOf({ ...raw(), version: 2 })).toMatch(/newer version of the planner \(response format 2\)/);
    expect(errorOf({ ...raw(), version: '1' })).toMatch(/no readable format version/);
  });

  it('refuses a tampered response', () => {
    expect(errorOf(text.replace('"p-b":2', '"p-b":3'))).toMatch(/changed or cut short since it was made/);
    expect(errorOf({ ...raw(), ratings: { 'p-a': 1 } })).toMatch(/integrity check does not match/);
    const { check: _check, ...unsealed } = raw();
    expect(errorOf(unsealed)).toMatch(/no integrity check/);
  });

  it('names unknown points and out-of-range ratings, even when the check was recomputed', () => {
    expect(errorOf(serialiseResponse({ ...draft, ratings: { 'p-x': 3, 'p-y': 3, 'p-z': 1, 'p-w': 2 } }))).toBe(
      'The response rates points this plan does not have: "p-x", "p-y", "p-z" and 1 more.',
    );
    expect(errorOf(serialiseResponse({ ...draft, comments: { gone: 'x' } }))).toMatch(/comments on points .*"gone"/);
    expect(errorOf(serialiseResponse({ ...draft, interest: ['gone'] }))).toMatch(/interest in points .*"gone"/);
    const bad = (v: unknown) => makeResponse({ ...draft, ratings: { 'p-a': v as 1 } });
    expect(errorOf(bad(6))).toBe('The rating for "p-a" is 6; ratings go from 1 to 5 (whole numbers).');
    expect(errorOf(bad(0))).toMatch(/is 0; ratings go from 1 to 5/);
    expect(errorOf(bad(2.5))).toMatch(/is 2.5;/);
    expect(errorOf(bad('5'))).toMatch(/is not a number;/);
  });

  it('refuses an unknown group and over-long text', () => {
    expect(errorOf(makeResponse({ ...draft, respondent: { id: 'w', group: 'sponsor' as 'team' } }))).toMatch(
      /unknown group/,
    );
    expect(errorOf(makeResponse({ ...draft, note: 'n'.repeat(2001) }))).toBe(
      'The note is 2001 characters long; at most 2000 are allowed.',
    );
    expect(errorOf(makeResponse({ ...draft, comments: { 'p-a': 'c'.repeat(2001) } }))).toMatch(
      /comment on "p-a" is 2001 characters long/,
    );
  });

  it('refuses a response that is too large before reading it', () => {
    expect(errorOf(' '.repeat(300_001))).toBe(
      'This response is 300,001 characters long; a response may be at most 300,000.',
    );
    expect(errorOf({ ...raw(), padding: 'x'.repeat(300_000) })).toMatch(/too large/);
  });

  it('drops duplicate interest and blank comments but keeps the response', () => {
    const r = parseResponse(makeResponse({ ...draft, interest: ['p-a', 'p-a'], comments: { 'p-b': '  ' } }), plan);
    expect(r.ok && r.response.interest).toEqual(['p-a']);
    expect(r.ok && r.response.comments).toEqual({});
  });
});
