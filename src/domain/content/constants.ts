/** Fixed vocabularies of the content model, free of the schema library so the browser can use them. */
export const SECTIONS = ['context', 'why', 'what', 'who', 'how', 'when'] as const;
export const LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const PRIORITIES = ['essential', 'recommended', 'optional'] as const;
export const BASELINES = ['essential', 'recommended', 'optional', 'conditional'] as const;
export const EFFORT = ['low', 'medium', 'high'] as const;
export const FIT = ['high', 'medium', 'low'] as const;
export const MODES = ['in-person', 'remote', 'hybrid'] as const;
export const REFERENCE_STATUSES = ['final', 'draft', 'superseded'] as const;
/** The components of the PARADIGM monitoring and evaluation framework (Vat et al. 2021). */
export const PARADIGM_DOMAINS = ['input', 'process', 'learning', 'impact', 'context'] as const;

export type Section = (typeof SECTIONS)[number];
export type Level = (typeof LEVELS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Effort = (typeof EFFORT)[number];
export type Fit = (typeof FIT)[number];
export type Mode = (typeof MODES)[number];
export type ParadigmDomain = (typeof PARADIGM_DOMAINS)[number];

/** The lean version's changes to how a point is run (a team may choose them as edits). */
export const LEAN_CHANGES = ['reuse', 'cheaper-method', 'fewer-rounds', 'smaller-group', 'smaller-sample'] as const;
export type LeanChange = (typeof LEAN_CHANGES)[number];
