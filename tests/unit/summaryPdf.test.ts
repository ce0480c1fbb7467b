/**
 * The executive summary PDF, read back as a viewer shows it: at most three pages for every example,
 * the programme and purpose first, each essential point numbered, an action table with the owner,
 * date and status the team set, and a budget table whose total is the plan's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { exampleDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { collapse, readPdf, type PdfReport } from '../support/pdf';
import { realContent } from './realContent';

const content = realContent();
const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};
const NOW = new Date('2026-12-02T10:00:00Z');

async function summaryOf(doc: PlanDocument) {
  const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
  const pdf = renderPlanPdf(jsPDF, {
    plan,
    content,
    document: doc,
    options: { ...DEFAULT_PDF_OPTIONS, audience: 'summary' },
    fonts,
    now: NOW,
  });
  return { plan, report: await readPdf(new Uint8Array(pdf.output('arraybuffer'))) };
}
const pageOf = (r: PdfReport, text: string) => r.pages.find((p) => p.flat.includes(text))?.number;

describe('executive summary PDF', () => {
  it.each(content.examples.map((x) => x.id))('%s fits in two or three pages', async (id) => {
    const { plan, report } = await summaryOf(exampleDocument(content, id, NOW.toISOString()));
    expect(report.problems).toEqual([]);
    expect(report.pages.length).toBeGreaterThanOrEqual(2);
    expect(report.pages.length).toBeLessThanOrEqual(3);
    expect(report.info.Title).toMatch(/: executive summary$/);
    const essentials = plan.phases.flatMap((p) => p.items).filter((i) => i.priority === 'essential');
    expect(essentials.length).toBeGreaterThan(0);
    for (const [n, item] of essentials.entries()) expect(report.flat).toContain(collapse(`${n + 1}. ${item.title}`));
    expect(pageOf(report, 'Top priorities')).toBe(1);
    expect(report.flat).toContain('Engagement point Priority Owner Target date Status');
  });

  it('shows the owner, date and status the team set, and the plan’s total', async () => {
    const base = exampleDocument(content, 'oncology-hta', NOW.toISOString());
    const doc: PlanDocument = {
      ...base,
      edits: {
        ...base.edits,
        points: { 'hta-scoping': { owner: 'Market access lead', targetDate: '2027-04-30', status: 'in-progress' } },
      },
    };
    const { report } = await summaryOf(doc);
    const row = report.pages
      .flatMap((p) => p.lines)
      .find((l) => l.text.startsWith('Patient input to HTA scoping (PICO)'));
    expect(row?.text).toBe(
      'Patient input to HTA scoping (PICO) Essential Market access lead 30 April 2027 In progress',
    );
    expect(report.flat).toContain('Total estimate €142,275');
    expect(report.flat).toContain(
      'Key milestones 30 April 2027 Patient input to HTA scoping (PICO) 1 December 2027 Programme milestone',
    );
    expect(report.flat).toContain('Purpose Choose outcomes and endpoints that matter to patients');
  });
});

describe('executive summary PDF over budget', () => {
  it('lists the lean version’s changes it refers to, largest saving first', async () => {
    // A modest academic budget with a costly plan: the lean version has several changes.
    const base = exampleDocument(content, 'older-adults', NOW.toISOString());
    const doc = { ...base, answers: { ...base.answers, budget: 'modest' } };
    const { plan, report } = await summaryOf(doc);
    const lean = plan.summary.budget.lean;
    expect(lean?.steps.length ?? 0).toBeGreaterThan(1);
    const flat = report.pages.map((p) => p.flat).join(' ');
    expect(flat).toMatch(/with the \d+ changes? below/);
    const shown = lean!.steps.slice(0, 5);
    for (const step of shown) expect(flat).toContain(collapse(step.text).slice(0, 60));
    expect(report.pages.length).toBeLessThanOrEqual(3);
  });
});
