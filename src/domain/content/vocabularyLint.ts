import type { Content } from './schema';
import type { Answers } from '../answers';
import { buildPlan } from '../engine/buildPlan';
import { planTexts } from '../plan/planText';
import { termPattern } from '../plan/contextWords';

export { termPattern };

const PRODUCTS = [
  'medicine',
  'vaccine',
  'gene-cell-therapy',
  'device',
  'digital-therapeutic',
  'diagnostic',
  'non-product',
];
const POPULATIONS = [['none'], ['children', 'carers'], ['older-adults'], ['cognitive-impairment'], ['mental-health']];
const REGIONS = [['us'], ['eu'], ['uk'], ['ca']];
const STAGES = ['idea', 'confirmatory'];

/** Non-product research is observational or pragmatic; device studies are often single-arm. */
function studyType(product: string, n: number): string {
  if (product === 'non-product') return n % 2 ? 'observational' : 'pragmatic-trial';
  if (product === 'device' || product === 'diagnostic') return n % 2 ? 'single-arm' : 'randomised-trial';
  return n % 4 === 1 ? 'single-arm' : 'randomised-trial';
}

/**
 * Representative programmes: every product type × population × single region × an early and a
 * late stage, each with every purpose so that most rules fire, plus the example plans.
 */
export function representativeAnswers(c: Pick<Content, 'examples'>): { label: string; answers: Answers }[] {
  const out: { label: string; answers: Answers }[] = [];
  let n = 0;
  for (const product of PRODUCTS)
    for (const populations of POPULATIONS)
      for (const regions of REGIONS)
        for (const stage of STAGES) {
          n += 1;
          out.push({
            label: `${product}, ${populations.join('+')}, ${regions.join('+')}, ${stage}`,
            answers: {
              'planner-type': product === 'non-product' ? 'academic' : 'industry',
              'product-type': product,
              'study-type': studyType(product, n),
              'therapeutic-area': n % 3 === 0 ? 'mental-health' : 'neurology',
              'rare-disease': n % 2 ? 'yes' : 'no',
              populations,
              'development-stage': stage,
              regions,
              'ped-purposes': [
                'unmet-need',
                'priorities',
                'endpoints',
                'protocol-feasibility',
                'recruitment-retention',
                'benefit-risk',
                'regulatory-submission',
                'hta-access',
                'labelling',
                'post-marketing',
              ],
            },
          });
        }
  for (const x of c.examples) out.push({ label: `example "${x.id}"`, answers: x.answers });
  return out;
}

/**
 * Builds the plan of each representative programme and reports every text that uses a term of a
 * context those answers exclude ("assent" in an adult-only plan, "package leaflet" for a device).
 */
export function lintVocabulary(c: Content, programmes = representativeAnswers(c)): string[] {
  const patterns = c.contexts.map((x) => ({ id: x.id, terms: x.terms.map((t) => [t, termPattern(t)] as const) }));
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const { label, answers } of programmes) {
    const plan = buildPlan(c, { answers });
    const active = new Set(plan.contexts);
    const excluded = patterns.filter((p) => !active.has(p.id));
    for (const { where, text } of planTexts(plan, c))
      for (const ctx of excluded)
        for (const [term, pattern] of ctx.terms) {
          if (!pattern.test(text)) continue;
          const key = `${where}|${term}`;
          if (seen.has(key)) continue;
          seen.add(key);
          errors.push(
            `vocabulary: ${where} says "${term}" (context "${ctx.id}") in a plan where it does not hold (${label})`,
          );
        }
  }
  return errors;
}
