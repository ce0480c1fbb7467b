import type {
  Condition,
  Consideration,
  Content,
  EngagementPoint,
  Phase,
  PointVariant,
  QualityCriterion,
  Reference,
} from '../content/schema';
import type { Answers } from '../answers';
import { evaluate } from '../conditions';
import { contextsNamed } from '../plan/contextWords';

/** A condition evaluated against one programme's answers and contexts. */
export type Holds = (condition: Condition | undefined) => boolean;

/** The named contexts (content/contexts.yaml) that hold for these answers, in file order. */
export function activeContexts(content: Pick<Content, 'contexts'>, resolved: Answers, given: Answers): Set<string> {
  const active = new Set<string>();
  for (const c of content.contexts) if (evaluate(c.when, resolved, given, active)) active.add(c.id);
  return active;
}

export function holdsFor(resolved: Answers, given: Answers, contexts: ReadonlySet<string>): Holds {
  return (condition) => condition === undefined || evaluate(condition, resolved, given, contexts);
}

/**
 * The point as this programme sees it: the first wording variant that applies replaces the
 * default wording, and methods that do not apply here are left out.
 */
export function resolvePoint(point: EngagementPoint, holds: Holds, excluded: Excluded): EngagementPoint {
  const variant = point.variants?.find((v) => holds(v.when));
  const methods = point.methods.filter((m) => holds(m.appliesTo) && !excluded.methods.has(m.method));
  const who = point.who.filter((s) => !excluded.stakeholders.has(s));
  const notes = (point.notes ?? []).filter((n) => holds(n.when)).map((n) => n.text);
  const sameRefs = point.references.every((r) => !excluded.references.has(r));
  if (
    !variant &&
    methods.length === point.methods.length &&
    who.length === point.who.length &&
    !notes.length &&
    sameRefs
  )
    return point;
  const { when: _when, ...wording }: Partial<PointVariant> = variant ?? {};
  const references = (wording.references ?? point.references).filter((r) => !excluded.references.has(r));
  const resolved = { ...point, ...wording, methods, who, references };
  if (notes.length) resolved.whyItMatters = [resolved.whyItMatters, ...notes].join(' ');
  return resolved;
}

/** Methods and stakeholders that do not apply to this programme (a region's mechanism, young people in an adult plan). */
export interface Excluded {
  methods: ReadonlySet<string>;
  stakeholders: ReadonlySet<string>;
  references: ReadonlySet<string>;
}

const titleContexts = new WeakMap<readonly Reference[], Map<string, string[]>>();

/** The contexts the title of each source without an appliesTo names ("oncology studies"), once per knowledge base. */
function contextsInTitles(content: Pick<Content, 'references' | 'contexts'>): Map<string, string[]> {
  let out = titleContexts.get(content.references);
  if (!out) {
    out = new Map();
    for (const r of content.references) {
      // A source that says where it applies is taken at its word: "clinical investigation" in the
      // title of ICH E11 (medicines in children) does not make it a device source.
      if (r.appliesTo) continue;
      const named = contextsNamed(content, r.title);
      if (named.length) out.set(r.id, named);
    }
    titleContexts.set(content.references, out);
  }
  return out;
}

/**
 * A source applies where its `appliesTo` holds; one without an `appliesTo` applies where every
 * context its title names holds: a depression app's plan does not cite a guideline on PRO measures
 * in oncology studies.
 */
export function excludedFor(
  content: Pick<Content, 'methods' | 'stakeholders' | 'references' | 'contexts'>,
  holds: Holds,
  contexts: ReadonlySet<string> = new Set(content.contexts.map((c) => c.id)),
): Excluded {
  const named = contextsInTitles(content);
  return {
    references: new Set(
      content.references
        .filter((r) => !holds(r.appliesTo) || (named.get(r.id) ?? []).some((c) => !contexts.has(c)))
        .map((r) => r.id),
    ),
    methods: new Set(content.methods.filter((m) => !holds(m.appliesTo)).map((m) => m.id)),
    stakeholders: new Set(content.stakeholders.filter((s) => !holds(s.appliesTo)).map((s) => s.id)),
  };
}

/** A consideration as this programme sees it: actions that belong to its contexts are added. */
export function resolveConsideration(consideration: Consideration, holds: Holds, excluded: Excluded): Consideration {
  const notes = (consideration.notes ?? []).filter((n) => holds(n.when)).map((n) => n.text);
  const references = consideration.references.filter((r) => !excluded.references.has(r));
  return { ...consideration, actions: [...consideration.actions, ...notes], references };
}

/** A phase as this programme sees it: sentences that belong to its contexts join the summary. */
export function resolvePhase(phase: Phase, holds: Holds): Phase {
  const variant = (phase.variants ?? []).find((v) => holds(v.when));
  const worded: Phase = variant
    ? {
        ...phase,
        name: variant.name ?? phase.name,
        short: variant.short ?? phase.short,
        summary: variant.summary ?? phase.summary,
        plain: variant.plain ?? phase.plain,
      }
    : phase;
  const notes = (phase.notes ?? []).filter((n) => holds(n.when)).map((n) => n.text);
  return notes.length ? { ...worded, summary: [worded.summary, ...notes].join(' ') } : worded;
}

/** A quality criterion citing only the sources that apply to this programme. */
export function resolveCriterion(criterion: QualityCriterion, excluded: Excluded): QualityCriterion {
  const references = criterion.references.filter((r) => !excluded.references.has(r));
  return references.length === criterion.references.length ? criterion : { ...criterion, references };
}
