/**
 * The full PDF shows what differs in each region the programme works in, after the
 * considerations, with citations that take the publisher's short name from the reference data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
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

async function renderExample(id: string, considerations = true) {
  const document = exampleDocuments(content).find((d) => d.exampleId === id)!;
  const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  const options = { ...DEFAULT_PDF_OPTIONS, sections: { ...DEFAULT_PDF_OPTIONS.sections, considerations } };
  const doc = renderPlanPdf(jsPDF, { plan, content, document, options, fonts, now: NOW });
  return readPdf(new Uint8Array(doc.output('arraybuffer')));
}

describe('region notes in the full PDF', { timeout: 120_000 }, () => {
  it('shows the notes of the plan regions (UK only) between the considerations and the checklist', async () => {
    const r = await renderExample('low-budget-academic');
    const flat = r.flat;
    const at = flat.indexOf('What differs where you work');
    expect(at).toBeGreaterThan(flat.indexOf('Considerations'));
    expect(at).toBeLessThan(flat.lastIndexOf('Quality checklist'));
    expect(flat).toContain('United Kingdom');
    expect(flat).toContain(collapse('to between £13.80 and £495'));
    // The amended UK clinical trials regulations cover trials of medicines: this study has no
    // product, so the sentence on them is left out with its source.
    expect(flat).not.toContain(collapse('From 28 April 2026 the amended UK clinical trials regulations'));
    expect(flat).toContain(collapse('Payment follows the NIHR payment guidance'));
    expect(flat).not.toContain('Diversity action plans: FDORA');
    expect(flat).toMatch(/\[\d+\] HRA, 2025/);
  });

  it('leaves the region notes out when the considerations section is off', async () => {
    const r = await renderExample('low-budget-academic', false);
    expect(r.flat).not.toContain('What differs where you work');
  });
});
