/** The one-page poster, read back as a PDF viewer shows it: one landscape page, every card, big type. */
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { renderPosterPdf } from '../../src/features/export-pdf/poster';
import { readFonts } from '../../src/cli/fonts';
import { collapse, readPdf } from '../support/pdf';
import { realContent } from './realContent';
import { exampleDocuments, NOW } from '../fixtures/pdf/documents';

const content = realContent();
const fonts = readFonts();
/** A3 and A4 landscape, in points. */
const PAGE = { a3: [1190.55, 841.89], a4: [841.89, 595.28] } as const;

describe('poster', () => {
  for (const doc of exampleDocuments(content))
    it(`puts every card of “${doc.name}” on one A3 page, titles at 8 pt or more`, async () => {
      const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
      const { doc: pdf } = renderPosterPdf(jsPDF, { plan, content, document: doc, size: 'a3', fonts, now: NOW });
      const report = await readPdf(new Uint8Array(pdf.output('arraybuffer')));
      expect(report.problems).toEqual([]);
      expect(report.pages).toHaveLength(1);
      const page = report.pages[0]!;
      expect([page.width, page.height].map((n) => Math.round(n))).toEqual(PAGE.a3.map((n) => Math.round(n)));
      const titles = plan.phases.flatMap((p) => p.items.map((i) => collapse(i.title)));
      expect(titles.filter((t) => !page.flat.includes(t))).toEqual([]);
      const smallest = Math.min(
        ...page.lines.filter((l) => titles.some((t) => t.startsWith(l.text))).map((l) => l.size),
      );
      expect(smallest).toBeGreaterThanOrEqual(8);
    });

  for (const size of ['a3', 'a4'] as const)
    it(`never prints one line of text over another (${size.toUpperCase()}, every example)`, async () => {
      for (const doc of exampleDocuments(content)) {
        const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
        const { doc: pdf } = renderPosterPdf(jsPDF, { plan, content, document: doc, size, fonts, now: NOW });
        const lines = (await readPdf(new Uint8Array(pdf.output('arraybuffer')))).pages[0]!.lines;
        const clashes: string[] = [];
        lines.forEach((a, i) =>
          lines.slice(i + 1).forEach((b) => {
            // A line's box runs from the font's ascent to its descent, a little taller than the line
            // spacing; boxes that share more than a third of the smaller type's size down are printed
            // over each other.
            const across = Math.min(a.xMax, b.xMax) - Math.max(a.x, b.x);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (across > 0.5 && down > Math.min(a.size, b.size) / 3) clashes.push(`“${a.text}” / “${b.text}”`);
          }),
        );
        expect(clashes, `overlapping lines on the ${size} poster of “${doc.name}”`).toEqual([]);
      }
    });

  it('is A4 landscape when asked', async () => {
    const doc = exampleDocuments(content)[0]!;
    const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
    const { doc: pdf } = renderPosterPdf(jsPDF, { plan, content, document: doc, size: 'a4', fonts, now: NOW });
    const report = await readPdf(new Uint8Array(pdf.output('arraybuffer')));
    expect(report.pages).toHaveLength(1);
    expect(Math.round(report.pages[0]!.width)).toBe(Math.round(PAGE.a4[0]));
  });
});
