/** The full PDF carries the method guide (purpose, participants and size, time, strengths, limits, access) and the starter metrics. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { starterMetrics } from '../../src/domain/engine/starterMetrics';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { collapse, readPdf } from '../support/pdf';
import { realContent } from './realContent';
import { exampleDocuments, NOW } from '../fixtures/pdf/documents';

const content = realContent();
const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};
const document = exampleDocuments(content).find((d) => d.answers['product-type'] === 'device')!;
const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });

async function read(audience: 'team' | 'partner') {
  const doc = renderPlanPdf(jsPDF, {
    plan,
    content,
    document,
    options: { ...DEFAULT_PDF_OPTIONS, audience },
    fonts,
    now: NOW,
  });
  return readPdf(new Uint8Array(doc.output('arraybuffer')));
}

describe('full PDF: method guide and starter metrics', () => {
  it('has a bookmarked method guide with each method’s details, on pages after the phases', async () => {
    const r = await read('team');
    expect(r.outline.map((o) => o.title)).toEqual(expect.arrayContaining(['Method guide', 'Starter metrics']));
    const guideAt = r.pages.findIndex((p) => p.lines.some((l) => l.text === 'Method guide'));
    const phasesAt = r.pages.findIndex((p) => p.flat.includes('Phase 1:') || /Phase \d+:/.test(p.flat));
    expect(guideAt).toBeGreaterThan(phasesAt);
    const method = plan.phases.flatMap((p) => p.items).find((i) => i.methods.length)!.methods[0]!.method;
    const guide = collapse(
      r.pages
        .slice(guideAt)
        .map((p) => p.text)
        .join('\n'),
    );
    expect(guide).toContain(method.name);
    expect(guide).toContain(collapse(method.purpose).slice(0, 60));
    expect(guide).toContain(collapse(method.accessibility).slice(0, 50));
    expect(guide).toContain(collapse(method.limits[0]!).slice(0, 40));
    expect(guide).toMatch(/Group size \d+( to \d+)? people/);
    expect(guide).toMatch(/Patient time About [\d.]+ hours? each/);
  });

  it('lists the starter metrics the engine offers, each with its PARADIGM component', async () => {
    const r = await read('team');
    const metrics = starterMetrics(plan, content);
    expect(metrics.length).toBeGreaterThanOrEqual(5);
    for (const m of metrics) expect(r.flat).toContain(m.metric.name);
    expect(r.flat).toContain('Input: ');
    expect(r.flat).toContain('Context: ');
  });

  it('keeps both out of the partner guide', async () => {
    const r = await read('partner');
    expect(r.flat).not.toContain('Method guide');
    expect(r.flat).not.toContain('Starter metrics');
  });
});
