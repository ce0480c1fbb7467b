import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { exampleDocument } from '../../src/domain/document/create';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { buildPartnerGuide, guideTexts } from '../../src/domain/partner/guide';
import { fleschKincaidGrade } from '../../src/domain/text/readability';

const content = realContent();
const guideFor = (
  id: string,
  change: (d: ReturnType<typeof exampleDocument>) => ReturnType<typeof exampleDocument> = (d) => d,
) => {
  const doc = change(exampleDocument(content, id, '2026-11-01T00:00:00.000Z'));
  const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
  return { plan, guide: buildPartnerGuide(content, plan, doc) };
};

describe('the partner guide', () => {
  it.each(content.examples.map((e) => e.id))('%s: only moments where partners act, each in plain words', (id) => {
    const { plan, guide } = guideFor(id);
    const all = plan.phases.flatMap((p) => p.items).length;
    const moments = guide.groups.flatMap((g) => g.moments);
    expect(moments.length).toBeGreaterThan(0);
    expect(moments.length).toBeLessThan(all);
    for (const m of moments) {
      expect(m.when).not.toMatch(/step \d/i);
      expect(m.title).not.toMatch(/PICO|dossier|HTA scoping/);
    }
    const grades = guideTexts(guide).map((t) => [t, fleschKincaidGrade(t)] as const);
    const worst = grades.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(worst[1]).toBeLessThanOrEqual(8);
  });
});
