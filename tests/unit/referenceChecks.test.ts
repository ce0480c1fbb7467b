import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import {
  checkReferenceRecords,
  namedDocumentsWithoutReference,
  supersededCitedAsCurrent,
} from '../../src/domain/content/referenceChecks';
import type { Content, Reference } from '../../src/domain/content/schema';

const ref = (over: Partial<Reference> & { id: string }): Reference => ({
  title: `Title of ${over.id}`,
  publisher: 'A publisher',
  publisherShort: 'AP',
  year: 2024,
  url: `https://example.org/${over.id}`,
  kind: 'guidance',
  status: 'final',
  ...over,
});

/** The real content with one point's why and references replaced. */
function withPoint(why: string, references: string[], extra: Reference[] = []): Content {
  const c = realContent();
  c.references.push(...extra);
  const p = c.points[0]!;
  p.whyItMatters = why;
  p.references = references;
  p.variants = [];
  p.notes = [];
  return c;
}
const about = (c: Content) => (p: string) => p.startsWith(`point "${c.points[0]!.id}"`);

describe('named documents must cite a reference', () => {
  it('passes on the real knowledge base', () => {
    expect(namedDocumentsWithoutReference(realContent())).toEqual([]);
  });

  it('reports a document with no reference entry at all', () => {
    const c = withPoint('Follow ICH E9(R1) on estimands.', ['ich-e6-r3']);
    expect(namedDocumentsWithoutReference(c).filter(about(c))).toEqual([
      `point "${c.points[0]!.id}": names "ICH E9(R1)", but no reference entry is for it`,
    ]);
  });

  it('reports a regulation the text names but the entry does not cite', () => {
    const c = withPoint('Regulation (EU) 2021/2282 sets joint clinical assessment.', ['ich-e6-r3']);
    expect(namedDocumentsWithoutReference(c).filter(about(c))).toEqual([
      `point "${c.points[0]!.id}": names "2021/2282" without citing "eu-hta-regulation"`,
    ]);
  });

  it('reports a name a reference lists (a guidance title) used without citing it', () => {
    const c = withPoint('Plan the work as PFDD guidance 3 describes.', ['ich-e6-r3']);
    expect(namedDocumentsWithoutReference(c).filter(about(c))).toEqual([
      `point "${c.points[0]!.id}": names "PFDD guidance 3" without citing "fda-pfdd-g3"`,
    ]);
  });

  it('accepts the text once it cites the reference', () => {
    const c = withPoint('IEC 62366-1 and Directive 2001/83/EC apply.', ['iec-62366-1-2015', 'eu-directive-2001-83']);
    expect(namedDocumentsWithoutReference(c).filter(about(c))).toEqual([]);
  });
});

describe('superseded references', () => {
  it('fails a text that cites a superseded reference as current', () => {
    const c = withPoint('Preference data can inform device decisions.', ['fda-ppi-devices']);
    expect(supersededCitedAsCurrent(c).filter(about(c))).toEqual([
      `point "${c.points[0]!.id}": cites "fda-ppi-devices" as current, but it was superseded by "fda-ppi-tplc-2026" (cite that instead)`,
    ]);
  });

  it('allows it next to its successor when the text says it was replaced', () => {
    const c = withPoint('The 2026 guidance replaced the 2016 guidance.', ['fda-ppi-tplc-2026', 'fda-ppi-devices']);
    expect(supersededCitedAsCurrent(c).filter(about(c))).toEqual([]);
  });

  it('requires a successor for a superseded reference and a DOI for a paper', () => {
    const c = realContent();
    c.references.push(
      ref({ id: 'old-thing', status: 'superseded' }),
      ref({ id: 'a-paper', kind: 'paper' }),
      ref({ id: 'draft-with-successor', status: 'draft', supersededBy: 'fda-pfdd-g1' }),
    );
    expect(checkReferenceRecords(c)).toEqual([
      'reference "old-thing": superseded, but no supersededBy',
      'reference "a-paper": a paper needs its DOI',
      'reference "draft-with-successor": has supersededBy, so its status must be superseded',
    ]);
  });
});

describe('the references themselves', () => {
  const c = realContent();

  it('number at least 110, each with a status, a short publisher and https', () => {
    expect(c.references.length).toBeGreaterThanOrEqual(110);
    for (const r of c.references) {
      expect(['final', 'draft', 'superseded']).toContain(r.status);
      expect(r.publisherShort.length).toBeGreaterThan(0);
      expect(r.url.startsWith('https://')).toBe(true);
    }
  });

  it('give every paper a DOI that its URL resolves', () => {
    for (const r of c.references.filter((x) => x.kind === 'paper')) {
      expect(r.doi, r.id).toMatch(/^10\.\d{4,9}\//);
      expect(r.url, r.id).toBe(`https://doi.org/${r.doi}`);
    }
  });

  it('mark FDA patient preference guidance of 2016 as replaced by the final 2026 guidance', () => {
    const old = c.references.find((r) => r.id === 'fda-ppi-devices')!;
    const current = c.references.find((r) => r.id === 'fda-ppi-tplc-2026')!;
    expect(old.status).toBe('superseded');
    expect(old.supersededBy).toBe('fda-ppi-tplc-2026');
    expect(current.status).toBe('final');
    expect(current.year).toBe(2026);
  });
});
