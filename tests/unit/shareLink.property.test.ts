/**
 * Property: whatever arrives after `#/share/` (a link with characters changed, cut short anywhere,
 * padded out, a zip bomb, a plan of any shape, plain garbage), decoding never throws and either
 * gives a checked plan or says in one plain sentence what is wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePayload } from '../../src/lib/share/codec';
import { decodeShareLink, encodeShareLink, PLAN_PAYLOAD, SHARE_LIMITS } from '../../src/lib/share/planLink';
import { exampleDocument } from '../../src/domain/document/create';
import { realContent } from './realContent';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const RUNS = 10_000;
let links: string[] = [];
let bombs: string[] = [];
let spareBitChanges = 0;

beforeAll(async () => {
  const content = realContent();
  links = [];
  for (const e of content.examples) {
    const r = await encodeShareLink(exampleDocument(content, e.id, '2026-11-01T00:00:00.000Z'), 'partner');
    if (r.ok) links.push(r.payload);
  }
  bombs = [];
  for (const size of [2_000_001, 3_000_000, 8_000_000])
    bombs.push(await encodePayload(PLAN_PAYLOAD, { audience: 'team', document: { id: ' '.repeat(size) } }));
});

const plainMessage = (error: string) => {
  expect(error.length).toBeGreaterThan(20);
  expect(error.length).toBeLessThan(400);
  expect(error).toMatch(/^[A-Z].*\.$/s);
  expect(error).not.toMatch(/undefined|NaN|\[object|TypeError|SyntaxError/);
};

const headerEnd = (link: string) => link.split('.', 3).join('.').length + 1;

describe('share links, whatever arrives', () => {
  it(`a changed character in the packed data is called tampered or yields the very same plan (${RUNS} links)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(5),
        fc.nat(),
        fc.constantFrom(...B64),
        fc.integer({ min: 1, max: 4 }),
        async (i, at, ch, count) => {
          const link = links[i % links.length] ?? '';
          const start = headerEnd(link);
          let changed = link;
          for (let k = 0; k < count; k++) {
            const pos = start + ((at + k * 7919) % (link.length - start));
            changed = changed.slice(0, pos) + ch + changed.slice(pos + 1);
          }
          fc.pre(changed !== link);
          const r = await decodeShareLink(changed);
          if (r.ok) {
            // Only the spare bits after deflate's last block changed: the very same plan arrives.
            expect(r).toEqual(await decodeShareLink(link));
            spareBitChanges++;
            return;
          }
          expect(r.problem).toBe('tampered');
          plainMessage(r.error);
        },
      ),
      { numRuns: RUNS },
    );
    expect(spareBitChanges).toBeLessThan(RUNS / 100);
  });

  it(`a link cut short anywhere says so (${RUNS} links)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(5), fc.nat(), async (i, at) => {
        const link = links[i % links.length] ?? '';
        const cut = at % link.length;
        const r = await decodeShareLink(link.slice(0, cut));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.problem).toBe(cut >= 'plan1.'.length ? 'cut-short' : 'not-ours');
        plainMessage(r.error);
      }),
      { numRuns: RUNS },
    );
  });

  it(`an oversized link or a zip bomb is refused before it is unpacked in full (${RUNS} links)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 20,
            arbitrary: fc.nat({ max: 50_000 }).map((n) => 'plan1.' + 'A'.repeat(SHARE_LIMITS.acceptChars + n)),
          },
          { weight: 1, arbitrary: fc.nat(2).map((i) => bombs[i] ?? '') },
        ),
        async (text) => {
          const r = await decodeShareLink(text);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.problem).toBe('too-large');
          plainMessage(r.error);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`any text, or any JSON packed as ours, gives a checked plan or a clear message (${RUNS} inputs)`, async () => {
    const packed = fc
      .jsonValue()
      .chain((v) =>
        fc.constantFrom(
          { audience: 'team', document: v },
          { audience: 'partner', document: { schemaVersion: 2, id: 'p', answers: v } },
          v,
        ),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...B64, '.') }).map((s) => 'plan1.' + s),
          fc.integer({ min: -3, max: 1000 }).map((v) => links[0]?.replace(/^plan1/, `plan${v}`) ?? ''),
          packed.map((v) => encodePayload(PLAN_PAYLOAD, v)),
        ),
        async (input) => {
          const r = await decodeShareLink(await input);
          if (r.ok) {
            expect(r.document.id.length).toBeGreaterThan(0);
            return;
          }
          plainMessage(r.error);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
