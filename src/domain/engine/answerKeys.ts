/**
 * The questions the engine reads directly (method ranking, phase scope). Content may phrase them
 * as it likes, but these ids and option ids must exist: the content check enforces it.
 */
export const Q = {
  stage: 'development-stage',
  phases: 'phases-in-scope',
  budget: 'budget',
  timeline: 'timeline',
  modes: 'modes',
  populations: 'populations',
  regions: 'regions',
  stakeholders: 'stakeholders',
  pedTypes: 'ped-types',
  purposes: 'ped-purposes',
  level: 'engagement-level',
} as const;

export const REQUIRED_OPTIONS: Record<string, readonly string[]> = {
  [Q.stage]: ['idea', 'discovery', 'preclinical', 'early-clinical', 'confirmatory', 'submission', 'marketed'],
  [Q.budget]: ['minimal', 'modest', 'substantial', 'large'],
  [Q.timeline]: ['under-6-months', '6-to-12-months', '1-to-3-years', 'over-3-years'],
  [Q.modes]: ['in-person', 'remote', 'hybrid'],
  [Q.populations]: ['children', 'adolescents', 'older-adults', 'cognitive-impairment', 'carers', 'underserved'],
  [Q.regions]: ['us', 'eu', 'uk', 'ca'],
};

/** The questions whose answers describe the programme at the top of the plan and the PDFs. */
export const PROGRAMME_QUESTIONS = {
  summary: 'programme-summary',
  area: 'therapeutic-area',
  condition: 'therapeutic-area-detail',
  milestone: 'key-milestone-date',
} as const;

/** The questions whose answers make up the plan's what / how / who / when / why lines. */
export const PROFILE_QUESTIONS: readonly { label: string; questions: readonly string[] }[] = [
  { label: 'Why', questions: ['ped-purposes'] },
  { label: 'What', questions: ['product-type', 'therapeutic-area', Q.pedTypes] },
  { label: 'Who', questions: [Q.populations, Q.stakeholders] },
  { label: 'How', questions: [Q.level, Q.modes, Q.budget] },
  { label: 'When', questions: [Q.stage, Q.phases, Q.timeline] },
];
