/**
 * Each point's "why" names what in this programme makes it matter (content/points/*.yaml `whyHere`,
 * with the answer words of content/scoring.yaml `why.words`), and cross-cutting reasons (who plans,
 * access needs) are given once, in the considerations, not on every point they touch. The expected
 * sentences are written out by hand from the YAML and the fixture's answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { newDocument } from '../../src/domain/document/create';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { NOW } from '../fixtures/pdf/documents';
import { readPdf } from '../support/pdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Answers } from '../../src/domain/answers';
import type { Plan, PlanItem } from '../../src/domain/plan/types';
import { SCENARIOS } from '../fixtures/scenarios';
import { realContent } from './realContent';

const content = realContent();
const scenario = (id: string) => SCENARIOS.find((s) => s.id === id)!.answers;
const items = (plan: Plan): PlanItem[] => plan.phases.flatMap((p) => p.items);
/** The point's own why: its first reason (set-up and catch-up notes come after it). */
const why = (plan: Plan, pointId: string) => items(plan).find((i) => i.id === pointId)?.reasons[0]?.text;

describe('answer-specific reasons in three fixtures', () => {
  it('an EU phase 3 oncology medicine names its trial, its condition and its region', () => {
    const plan = buildPlan(content, { answers: scenario('oncology-medicine-eu-phase-3') });
    expect(why(plan, 'td-endpoints')).toBe(
      'The endpoints chosen now decide whether your randomised trial shows what matters to people with cancer.',
    );
    expect(why(plan, 'td-diversity-plan')).toBe(
      'The people in your randomised trial should look like the people in the EU who live with cancer.',
    );
    expect(why(plan, 'hta-patient-submission')).toBe(
      'Patient groups for cancer in the EU can tell assessors what your medicine would change in daily life.',
    );
    const endpoints = items(plan).find((i) => i.id === 'td-endpoints')!;
    expect(endpoints.reasons[0]!.answers).toEqual([
      'Study type: A randomised controlled trial',
      'Therapeutic area: Cancer',
    ]);
  });

  it('a UK academic registry reuses the published priorities and reaches the groups it named', () => {
    const plan = buildPlan(content, { answers: scenario('academic-registry-nihr-uk') });
    expect(why(plan, 'ps-research-priorities')).toBe(
      'Published research priorities exist, so start from them instead of a new exercise. Research on a lung condition should answer the questions patients and carers rank first.',
    );
    expect(why(plan, 'disc-natural-history')).toBe(
      'A registry of a lung condition gives later studies a starting point that patients helped define.',
    );
    expect(why(plan, 'td-diversity-plan')).toBe(
      'You named groups research often leaves out, so the plan must say how your observational study will reach them. The people in your observational study should look like the people in the UK who live with a lung condition.',
    );
  });

  it('a Canadian dementia programme speaks to capacity and consent', () => {
    const plan = buildPlan(content, { answers: scenario('dementia-capacity-canada') });
    expect(why(plan, 'ec-consent-materials')).toBe(
      'Some people may not be able to decide alone, so consent must work for them and those who support them. People deciding whether to join the study of your medicine need consent information they can follow.',
    );
    expect(why(plan, 'ps-dementia-process-consent')).toBe(
      'You named people with memory or thinking problems, so their consent to take part is checked again at each session.',
    );
    expect(why(plan, 'hta-patient-submission')).toBe(
      'Patient groups for a condition of the brain or nerves in Canada can tell assessors what your medicine would change in daily life.',
    );
  });

  it('uses the condition as the team typed it', () => {
    const plan = buildPlan(content, { answers: scenario('orphan-medicine-eu-before-2028') });
    expect(why(plan, 'reg-benefit-risk')).toBe(
      'Regulators in the EU weigh the benefits and risks of your medicine, and people with Fabry disease weigh them every day.',
    );
  });
});

describe('a "why here" line with a condition', () => {
  const base: Answers = { 'product-type': 'non-product', 'therapeutic-area': 'respiratory' };
  it('fires for the answers that trigger it', () => {
    const plan = buildPlan(content, { answers: { ...base, 'existing-evidence': ['published-priorities'] } });
    expect(why(plan, 'ps-research-priorities')).toMatch(/^Published research priorities exist/);
  });
  it('stays out for other answers, leaving the line that always applies', () => {
    const plan = buildPlan(content, { answers: { ...base, 'existing-evidence': ['core-outcome-set'] } });
    expect(why(plan, 'ps-research-priorities')).toBe(
      'Research on a lung condition should answer the questions patients and carers rank first.',
    );
  });
});

const plans: [string, Answers][] = [
  ...SCENARIOS.map((s) => [`scenario ${s.id}`, s.answers] as [string, Answers]),
  ...content.examples.map((x) => [`example ${x.id}`, x.answers] as [string, Answers]),
];

describe.each(plans)('%s', (_label, answers) => {
  const plan = buildPlan(content, { answers });
  const recommended = items(plan).filter((i) => i.kind === 'recommended');

  it('gives every point a why of its own', () => {
    const own = recommended.map((i) => i.reasons[0]?.text ?? '');
    expect(own.every((t) => t.length > 0)).toBe(true);
    expect(new Set(own).size).toBe(own.length);
    const whole = recommended.map((i) => i.reasons.map((r) => r.text).join(' '));
    expect(new Set(whole).size).toBe(whole.length);
  });

  it('no longer says "a programme like yours" or leaves a placeholder unfilled', () => {
    for (const item of recommended)
      for (const r of item.reasons) {
        expect(r.text).not.toMatch(/programme like yours|by default for/i);
        expect(r.text).not.toMatch(/[{}]/);
      }
  });
});

describe('cross-cutting reasons appear once', () => {
  // Written out from content/rules/people.yaml (academic-return-and-report) and resources.yaml (access-needs-known).
  const academic = /^A public or academic team is planning/;
  const access = /^Your partners have known access needs/;

  it('who plans the work: in the considerations, on no point, and the point is still raised', () => {
    const plan = buildPlan(content, { answers: scenario('academic-registry-nihr-uk') });
    const onPoints = items(plan)
      .flatMap((i) => i.reasons)
      .filter((r) => academic.test(r.text));
    expect(onPoints).toEqual([]);
    const inConsiderations = plan.considerations.flatMap((c) => c.reasons).filter((r) => academic.test(r.text));
    expect(inConsiderations).toHaveLength(1);
    expect(items(plan).find((i) => i.id === 'diss-publication')?.planWideRules).toContain('academic-return-and-report');
  });

  it('access needs: in the considerations, on no point', () => {
    const answers = { ...scenario('oncology-medicine-eu-phase-3'), 'accessibility-needs': ['mobility', 'sensory'] };
    const plan = buildPlan(content, { answers });
    const all = [...items(plan).flatMap((i) => i.reasons), ...plan.considerations.flatMap((c) => c.reasons)];
    const hits = all.filter((r) => r.ruleId === 'access-needs-known');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toMatch(access);
    expect(plan.considerations.find((c) => c.consideration.id === 'accessibility')?.reasons).toContain(hits[0]);
  });

  it('a rule that rests on other answers still gives its reason on each point it changes', () => {
    // purpose-endpoints rests on the purposes: it is not cross-cutting and stays on its points.
    const plan = buildPlan(content, { answers: scenario('oncology-medicine-eu-phase-3') });
    const touched = items(plan).filter((i) => i.reasons.some((r) => r.ruleId === 'purpose-endpoints'));
    expect(touched.map((i) => i.id).sort()).toEqual(
      ['disc-outcomes-that-matter', 'pre-coa-strategy', 'tc-exit-interviews', 'td-endpoints'].sort(),
    );
  });
});

describe('the full PDF', () => {
  it("prints each point's why, naming the programme", async () => {
    const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
    const fonts = {
      regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
      bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
    };
    const answers = scenario('oncology-medicine-eu-phase-3');
    const plan = buildPlan(content, { answers });
    const document = newDocument({ id: 'x', name: 'x', contentVersion: content.meta.version, now: NOW.toISOString() });
    document.answers = answers;
    const doc = renderPlanPdf(jsPDF, { plan, content, document, options: DEFAULT_PDF_OPTIONS, fonts, now: NOW });
    const text = (await readPdf(new Uint8Array(doc.output('arraybuffer')))).flat.replace(/\s+/g, ' ');
    expect(text).toContain(
      'The endpoints chosen now decide whether your randomised trial shows what matters to people with cancer.',
    );
    expect(text).toContain(
      'Patient groups for cancer in the EU can tell assessors what your medicine would change in daily life.',
    );
    expect(text).not.toMatch(/programme like yours/);
  });
});
