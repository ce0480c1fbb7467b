import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentDir, readContentDir } from '../../src/cli/readContentDir';
import { parseContent } from '../../src/domain/content/parse';
import { plainTexts } from '../../src/domain/content/plainTexts';
import { fleschKincaidGrade } from '../../src/domain/text/readability';
import { realContent } from './realContent';

const content = realContent();

describe('the knowledge base', () => {
  it('meets the size the product needs', () => {
    expect(content.phases.length).toBeGreaterThanOrEqual(10);
    expect(content.points.length).toBeGreaterThanOrEqual(45);
    expect(content.methods.length).toBeGreaterThanOrEqual(24);
    expect(content.stakeholders.length).toBeGreaterThanOrEqual(12);
    expect(content.pedTypes.length).toBeGreaterThanOrEqual(12);
    expect(content.references.length).toBeGreaterThanOrEqual(40);
    expect(content.glossary.length).toBeGreaterThanOrEqual(60);
    expect(content.questions.length).toBeGreaterThanOrEqual(30);
    expect(content.rules.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every phase at least three engagement points', () => {
    for (const phase of content.phases)
      expect(content.points.filter((p) => p.phase === phase.id).length).toBeGreaterThanOrEqual(3);
  });

  it('cites a source for every point and method, and only https links', () => {
    for (const x of [...content.points, ...content.methods]) expect(x.references.length).toBeGreaterThan(0);
    for (const r of content.references) expect(new URL(r.url).protocol).toBe('https:');
  });

  it('keeps plain-language text plain: mean grade ≤ 8, none above 10', () => {
    const grades = plainTexts(content).map((t) => ({ ...t, grade: fleschKincaidGrade(t.text) }));
    const mean = grades.reduce((n, g) => n + g.grade, 0) / grades.length;
    expect(mean).toBeLessThanOrEqual(8);
    expect(grades.filter((g) => g.grade > 10).map((g) => g.where)).toEqual([]);
  });

  it('records a content version that saved plans can name', () => {
    expect(content.meta.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
});

describe('content validation catches authoring mistakes', () => {
  const raw = () => structuredClone(readContentDir());

  it('reports a dangling reference with the file and entry', () => {
    const r = raw();
    (r.collections.points[0] as { references: string[] }).references.push('no-such-reference');
    const result = parseContent(r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/unknown reference "no-such-reference"/);
  });

  it('reports a rule naming an option that does not exist', () => {
    const r = raw();
    (r.collections.rules[0] as { when: unknown }).when = { q: 'rare-disease', is: 'perhaps' };
    const result = parseContent(r);
    expect(!result.ok && result.errors.some((e) => e.includes('has no option "perhaps"'))).toBe(true);
  });

  it('reports duplicate ids and a phase with too few points', () => {
    const r = raw();
    const first = r.collections.points[0] as { id: string; phase: string };
    r.collections.points = r.collections.points.filter((p) => (p as { phase: string }).phase !== 'launch');
    r.collections.points.push(structuredClone(first));
    const result = parseContent(r);
    const errors = result.ok ? '' : result.errors.join('\n');
    expect(errors).toMatch(`duplicate point id: "${first.id}"`);
    expect(errors).toMatch(/phase "launch" has 0 engagement points/);
  });

  it('reports a schema error with where it is', () => {
    const r = raw();
    (r.collections.methods[0] as { cost: string }).cost = 'cheap';
    const result = parseContent(r);
    expect(!result.ok && result.errors[0]).toMatch(/methods\.yaml: "[a-z-]+" → cost/);
  });

  it('reports a question the plan summary needs but the content lost', () => {
    const r = raw();
    const q = r.collections.questions.find((x) => (x as { id: string }).id === 'therapeutic-area') as { id: string };
    q.id = 'disease-area';
    const result = parseContent(r);
    expect(!result.ok && result.errors).toContain('the plan summary\'s "What" line needs question "therapeutic-area"');
  });

  it('reports a "why here" without a line that always applies, and an unknown placeholder', () => {
    const r = raw();
    const point = r.collections.points[0] as { id: string; whyHere: { when?: unknown; text: string }[] };
    point.whyHere = [{ when: { q: 'rare-disease', is: 'yes' }, text: 'It matters for {disease}.' }];
    const result = parseContent(r);
    const errors = result.ok ? '' : result.errors.join('\n');
    expect(errors).toMatch(`point "${point.id}": whyHere needs a line without "when"`);
    expect(errors).toMatch('unknown placeholder {disease}');
  });

  it('reports a cross-cutting rule that names no consideration', () => {
    const r = raw();
    const rule = r.collections.rules.find((x) => (x as { id: string }).id === 'academic-return-and-report') as {
      effects: { considerations?: string[] };
    };
    delete rule.effects.considerations;
    const result = parseContent(r);
    expect(!result.ok && result.errors.join('\n')).toMatch(
      'rule "academic-return-and-report" rests only on cross-cutting answers, so it must name a consideration',
    );
  });

  it('reports an unused reference', () => {
    const r = raw();
    r.collections.references.push({
      id: 'orphan-ref',
      title: 'Unused',
      publisher: 'Nobody',
      year: 2020,
      url: 'https://example.org/x',
      kind: 'report',
      status: 'final',
      publisherShort: 'Nobody',
    });
    r.sources.references.push('references/extra.yaml');
    const result = parseContent(r);
    expect(!result.ok && result.errors).toContain('reference "orphan-ref" is not cited anywhere');
  });

  it('reports invalid YAML with the file name', () => {
    const result = loadContentDir(join(import.meta.dirname, '..', 'fixtures', 'content-bad-yaml'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/phases\.yaml: not valid YAML/);
  });
});
