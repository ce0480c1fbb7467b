/**
 * The knowledge base's schema. Content is authored as YAML in content/, parsed and validated
 * at build time (and by `npm run content:check`), so the browser receives plain, trusted JSON.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and dashes');
const text = z.string().trim().min(1);
const ids = z.array(id);

import {
  BASELINES,
  EFFORT,
  FIT,
  LEAN_CHANGES,
  LEVELS,
  MODES,
  PARADIGM_DOMAINS,
  PRIORITIES,
  REFERENCE_STATUSES,
  SECTIONS,
} from './constants';

export * from './constants';

/** A condition over answers: a small, typed expression language validated against question ids. */
export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { q: string; has: string }
  | { q: string; hasAny: string[] }
  | { q: string; answered: boolean }
  | { q: string; notSure: boolean }
  | { q: string; gte: number }
  | { q: string; lte: number }
  | { q: string; onOrAfter: string }
  | { q: string; before: string }
  | { context: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: id, is: id }),
    z.strictObject({ q: id, in: z.array(id).min(1) }),
    z.strictObject({ q: id, has: id }),
    z.strictObject({ q: id, hasAny: z.array(id).min(1) }),
    z.strictObject({ q: id, answered: z.boolean() }),
    z.strictObject({ q: id, notSure: z.boolean() }),
    z.strictObject({ q: id, gte: z.number() }),
    z.strictObject({ q: id, lte: z.number() }),
    z.strictObject({ q: id, onOrAfter: z.iso.date() }),
    z.strictObject({ q: id, before: z.iso.date() }),
    z.strictObject({ context: id }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const metaSchema = z.strictObject({
  version: text,
  released: z.iso.date(),
  title: text,
});

/** A sentence that belongs to one context (a region's mechanism, a product type's duty). */
export const contextNoteSchema = z.strictObject({ when: conditionSchema, text });

/** Wording of a phase for one kind of programme (a study with no product has no "target product profile"). */
export const phaseVariantSchema = z.strictObject({
  when: conditionSchema,
  name: text.optional(),
  short: text.optional(),
  summary: text.optional(),
  plain: text.optional(),
});

/**
 * A line of a point's "why here": what in this programme makes the point matter. Without `when` it
 * always applies. `{product}`, `{study}`, `{condition}`, `{people}` and `{regions}` are filled from the
 * answers with the words in content/scoring.yaml (`why.words`).
 */
export const whyLineSchema = z.strictObject({ when: conditionSchema.optional(), text });

export const phaseSchema = z.strictObject({
  id,
  order: z.number().int().positive(),
  name: text,
  short: text,
  summary: text,
  plain: text,
  /** Development stages (options of the stage question) at which a plan starts with this phase. */
  startsAt: ids.optional(),
  /** Where the phase exists at all (regulatory review only when there is a product to review). */
  appliesTo: conditionSchema.optional(),
  /** The first variant whose condition holds replaces the wording it gives. */
  variants: z.array(phaseVariantSchema).optional(),
  /** Sentences added to the summary where their condition holds (a region's body, a product type's duty). */
  notes: z.array(contextNoteSchema).optional(),
});

/**
 * A named context (children take part, a device, a US filing …): when it holds, and the words that
 * belong to it. The content check fails when a plan whose answers exclude a context uses its words.
 */
export const contextSchema = z.strictObject({
  id,
  name: text,
  when: conditionSchema,
  terms: z.array(text).min(1),
});

export const levelSchema = z.strictObject({
  id: z.enum(LEVELS),
  name: text,
  promise: text,
  plain: text,
  references: ids.min(1),
});

export const stakeholderSchema = z.strictObject({
  id,
  name: text,
  group: z.enum(['patient-side', 'professional', 'decision-maker']),
  description: text,
  plain: text,
  /** Where the stakeholder takes part at all; elsewhere points leave them out. */
  appliesTo: conditionSchema.optional(),
});

export const pedTypeSchema = z.strictObject({
  id,
  name: text,
  abbreviation: z.string().optional(),
  description: text,
  plain: text,
  references: ids.min(1),
});

export const methodSchema = z.strictObject({
  id,
  name: text,
  purpose: text,
  participants: text,
  groupSize: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
  patientHours: z.number().positive(),
  teamEffort: z.enum(EFFORT),
  cost: z.enum(EFFORT),
  duration: z.enum(['weeks', 'months', 'year-plus']),
  modes: z.array(z.enum(MODES)).min(1),
  strengths: z.array(text).min(1),
  limits: z.array(text).min(1),
  accessibility: text,
  /** The kind of decision the method informs best. */
  decision: text.optional(),
  /** How long it runs and how often people meet, in words. */
  schedule: text.optional(),
  /** What the method produces. */
  output: text.optional(),
  /** How to tell whether it worked. */
  evaluation: text.optional(),
  suitableFor: ids.optional(),
  plain: text,
  references: ids.min(1),
  /** Where the method can be used at all (a region's mechanism); elsewhere points leave it out. */
  appliesTo: conditionSchema.optional(),
});

export const pointMethodSchema = z.strictObject({
  method: id,
  fit: z.enum(FIT),
  why: text,
  /** Where this method suits the point; elsewhere it is left out. */
  appliesTo: conditionSchema.optional(),
});

/** Wording for one context: the first variant whose condition holds replaces these fields. */
export const pointVariantSchema = z.strictObject({
  when: conditionSchema,
  title: text.optional(),
  /** Needed whenever the variant changes the title. */
  plainTitle: text.optional(),
  decision: text.optional(),
  whyItMatters: text.optional(),
  outputs: z.array(text).min(1).optional(),
  evaluation: text.optional(),
  plain: text.optional(),
  references: ids.min(1).optional(),
});

export const pointSchema = z.strictObject({
  id,
  phase: id,
  title: text,
  /** The title in everyday words, for patient partners (checked for reading grade like `plain`). */
  plainTitle: text,
  decision: text,
  whyItMatters: text,
  pedGenerated: ids,
  pedUsed: ids,
  methods: z.array(pointMethodSchema).min(1),
  who: ids.min(1),
  level: z.enum(LEVELS),
  baseline: z.enum(BASELINES),
  teamEffort: z.enum(EFFORT),
  patientTime: z.strictObject({ hoursEach: z.number().positive(), people: z.number().int().positive() }),
  /** How long the work runs and how often partners meet, with how many people, in words. */
  schedule: text.optional(),
  outputs: z.array(text).min(1),
  evaluation: text,
  /** The PARADIGM component the evaluation measures: input, process, learning, impact or context. */
  evaluationDomain: z.enum(PARADIGM_DOMAINS),
  feeds: ids.optional(),
  references: ids.min(1),
  plain: text,
  /** Where the point applies at all (product type, population, region, study type, stage, funder). */
  appliesTo: conditionSchema.optional(),
  variants: z.array(pointVariantSchema).optional(),
  /** Sentences added to the why where their condition holds. */
  notes: z.array(contextNoteSchema).optional(),
  /** Why the point matters in this programme, naming the answers: at least one line without `when`. */
  whyHere: z.array(whyLineSchema).min(1),
  /** A set-up point: it stays in the plan even when its phase is out of scope. */
  setup: z.boolean().optional(),
  /** Why the point still matters once its phase has passed: it then becomes a "catch up now" item. */
  catchUp: text.optional(),
});

export const considerationSchema = z.strictObject({
  id,
  name: text,
  /** True when the consideration belongs in every plan, whatever the answers. */
  always: z.boolean().optional(),
  appliesTo: conditionSchema.optional(),
  /** Actions added where their condition holds. */
  notes: z.array(contextNoteSchema).optional(),
  summary: text,
  actions: z.array(text).min(1),
  plain: text,
  references: ids.min(1),
});

export const qualityCriterionSchema = z.strictObject({
  id,
  name: text,
  question: text,
  plain: text,
  references: ids.min(1),
});

/**
 * A metric for evaluating engagement, in one PARADIGM component. The engine offers a starter set
 * for each plan from the points in it (src/domain/engine/starterMetrics.ts).
 */
export const metricSchema = z.strictObject({
  id,
  domain: z.enum(PARADIGM_DOMAINS),
  name: text,
  /** What is counted or asked, and from which record. */
  measure: text,
  /** When to collect it. */
  when: text,
  /** Points whose evaluation this metric serves best; it is offered first when they are in the plan. */
  points: ids.optional(),
  references: ids.min(1),
});

/**
 * A procedure that takes products in by type and filing date (EU joint clinical assessment): the
 * plan says whether this product is in, joins later, or is outside it. Messages fill {date}, {wave},
 * {from} and {list}.
 */
export const filingScopeSchema = z.strictObject({
  /** The date question that holds the expected filing date. */
  date: id,
  /** The products the procedure could ever concern: outside it the plan says nothing. */
  appliesTo: conditionSchema,
  waves: z
    .array(
      z.strictObject({
        from: z.iso.date(),
        label: text,
        when: conditionSchema,
        /** Wording for this wave when products in it are only candidates (EU devices are selected). */
        messages: z.strictObject({ inScope: text, inScopeNoDate: text }).optional(),
      }),
    )
    .min(1),
  messages: z.strictObject({
    inScope: text,
    inScopeNoDate: text,
    later: text,
    laterNoDate: text,
    outside: text,
  }),
  references: ids.min(1),
});

export const regionSchema = z.strictObject({
  id,
  name: text,
  /** The named context that holds when a programme works in the region: the plan shows its notes then. */
  context: id,
  summary: text,
  notes: z.array(text).min(1),
  references: ids.min(1),
  filingScope: filingScopeSchema.optional(),
});

export const referenceSchema = z.strictObject({
  id,
  title: text,
  publisher: text,
  year: z.number().int().min(1990).max(2030),
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum(['guidance', 'regulation', 'framework', 'paper', 'toolkit', 'report', 'standard', 'programme']),
  doi: z.string().optional(),
  /** Whether the document is in force or final, still a draft, or replaced by a newer one. */
  status: z.enum(REFERENCE_STATUSES),
  /** The reference that replaced this one (required when, and only when, the status is superseded). */
  supersededBy: id.optional(),
  /** The publisher's short name for citations next to each point: "FDA", "NIHR", "EU". */
  publisherShort: text,
  /** Other names texts use for the document ("PFDD guidance 3", "EU MDR"): a text that uses one must cite it. */
  names: z.array(text).optional(),
  /** Where the source is cited at all (a region's body, a population's guidance); elsewhere it is left out. */
  appliesTo: conditionSchema.optional(),
});

export const glossarySchema = z.strictObject({
  id,
  term: text,
  plain: text,
  aliases: z.array(text).optional(),
  /** Sources for a definition that names a document or a legal meaning. */
  references: ids.min(1).optional(),
});

const optionSchema = z.strictObject({ id, label: text, help: z.string().optional() });

export const questionSchema = z.strictObject({
  id,
  section: z.enum(SECTIONS),
  type: z.enum(['single', 'multi', 'yesno', 'scale', 'date', 'text']),
  prompt: text,
  short: text,
  help: text,
  options: z.array(optionSchema).optional(),
  scale: z.strictObject({ min: z.number().int(), max: z.number().int(), minLabel: text, maxLabel: text }).optional(),
  required: z.boolean().default(false),
  /** Asked on the way to a first plan; every other question refines the plan afterwards. */
  core: z.boolean().optional(),
  notSure: z.strictObject({ implies: z.union([id, z.array(id), z.number()]), explain: text }).optional(),
  showIf: conditionSchema.optional(),
  glossary: ids.optional(),
  maxLength: z.number().int().positive().optional(),
  /**
   * Wording for a kind of programme (a stage question asked of a study with no product): the first
   * variant whose condition holds over the answers so far replaces the prompt, help or option labels.
   */
  variants: z
    .array(
      z.strictObject({
        when: conditionSchema,
        prompt: text.optional(),
        help: text.optional(),
        labels: z.record(id, text).optional(),
        glossary: ids.optional(),
      }),
    )
    .optional(),
});

export const ruleEffectsSchema = z.strictObject({
  include: z.array(z.strictObject({ point: id, priority: z.enum(PRIORITIES) })).optional(),
  demote: z.array(z.strictObject({ point: id, priority: z.enum(PRIORITIES) })).optional(),
  exclude: ids.optional(),
  /** Without points, a method is favoured wherever a point already lists it (a plan-wide effect). */
  methods: z.array(z.strictObject({ method: id, points: ids.min(1).optional() })).optional(),
  stakeholders: z.array(z.strictObject({ stakeholder: id, points: ids.min(1) })).optional(),
  considerations: ids.optional(),
  level: z.array(z.strictObject({ point: id, level: z.enum(LEVELS) })).optional(),
});

const answersFixture = z.record(id, z.union([z.string(), z.array(z.string()), z.number()]));

export const ruleSchema = z.strictObject({
  id,
  when: conditionSchema,
  reason: text,
  effects: ruleEffectsSchema,
  references: ids.min(1),
  examples: z.strictObject({ fires: answersFixture, silent: answersFixture }),
});

export const exampleSchema = z.strictObject({
  id,
  name: text,
  description: text,
  answers: answersFixture,
  expect: z
    .strictObject({
      present: z.array(z.strictObject({ point: id, priority: z.enum(PRIORITIES).optional() })),
      absent: ids,
    })
    .optional(),
});

const score = z.number().min(0);
const byEffort = z.strictObject({ low: score, medium: score, high: score });
const share = z.number().gt(0).lte(1);

/** How the engine scores, caps, sizes and costs a plan (content/scoring.yaml). */
/** Words for an answer inside a "why here" line: the first question answered with a mapped option wins. */
export const whyWordSchema = z.strictObject({
  /** Questions in order; a text question's answer is used as typed. */
  from: ids.min(1),
  options: z.record(id, text).default({}),
  otherwise: text,
});

export const scoringSchema = z.strictObject({
  essentialCap: z.number().int().positive(),
  why: z.strictObject({
    /**
     * Questions that shape the whole plan (who plans it, access needs). A rule that rests only on them
     * gives its reason once, in the considerations, not on each point it changes.
     */
    crossCutting: ids,
    words: z.record(z.enum(['product', 'study', 'condition', 'people', 'regions']), whyWordSchema),
  }),
  benefit: z.strictObject({
    priority: z.strictObject({ essential: score, recommended: score, optional: score }),
    perRule: score,
    maxRules: z.number().int().min(0),
    level: z.record(z.enum(LEVELS), score),
    perFeed: score,
    maxFeeds: score,
  }),
  investment: z.strictObject({
    teamEffort: byEffort,
    methodCost: byEffort,
    partnerHoursPerPoint: z.number().positive(),
    maxPartnerHours: score,
    participantsPerPoint: z.number().positive(),
    maxParticipants: score,
  }),
  threshold: z.strictObject({ benefit: score, investment: score }),
  participantMethods: ids,
  /** Participant methods run with people already in a study (a feedback questionnaire): no thank-you payment. */
  unpaidParticipantMethods: ids.default([]),
  methodRanking: z.strictObject({
    fit: z.strictObject({ high: z.number(), medium: z.number(), low: z.number() }),
    ruleBonus: z.number(),
    budget: z.array(z.strictObject({ budget: id, cost: z.enum(EFFORT), delta: z.number(), note: text })),
    timeline: z.array(
      z.strictObject({
        timeline: id,
        duration: z.enum(['weeks', 'months', 'year-plus']),
        delta: z.number(),
        note: text,
      }),
    ),
    modeMismatch: z.number(),
    remoteOnlyBonus: z.number(),
    population: z.number(),
  }),
  /** How to run a method for an access need; `populations` that imply the same need bring the note too. */
  accessNeeds: z.array(z.strictObject({ need: id, populations: ids.optional(), note: text })),
  budget: z.array(z.strictObject({ id, min: z.number().min(0).optional(), max: z.number().positive().optional() })),
  timelinePhases: z.record(id, z.number().int().positive()),
  lean: z.strictObject({
    fewerRoundsMinHours: z.number().positive(),
    fewerRoundsShare: share,
    smallerSampleShare: share,
    smallerGroupMinPeople: z.number().int().positive(),
    smallerGroupShare: share,
    deferReason: text,
    /** The line a point run lean carries; `{changes}` is the list of `chosen` words. */
    chosenText: text,
    chosen: z.record(z.enum(LEAN_CHANGES), text),
    /** Points that meet on their own schedule (trial governance): the lean version never cuts their rounds. */
    fixedSchedule: ids.default([]),
    reuse: z.array(z.strictObject({ when: conditionSchema, points: ids.min(1), share, text })),
    /**
     * Points the lean version leaves whole where the condition holds (work a community's governance
     * sets): never left for later, never cut. `text` says why, in the budget message.
     */
    protect: z.array(z.strictObject({ when: conditionSchema, points: ids.min(1), text })).default([]),
  }),
  rates: z
    .array(
      z.strictObject({
        region: id,
        currency: z.enum(['GBP', 'EUR', 'USD', 'CAD']),
        hourlyRate: z.number().positive(),
        reference: id,
        source: text,
        participantPayment: score,
        travelPerVisit: score,
        carerPerVisit: score,
        interpreterPerSession: score,
        /** Translating and checking one point's materials into one more language. */
        translationPerPoint: score,
        delivery: byEffort,
      }),
    )
    .min(1),
  fallbackRegion: id,
  timelineKeepsPhases: ids,
  /**
   * Phases that join the default scope (no phases chosen) only when `when` holds; `reason` says why
   * they are left out otherwise. A phase whose `when` holds is also kept past the timeline's reach.
   */
  purposePhases: z.array(z.strictObject({ phase: id, when: conditionSchema, reason: text })).default([]),
  /** Legal duties: where `when` holds, the point is essential and the cap keeps it first. */
  duties: z.array(z.strictObject({ point: id, when: conditionSchema, law: text, reference: id })).default([]),
  expenses: z.strictObject({
    languagesQuestion: id,
    accessQuestion: id,
    sessionHours: z.number().positive(),
    inPersonShare: z.record(z.enum(MODES), z.number().min(0).max(1)),
    unknownModeShare: z.number().min(0).max(1),
    carerPopulations: ids,
    /** Access needs whose partners often bring a companion, costed like carers. */
    carerNeeds: ids.default([]),
    carerShare: z.number().min(0).max(1),
    interpreterNeeds: ids,
    /**
     * Languages assumed when the languages question is left open (or "not sure") but `when` holds:
     * `count` more languages are costed, and the translation line carries `note`.
     */
    assumedLanguages: z
      .strictObject({ when: conditionSchema, count: z.number().int().positive(), note: text })
      .optional(),
  }),
});

const weeks = z.number().int().min(0).max(520);

/**
 * How the plan timeline places points in time (content/timeline.yaml): phase lengths and the lead
 * time each point needs before the decision it feeds. Read by src/domain/timeline/schedule.ts.
 */
export const timelineSchema = z.strictObject({
  /** The phase the next key milestone closes, by development stage. */
  milestonePhase: z.record(id, id),
  /** How far ahead the plan looks, by answer to the timeline question, in weeks. */
  horizonWeeks: z.record(id, weeks),
  phases: z
    .array(
      z.strictObject({
        phase: id,
        weeks: weeks.min(1),
        /** The decision that ends the phase, in words ("the protocol is signed off"). */
        decision: text,
        pointWeeks: weeks.min(1),
        lead: weeks,
        basis: text.optional(),
        references: ids.optional(),
      }),
    )
    .min(1),
  points: z.array(
    z.strictObject({
      point: id,
      weeks: weeks.min(1).optional(),
      lead: weeks.optional(),
      /** Count the lead time back from the start of the phase instead of its end. */
      at: z.enum(['start', 'end']).optional(),
      /** What the point must finish before, in words, when it is not the phase's decision. */
      before: text.optional(),
      basis: text.optional(),
      references: ids.optional(),
    }),
  ),
});

/** A paragraph of the partner view (content/partner.yaml); with `methods`, a "what you would do" group. */
export const partnerTextSchema = z.strictObject({
  id,
  heading: text.optional(),
  text,
  methods: ids.optional(),
  references: ids.optional(),
});

export const contentSchema = z.strictObject({
  meta: metaSchema,
  scoring: scoringSchema,
  timeline: timelineSchema,
  phases: z.array(phaseSchema).min(1),
  contexts: z.array(contextSchema),
  levels: z.array(levelSchema),
  stakeholders: z.array(stakeholderSchema).min(1),
  pedTypes: z.array(pedTypeSchema).min(1),
  methods: z.array(methodSchema).min(1),
  points: z.array(pointSchema).min(1),
  considerations: z.array(considerationSchema),
  qualityCriteria: z.array(qualityCriterionSchema),
  metrics: z.array(metricSchema).min(5),
  regions: z.array(regionSchema),
  references: z.array(referenceSchema).min(1),
  glossary: z.array(glossarySchema),
  questions: z.array(questionSchema).min(1),
  rules: z.array(ruleSchema),
  examples: z.array(exampleSchema),
  partner: z.array(partnerTextSchema),
});

export type Content = z.infer<typeof contentSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type TimelineContent = z.infer<typeof timelineSchema>;
export type RegionRates = Scoring['rates'][number];
/** The part of the knowledge base the questionnaire needs (loaded before the rest). */
export type QuestionnaireContent = Pick<Content, 'meta' | 'questions' | 'glossary'>;
export type Phase = z.infer<typeof phaseSchema>;
export type Context = z.infer<typeof contextSchema>;
export type PointVariant = z.infer<typeof pointVariantSchema>;
export type EngagementLevel = z.infer<typeof levelSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type PedType = z.infer<typeof pedTypeSchema>;
export type Method = z.infer<typeof methodSchema>;
export type EngagementPoint = z.infer<typeof pointSchema>;
export type PointMethod = z.infer<typeof pointMethodSchema>;
export type Consideration = z.infer<typeof considerationSchema>;
export type QualityCriterion = z.infer<typeof qualityCriterionSchema>;
export type Region = z.infer<typeof regionSchema>;
export type FilingScope = z.infer<typeof filingScopeSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionOption = z.infer<typeof optionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleEffects = z.infer<typeof ruleEffectsSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type PartnerText = z.infer<typeof partnerTextSchema>;
