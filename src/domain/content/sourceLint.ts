import type { Content, Reference } from './schema';
import type { Answers } from '../answers';
import type { Plan } from '../plan/types';
import { buildPlan } from '../engine/buildPlan';
import { viewAnswers } from '../questionnaire/visibility';
import { evaluate } from '../conditions';
import { fromOtherContext } from '../plan/contextWords';
import { planSources } from '../plan/sources';
import { planTexts } from '../plan/planText';
import { planRegions } from '../plan/regions';
import { referencesNamedIn } from './referenceChecks';
import { representativeAnswers } from './vocabularyLint';

/**
 * Issuers whose documents bind, or are written for, one region: a regulator, an HTA body, a
 * national funder or a region's law. A source from one of them says where it applies (`appliesTo`),
 * or it would be cited in plans for other regions. Matched as whole words on the short name a
 * reader sees next to each point ("FDA, 2020") and on the publisher's full name.
 */
export const REGION_BOUND_ISSUERS = [
  'FDA',
  'Food and Drug Administration',
  'US Congress',
  'United States Congress',
  'US law',
  'EMA',
  'European Medicines Agency',
  'Heads of Medicines Agencies',
  'EU',
  'European Commission',
  'EFPIA',
  'European Parliament',
  'NICE',
  'National Institute for Health and Care Excellence',
  'NIHR',
  'National Institute for Health and Care Research',
  'MHRA',
  'HRA',
  'Health Research Authority',
  'SMC',
  'Scottish Medicines Consortium',
  'UK law',
  'UK Parliament',
  'Scottish law',
  'Scottish Parliament',
  'CDA-AMC',
  "Canada's Drug Agency",
  'CIHR',
  'Canadian Institutes of Health Research',
  'Health Canada',
  'Government of Canada',
  'FNIGC',
  'PCORI',
  'Patient-Centered Outcomes Research Institute',
  'ICER',
  'National Health Council',
  'G-BA',
  'Gemeinsamer Bundesausschuss',
  'IQWiG',
  'HAS',
  'Haute Autorité de Santé',
  'PBS (Australia)',
  'Australian Government',
];

const issuerPatterns = REGION_BOUND_ISSUERS.map((name) => ({
  name,
  pattern: new RegExp(`(?<![A-Za-z-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z-])`),
}));

/**
 * Sources from a region-bound issuer written for use everywhere, with the reason. The MRC and NIHR
 * framework for complex interventions is the standard reference for such studies worldwide.
 */
export const WORLDWIDE: Record<string, string> = {
  'mrc-nihr-complex-interventions-2021': 'the framework for complex interventions is used worldwide',
};

/**
 * The region-bound issuer a reference comes from, if any: its short name, or the start of the
 * publisher's name (a journal that published a body's authors, "Frontiers in Medicine (European
 * Medicines Agency authors)", or a body hosted by another, "James Lind Alliance (NIHR)", is not the issuer).
 */
export function regionBoundIssuer(r: Pick<Reference, 'publisher' | 'publisherShort'>): string | undefined {
  const head = r.publisher.split(/[(,]/)[0] ?? '';
  return issuerPatterns.find(({ pattern }) => pattern.test(r.publisherShort) || pattern.test(head))?.name;
}

/** A source from a region-bound issuer with no `appliesTo`: every plan in every region would cite it. */
export function regionBoundWithoutAppliesTo(c: Pick<Content, 'references'>): string[] {
  return c.references.flatMap((r) => {
    const issuer = regionBoundIssuer(r);
    return issuer && !r.appliesTo && !WORLDWIDE[r.id]
      ? [`reference "${r.id}": comes from ${issuer}, a region-bound issuer, but has no appliesTo`]
      : [];
  });
}

/**
 * Builds the plan of each representative programme and reports every source it shows (on a point,
 * a reason, a method, a consideration, a region note, a starter metric, the payment rate) whose
 * `appliesTo` is false for those answers, or, with no `appliesTo`, whose title names a context that
 * does not hold (a guideline on oncology studies in a depression app's plan). The condition is evaluated here on
 * the answers themselves, not read from the engine's own list of sources left out. `build` is the
 * engine (tests pass one that plants a source).
 */
export function referencesOutOfContext(
  c: Content,
  programmes = representativeAnswers(c),
  build: (answers: Answers) => Plan = (answers) => buildPlan(c, { answers }),
): string[] {
  const byId = new Map(c.references.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const { label, answers } of programmes) {
    const plan = build(answers);
    const { resolved, given } = viewAnswers(c.questions, answers);
    const contexts = new Set(plan.contexts);
    const otherContext = fromOtherContext(c, contexts);
    for (const { where, id } of planSources(plan, c)) {
      const r = byId.get(id);
      if (!r) continue;
      const why =
        r.appliesTo && !evaluate(r.appliesTo, resolved, given, contexts)
          ? `its appliesTo ${JSON.stringify(r.appliesTo)} does not hold`
          : !r.appliesTo && otherContext(r.title)
            ? 'its title names a context that does not hold'
            : undefined;
      if (!why) continue;
      const key = `${where}|${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(`sources: ${where} cites "${id}" (${r.title}), but ${why} (${label})`);
    }
  }
  return errors;
}

/**
 * Builds the plan of each representative programme and reports every text it shows that names a
 * source that does not apply there ("FDA PFDD guidance 1 asks …" in a UK-only academic plan): the
 * sentence rests on the source, so it belongs in a variant or note for the source's context, or
 * must be worded without it.
 */
export function textsNamingSourcesOutOfContext(c: Content, programmes = representativeAnswers(c)): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  const named = new Map<string, string[]>();
  for (const { label, answers } of programmes) {
    const plan = buildPlan(c, { answers });
    const here = new Set(plan.referencesHere);
    const texts = [
      ...planTexts(plan, c),
      ...planRegions(c, plan).flatMap((r) =>
        [r.summary, ...r.notes].map((text) => ({ where: `region "${r.id}"`, text })),
      ),
    ];
    for (const { where, text } of texts) {
      let ids = named.get(text);
      if (!ids) named.set(text, (ids = referencesNamedIn(c, text)));
      for (const id of ids) {
        if (here.has(id)) continue;
        const key = `${where}|${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push(
          `sources: ${where} names "${id}", which does not apply in this plan (${label}): "${text.slice(0, 90)}…"`,
        );
      }
    }
  }
  return errors;
}

/** Every problem with where sources are cited: out of context in a plan, or region-bound with no appliesTo. */
export function lintSources(c: Content, programmes = representativeAnswers(c)): string[] {
  return [
    ...regionBoundWithoutAppliesTo(c),
    ...referencesOutOfContext(c, programmes),
    ...textsNamingSourcesOutOfContext(c, programmes),
  ];
}
