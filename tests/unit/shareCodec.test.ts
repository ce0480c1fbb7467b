import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload, fromBase64Url, toBase64Url, type PayloadKind } from '../../src/lib/share/codec';
import { decodeShareLink, encodeShareLink, SHARE_LIMITS } from '../../src/lib/share/planLink';
import { exampleDocument, newDocument } from '../../src/domain/document/create';
import { realContent } from './realContent';

const kind: PayloadKind = { tag: 'test', version: 2, noun: 'test link', maxLength: 5000, maxInflated: 10_000 };
const now = '2026-11-01T00:00:00.000Z';

describe('the payload codec', () => {
  it('round-trips a JSON value through a link-safe text', async () => {
    const value = { a: 'Über 50 % — “quotes”', b: [1, 2, 3], c: { d: null } };
    const text = await encodePayload(kind, value);
    expect(text).toMatch(/^test2\.[0-9a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(await decodePayload(kind, text)).toEqual({ ok: true, value });
  });

  it('says a link is not ours, from a newer version, cut short, tampered with or too large', async () => {
    const text = await encodePayload(kind, { hello: 'world'.repeat(20) });
    const problem = async (t: string) => {
      const r = await decodePayload(kind, t);
      return r.ok ? 'ok' : `${r.problem}: ${r.error}`;
    };
    expect(await problem('hello')).toBe('not-ours: This is not a test link made by the patient engagement planner.');
    expect(await problem(text.replace('test2', 'test3'))).toMatch(
      /^newer-version: .*newer version of the planner \(format 3\)/,
    );
    expect(await problem(text.slice(0, -5))).toMatch(
      /^cut-short: This test link is cut short: \d+ of its \d+ characters arrived/,
    );
    expect(await problem('test2.5')).toMatch(/^cut-short: .*header is incomplete/);
    const last = text.at(-3) === 'A' ? 'B' : 'A';
    expect(await problem(text.slice(0, -3) + last + text.slice(-2))).toMatch(
      /^tampered: This test link has been changed/,
    );
    expect(await problem(text + 'A')).toMatch(/^tampered: .*longer than it says/);
    expect(await problem('x'.repeat(5001))).toBe(
      'too-large: This test link is 5,001 characters long; at most 5,000 are accepted. Ask for the file instead.',
    );
  });

  it('stops inflating a zip bomb at the byte cap', async () => {
    const bomb = await encodePayload(kind, ' '.repeat(2_000_000));
    expect(bomb.length).toBeLessThan(5000);
    const r = await decodePayload(kind, bomb);
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(r.ok || r.error).toMatch(/unpacks to more than 10,000 bytes/);
  });

  it('accepts only the canonical base64url spelling', () => {
    expect(toBase64Url(new Uint8Array([255, 254, 253, 1]))).toBe('__79AQ');
    expect(fromBase64Url('__79AQ')).toEqual(new Uint8Array([255, 254, 253, 1]));
    expect(fromBase64Url('__79AR')).toBeNull(); // same bytes to atob, spare bits changed
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('a+b/')).toBeNull();
  });
});

describe('plan share links', () => {
  it('carry every example plan in a link of about 1,100–1,300 characters, and open it checked', async () => {
    const content = realContent();
    for (const example of content.examples) {
      const doc = exampleDocument(content, example.id, now);
      const link = await encodeShareLink(doc, 'partner');
      if (!link.ok) throw new Error(link.error);
      expect(link.length).toBeGreaterThan(900);
      expect(link.length).toBeLessThan(1400);
      expect(await decodeShareLink(link.payload)).toEqual({ ok: true, audience: 'partner', document: doc });
    }
  });

  it('leaves out the saved questionnaire state and keeps answers, edits and settings', async () => {
    const doc = {
      ...newDocument({ id: 'p1', name: 'Trial', contentVersion: 'v', now }),
      answers: { condition: 'asthma' },
      edits: { points: { x: { decision: 'exclude' as const, reason: 'done already' } }, custom: [] },
      settings: { hourlyRate: 30, currency: 'EUR' as const, ratesSetByTeam: true },
      machine: { machineVersion: 1, snapshot: { big: 'x'.repeat(100) } },
    };
    const link = await encodeShareLink(doc, 'team');
    if (!link.ok) throw new Error(link.error);
    const { machine: _m, ...expected } = doc;
    expect(await decodeShareLink(link.payload)).toEqual({ ok: true, audience: 'team', document: expected });
  });

  it('gives workshop participants the plan without the team’s owners, notes, reasons or workshop votes, even from a tampered link', async () => {
    const doc = {
      ...newDocument({ id: 'p2', name: 'Knee trial', contentVersion: 'v', now }),
      answers: { condition: 'knee osteoarthritis' },
      edits: {
        points: {
          a: {
            decision: 'exclude' as const,
            reason: 'budget',
            owner: 'Dr Chen',
            notes: 'ask the CRO',
            priority: 'optional' as const,
          },
          b: { owner: 'Ana', status: 'done' as const },
        },
        custom: [],
      },
    };
    const link = await encodeShareLink(doc, 'participant');
    if (!link.ok) throw new Error(link.error);
    const opened = await decodeShareLink(link.payload);
    expect(opened).toMatchObject({ ok: true, audience: 'participant' });
    if (!opened.ok) return;
    expect(opened.document.edits.points).toEqual({ a: { decision: 'exclude', priority: 'optional' } });
    expect(JSON.stringify(opened.document)).not.toMatch(/Dr Chen|ask the CRO|budget|Ana/);

    // A link edited to carry the whole plan under the participant audience still opens only the copy.
    const { encodePayload: enc } = await import('../../src/lib/share/codec');
    const { PLAN_PAYLOAD } = await import('../../src/lib/share/planLink');
    const tampered = await enc(PLAN_PAYLOAD, { audience: 'participant', document: doc });
    const reopened = await decodeShareLink(tampered);
    expect(reopened.ok && JSON.stringify(reopened.document)).not.toMatch(/Dr Chen|ask the CRO/);
    // An audience the planner does not know opens as a team link (the choice of copy or view only).
    const odd = await enc(PLAN_PAYLOAD, { audience: 'everyone', document: doc });
    expect(await decodeShareLink(odd)).toMatchObject({ ok: true, audience: 'team' });
  });

  it('says a plan too large for a link should go as a file', async () => {
    const doc = newDocument({ id: 'big', name: 'Big', contentVersion: 'v', now });
    // Text that does not compress: a long run of varied words.
    let seed = 7;
    const words = Array.from({ length: 3000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    });
    const link = await encodeShareLink({ ...doc, answers: { notes: words.join(' ') } }, 'team');
    expect(link.ok).toBe(false);
    expect(link.length).toBeGreaterThan(SHARE_LIMITS.linkChars);
    expect(link.ok || link.error).toMatch(
      /^This plan is too large for a link \([\d,]+ characters; links stay under 8,000\)\. Send the plan as a file instead\.$/,
    );
  });

  it('checks the plan inside like an imported file', async () => {
    const { encodePayload: enc } = await import('../../src/lib/share/codec');
    const { PLAN_PAYLOAD } = await import('../../src/lib/share/planLink');
    const newer = await enc(PLAN_PAYLOAD, { audience: 'team', document: { schemaVersion: 99, id: 'x', answers: {} } });
    expect(await decodeShareLink(newer)).toMatchObject({
      ok: false,
      problem: 'invalid-plan',
      error: expect.stringMatching(/newer version of the planner \(schema 99\)/),
    });
    const empty = await enc(PLAN_PAYLOAD, [1, 2]);
    expect(await decodeShareLink(empty)).toMatchObject({ ok: false, error: 'This share link holds no plan.' });
  });
});
