/**
 * Scenario fixtures (tests/fixtures/scenarios): for each programme, the points and priorities its
 * plan must and must not hold, and words from other contexts that must appear nowhere: not in the
 * plan text the screen shows. Both PDFs (rendered in Node, read back with pdfjs-dist) carry the summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { newDocument } from '../../src/domain/document/create';
import { planTexts } from '../../src/domain/plan/planText';
import { termPattern } from '../../src/domain/content/vocabularyLint';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { SCENARIOS } from '../fixtures/scenarios';
import { NOW } from '../fixtures/pdf/documents';
import { realContent } from './realContent';
import { readPdf } from '../support/pdf';

const content = realContent();
const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};

/** Each place a word appears in a PDF's text, with a little of the text around it. */
function pdfContext(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => text.slice(Math.max(0, m.index - 60), m.index + 60));
}

it('covers at least 12 programmes', () => {
  expect(SCENARIOS.length).toBeGreaterThanOrEqual(12);
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (id, scenario) => {
  const plan = buildPlan(content, { answers: scenario.answers });
  const items = plan.phases.flatMap((p) => p.items);
  const pdfText = async (audience: 'team' | 'partner') => {
    const document = { ...newDocument({ id, name: id, contentVersion: content.meta.version, now: NOW.toISOString() }) };
    document.answers = scenario.answers;
    const doc = renderPlanPdf(jsPDF, {
      plan,
      content,
      document,
      options: { ...DEFAULT_PDF_OPTIONS, audience },
      fonts,
      now: NOW,
    });
    return (await readPdf(new Uint8Array(doc.output('arraybuffer')))).flat;
  };

  it('holds the points it must, at the priority, wording and place it must', () => {
    for (const want of scenario.present) {
      const item = items.find((i) => i.id === want.point);
      expect(item, `${want.point} missing`).toBeDefined();
      if (want.priority) expect(item!.priority, want.point).toBe(want.priority);
      if (want.title) expect(item!.title, want.point).toBe(want.title);
      if (want.carried) expect(item!.carried?.kind, want.point).toBe(want.carried);
    }
  });

  it('keeps at most 8 essentials under the default cap', () => {
    expect(items.filter((i) => i.priority === 'essential').length).toBeLessThanOrEqual(8);
  });

  it('leaves out the points it must not hold', () => {
    for (const point of scenario.absent)
      expect(
        items.map((i) => i.id),
        point,
      ).not.toContain(point);
  });

  it('uses no words from another context on screen, and both PDFs carry the programme summary', async () => {
    const screen = planTexts(plan, content);
    const team = await pdfText('team');
    const partner = await pdfText('partner');
    for (const word of scenario.forbidden) {
      const pattern = termPattern(word);
      const where = screen.filter((t) => pattern.test(t.text)).map((t) => t.where);
      expect(where, `"${word}" on screen`).toEqual([]);
      expect(pdfContext(team, pattern), `"${word}" in the full PDF`).toEqual([]);
      expect(pdfContext(partner, pattern), `"${word}" in the partner PDF`).toEqual([]);
    }
    // The programme summary the team typed is at the top of the screen and in both PDFs.
    const summary = String(scenario.answers['programme-summary']);
    expect(plan.summary.programme.summary).toBe(summary);
    expect(team).toContain(summary);
    expect(partner).toContain(summary);
  }, 60_000);

  it('gives every point a why that names this programme, and sources', () => {
    for (const item of items) {
      expect(
        item.reasons.some((r) => r.answers.length > 0),
        item.id,
      ).toBe(true);
      expect(item.references.length, item.id).toBeGreaterThan(0);
    }
  });
});
