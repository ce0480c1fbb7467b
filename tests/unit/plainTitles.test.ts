import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { fleschKincaidGrade } from '../../src/domain/text/readability';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { plainPromise, plainTitle } from '../../src/domain/plan/plainWords';
import { checkIntegrity } from '../../src/domain/content/integrity';

/** Words a patient partner should not meet in a title: acronyms and professional terms. */
const JARGON =
  /\b(HTA|PICO|PED|PFDD|COA|PRO|TPP|DMC|RWE|dossier|package|scoping|protocol|endpoint|tolerability|formulation|pharmacovigilance|submission|stakeholder|dissemination|evaluation)\b/i;

describe('plain titles for patient partners', () => {
  const content = realContent();
  const titles = content.points.flatMap((p) => [
    { id: p.id, text: p.plainTitle },
    ...(p.variants ?? []).flatMap((v) => (v.plainTitle ? [{ id: `${p.id} (variant)`, text: v.plainTitle }] : [])),
  ]);

  it('every point has one, different from its professional title', () => {
    for (const p of content.points) {
      expect(p.plainTitle.trim(), p.id).not.toBe('');
      expect(p.plainTitle.toLowerCase(), p.id).not.toBe(p.title.toLowerCase());
    }
  });

  it('reads at grade 8 or below and uses no jargon', () => {
    for (const t of titles) {
      expect(fleschKincaidGrade(t.text), `${t.id}: ${t.text}`).toBeLessThanOrEqual(8);
      expect(t.text, t.id).not.toMatch(JARGON);
    }
  });

  it('says "HTA scoping (PICO)" in everyday words', () => {
    const scoping = content.points.find((p) => p.id === 'hta-scoping');
    expect(scoping?.title).toMatch(/PICO/);
    expect(scoping?.plainTitle).toBe('Help set what the review of value should look at');
  });

  it('follows the wording variant that applies to the programme', () => {
    const plan = buildPlan(content, {
      answers: { 'product-type': 'device', regions: ['eu'], 'ped-purposes': ['labelling'] },
    });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === 'reg-labelling');
    expect(item && plainTitle(item)).toBe('Test if the instructions for use are easy to follow');
  });

  it("keeps a team's own title for its own points", () => {
    expect(plainTitle({ title: 'Our café meeting' })).toBe('Our café meeting');
  });

  it('fails the content check when a variant changes the title without a plain title', () => {
    const broken = realContent();
    const point = broken.points.find((p) => p.variants?.some((v) => v.title));
    const variant = point?.variants?.find((v) => v.title);
    if (variant) delete variant.plainTitle;
    expect(checkIntegrity(broken).join('\n')).toMatch(/changes the title, so it needs a plainTitle/);
  });
});

describe("each engagement level's plain promise", () => {
  it('reaches the views for every level', () => {
    const content = realContent();
    expect(plainPromise(content, 'inform')).toMatch(/^We tell you what we plan and why\./);
    for (const l of content.levels) {
      const text = plainPromise(content, l.id);
      expect(text, l.id).toBeTruthy();
      expect(fleschKincaidGrade(text ?? ''), l.id).toBeLessThanOrEqual(8);
    }
  });
});
