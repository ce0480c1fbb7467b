/**
 * Sources from another context must never reach a plan (engagement-lead review): no FDA device or
 * PRO-labelling guidance in a UK-only or Canada-only academic study with no product, no dementia
 * paper in a paediatric plan where no adult may lack capacity, and no EMA warning in the partner
 * guide of a UK-only plan. Each test reads what a user reads: the titles and publishers of the
 * sources on screen (points, methods, considerations, region notes, starter metrics), the full PDF
 * and the Word outline, and the partner guide's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { starterMetrics } from '../../src/domain/engine/starterMetrics';
import { planRegions } from '../../src/domain/plan/regions';
import type { Plan } from '../../src/domain/plan/types';
import type { Answers } from '../../src/domain/answers';
import type { Content } from '../../src/domain/content/schema';
import { newDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPartnerGuide } from '../../src/domain/partner/guide';
import { engagementPlanOutline } from '../../src/domain/export/outline';
import { outlineMarkdown } from '../../src/domain/export/markdown';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import {
  lintSources,
  referencesOutOfContext,
  regionBoundWithoutAppliesTo,
  textsNamingSourcesOutOfContext,
} from '../../src/domain/content/sourceLint';
import { readPdf } from '../support/pdf';
import { NOW } from '../fixtures/pdf/documents';
import { realContent } from './realContent';

const content = realContent();
const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
  bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
};

const PURPOSES = ['unmet-need', 'priorities', 'endpoints', 'protocol-feasibility', 'recruitment-retention'];

/** A pragmatic trial of a physiotherapy programme run by a university, in one region. */
const academic = (regions: string[], funder: string): Answers => ({
  'planner-type': 'academic',
  funder,
  'product-type': 'non-product',
  'study-type': 'pragmatic-trial',
  'therapeutic-area': 'neurology',
  'rare-disease': 'no',
  populations: ['older-adults', 'carers'],
  'development-stage': 'idea',
  regions,
  'ped-purposes': PURPOSES,
});

const UK_ACADEMIC = academic(['uk'], 'nihr');
const CANADA_ACADEMIC = academic(['ca'], 'cihr-spor');

/** A medicine trial in teenagers in the EU: no adult in it may lack capacity to consent. */
const PAEDIATRIC: Answers = {
  'planner-type': 'industry',
  funder: 'industry',
  'product-type': 'medicine',
  'study-type': 'randomised-trial',
  'therapeutic-area': 'immunology',
  'rare-disease': 'no',
  populations: ['children', 'adolescents', 'carers'],
  'development-stage': 'confirmatory',
  regions: ['eu'],
  'ped-purposes': [...PURPOSES, 'benefit-risk', 'regulatory-submission', 'labelling'],
};

// Written out by hand, as the reader sees them: the sources the reviewer found in the wrong plans.
const FDA_PRO_LABELLING =
  'Patient-Reported Outcome Measures: Use in Medical Product Development to Support Labeling Claims';
const FDA_PPI_DEVICES = 'Patient Preference Information – Voluntary Submission';
const FDA_PPI_TPLC = 'Incorporating Voluntary Patient Preference Information over the Total Product Life Cycle';
const FDA_HUMAN_FACTORS = 'Applying Human Factors and Usability Engineering to Medical Devices';
const DEMENTIA_PAPER = 'Participatory research: a method for process consent with persons who have dementia';
const MENTAL_CAPACITY_ACT = 'Mental Capacity Act 2005';
const FDA = 'U.S. Food and Drug Administration';
const EMA = 'European Medicines Agency';

function document(answers: Answers): PlanDocument {
  return {
    ...newDocument({ id: 'p', name: 'Plan', contentVersion: content.meta.version, now: NOW.toISOString() }),
    answers,
  };
}

/** "Title (publisher)" of every source the plan screen shows, by where it is shown. */
function screenSources(c: Content, plan: Plan): { where: string; source: string }[] {
  const byId = new Map(c.references.map((r) => [r.id, r]));
  const out: { where: string; source: string }[] = [];
  const add = (where: string, ids: readonly string[]) => {
    for (const id of ids) {
      const r = byId.get(id);
      if (r) out.push({ where, source: `${r.title} (${r.publisher})` });
    }
  };
  for (const p of plan.phases)
    for (const i of p.items) {
      add(`point ${i.id}`, i.references);
      for (const m of i.methods) add(`point ${i.id} method ${m.method.id}`, m.method.references);
    }
  for (const x of plan.considerations) add(`consideration ${x.consideration.id}`, x.consideration.references);
  for (const r of planRegions(c, plan)) add(`region ${r.id}`, r.references);
  for (const s of starterMetrics(plan, c)) add(`starter metric ${s.metric.id}`, s.metric.references);
  return out;
}

async function pdfText(answers: Answers): Promise<string> {
  const plan = buildPlan(content, { answers });
  const doc = renderPlanPdf(jsPDF, {
    plan,
    content,
    document: document(answers),
    options: DEFAULT_PDF_OPTIONS,
    fonts,
    now: NOW,
  });
  return (await readPdf(new Uint8Array(doc.output('arraybuffer')))).flat;
}

const wordText = (answers: Answers) =>
  outlineMarkdown(
    engagementPlanOutline({
      plan: buildPlan(content, { answers }),
      content,
      document: document(answers),
      dateText: (d) => String(d),
    }),
  );

describe('sources from another context are never shown', { timeout: 120_000 }, () => {
  it.each([
    ['a UK-only academic study with no product', UK_ACADEMIC],
    ['a Canada-only academic study with no product', CANADA_ACADEMIC],
  ])('%s cites no FDA or EMA source on screen', (_, answers) => {
    const shown = screenSources(content, buildPlan(content, { answers }));
    expect(shown.length).toBeGreaterThan(0);
    const foreign = shown.filter(({ source }) =>
      [FDA_PRO_LABELLING, FDA_PPI_DEVICES, FDA_PPI_TPLC, FDA_HUMAN_FACTORS, FDA, EMA].some((s) => source.includes(s)),
    );
    expect(foreign).toEqual([]);
  });

  it('a Canada-only academic study cites no UK body either', () => {
    const shown = screenSources(content, buildPlan(content, { answers: CANADA_ACADEMIC }));
    const uk = shown.filter(({ source }) =>
      /National Institute for Health and Care (Research|Excellence)|UK Parliament|MHRA/.test(source),
    );
    expect(uk).toEqual([]);
  });

  it.each([
    ['UK', UK_ACADEMIC],
    ['Canada', CANADA_ACADEMIC],
  ])('the full PDF and the Word file of the %s academic study cite no FDA or EMA source', async (_, answers) => {
    // A reference list entry reads "Title. Publisher, 2018. URL"; a citation next to a point
    // reads "[3] FDA, 2020". The glossary may still explain what the FDA and the EMA are.
    const pdf = await pdfText(answers);
    expect(pdf).toMatch(/References \[1\] /);
    expect(pdf).not.toMatch(/Food and Drug Administration[^.]*, (19|20)\d\d\./);
    expect(pdf).not.toMatch(/European Medicines Agency[^.]*, (19|20)\d\d\./);
    expect(pdf).not.toMatch(/\b(FDA|EMA), (19|20)\d\d/);
    for (const title of [FDA_PRO_LABELLING, FDA_PPI_TPLC, FDA_HUMAN_FACTORS]) expect(pdf).not.toContain(title);
    const word = wordText(answers);
    expect(word).toContain('## References');
    for (const s of [FDA, EMA]) expect(word).not.toContain(s);
  });

  it('a paediatric plan with no cognitive impairment cites no dementia or capacity source', async () => {
    const plan = buildPlan(content, { answers: PAEDIATRIC });
    const safeguarding = plan.considerations.find((x) => x.consideration.id === 'safeguarding');
    expect(safeguarding).toBeDefined();
    const shown = screenSources(content, plan).map((s) => s.source);
    expect(shown.some((s) => s.startsWith(DEMENTIA_PAPER))).toBe(false);
    expect(shown.some((s) => s.startsWith(MENTAL_CAPACITY_ACT))).toBe(false);
    const pdf = await pdfText(PAEDIATRIC);
    expect(pdf).not.toContain('persons who have dementia');
    expect(pdf).not.toContain(MENTAL_CAPACITY_ACT);
  });

  it('the partner guide of a UK-only plan says nothing of the EMA', () => {
    const plan = buildPlan(content, { answers: UK_ACADEMIC });
    const guide = buildPartnerGuide(content, plan, document(UK_ACADEMIC));
    const text = JSON.stringify(guide);
    expect(text).not.toMatch(/\bEMA\b|European Medicines Agency/);
    // The warning that advising a company may limit later roles stays, in neutral words.
    expect(guide.sections.map((s) => s.heading)).toContain('Other roles you may want later');
  });
});

describe('the content check catches sources out of context', () => {
  it('passes on the real knowledge base', () => {
    expect(lintSources(content)).toEqual([]);
  });

  it('reports a source the engine would leave out if a plan showed it anyway', () => {
    // Planted in the plan, as a regression in the engine would: the FDA PRO-labelling guidance on
    // the payment consideration of a UK-only academic plan.
    const build = (answers: Answers) => {
      const plan = buildPlan(content, { answers });
      plan.considerations.find((x) => x.consideration.id === 'payment')!.consideration.references.push('fda-pro-2009');
      return plan;
    };
    const programmes = [{ label: 'UK academic', answers: UK_ACADEMIC }];
    expect(referencesOutOfContext(content, programmes)).toEqual([]);
    const problems = referencesOutOfContext(content, programmes, build);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sources: consideration "payment" cites "fda-pro-2009" \(Patient-Reported Outcome/);
    expect(problems[0]).toContain('(UK academic)');
  });

  it('never shows a planted source whose appliesTo excludes the plan', () => {
    const c = realContent();
    c.references.push({
      id: 'planted-fda-guidance',
      title: 'A planted US-only guidance',
      publisher: 'U.S. Food and Drug Administration',
      publisherShort: 'FDA',
      year: 2024,
      url: 'https://example.org/planted',
      kind: 'guidance',
      status: 'final',
      appliesTo: { context: 'us' },
    });
    c.considerations.find((x) => x.id === 'payment')!.references.push('planted-fda-guidance');
    for (const m of c.metrics) m.references.push('planted-fda-guidance');
    for (const r of c.regions) r.references.push('planted-fda-guidance');
    const uk = screenSources(c, buildPlan(c, { answers: UK_ACADEMIC })).map((s) => s.source);
    expect(uk.filter((s) => s.startsWith('A planted US-only guidance'))).toEqual([]);
    const us = screenSources(c, buildPlan(c, { answers: academic(['us'], 'charity') })).map((s) => s.source);
    expect(us.filter((s) => s.startsWith('A planted US-only guidance')).length).toBeGreaterThan(0);
  });

  it('reports a text that names a source that does not apply in the plan', () => {
    const c = realContent();
    const point = c.points.find((p) => p.id === 'ps-unmet-need')!;
    point.whyItMatters += ' FDA PFDD guidance 1 asks for a representative sample.';
    const problems = textsNamingSourcesOutOfContext(c, [{ label: 'UK academic', answers: UK_ACADEMIC }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^sources: point "ps-unmet-need" names "fda-pfdd-g1", which does not apply in this plan \(UK academic\)/,
    );
  });

  it('reports a source from a region-bound issuer with no appliesTo', () => {
    const c = realContent();
    c.references.push({
      id: 'planted-nice-guidance',
      title: 'A planted guidance with no appliesTo',
      publisher: 'National Institute for Health and Care Excellence',
      publisherShort: 'NICE',
      year: 2024,
      url: 'https://example.org/planted-nice',
      kind: 'guidance',
      status: 'final',
    });
    expect(regionBoundWithoutAppliesTo(c)).toEqual([
      'reference "planted-nice-guidance": comes from NICE, a region-bound issuer, but has no appliesTo',
    ]);
  });
});
