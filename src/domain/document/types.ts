import type { Answers } from '../answers';
import type { LeanChange, Level, Priority } from '../content/schema';
import type { Workshop } from './workshop';
import type { PartnerContact } from './partner';

export const SCHEMA_VERSION = 4;

export const STATUSES = ['planned', 'in-progress', 'done'] as const;
export type Status = (typeof STATUSES)[number];
export const CURRENCIES = ['GBP', 'EUR', 'USD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** What the team decided about one engagement point. */
export interface PointEdit {
  decision?: 'include' | 'exclude';
  reason?: string;
  owner?: string;
  targetDate?: string;
  status?: Status;
  notes?: string;
  /** The team's own priority, set in a workshop; overrides the plan's suggestion. */
  priority?: Priority;
  /** How the team chose to run the point for less (the lean version); the amounts come from content. */
  lean?: LeanChange[];
}

/** An engagement point the team added themselves. */
export interface CustomPoint {
  id: string;
  phase: string;
  title: string;
  description: string;
  who: string[];
  level: Level;
  /** How strongly the team recommends it; plans saved before this field read as "recommended". */
  priority?: Priority;
  /** Patient time in all, in hours (all patients together); none when not set. */
  patientHours?: number;
  owner?: string;
  targetDate?: string;
  status?: Status;
  notes?: string;
}

export interface PlanEdits {
  points: Record<string, PointEdit>;
  custom: CustomPoint[];
}

export interface PlanSettings {
  hourlyRate: number;
  currency: Currency;
  /**
   * True once the team has set the rate or currency. Until then the plan uses its regions' default
   * rate and currency. Missing in older plans: a rate other than the old default counts as set.
   */
  ratesSetByTeam?: boolean;
  /** How many points may be essential (default from content/scoring.yaml). */
  essentialCap?: number;
  /** Minutes per phase the facilitator set for a workshop (src/domain/document/agenda.ts). */
  agenda?: Record<string, number>;
  /** Who patient partners should contact (the partner view and PDF show it). */
  partnerContact?: PartnerContact;
}

/**
 * Where the questionnaire stands, kept so a reload returns to the same question. With the answers it
 * is all the questionnaire needs to resume (its section and track follow from the question).
 */
export interface QuestionnairePosition {
  questionId: string | null;
  stage: 'answering' | 'review' | 'done';
}

/** Feedback sent back to the partners about what their input changed: when, how, and what was said. */
export interface PartnerFeedback {
  /** YYYY-MM-DD; none until the team fills it in. */
  date?: string;
  /** How it was sent, in the team's words: "email", "newsletter", "at the next panel meeting". */
  how: string;
  summary: string;
}

/** One entry of a point's impact log. Text fields may be empty while the team is still writing. */
export interface ImpactEntry {
  id: string;
  /** When it happened (YYYY-MM-DD). */
  date?: string;
  happened: string;
  /** What changed in the research because of patient input. */
  changed: string;
  feedback?: PartnerFeedback;
  /** The evaluation metric chosen for the point (a content/metrics.yaml id) and its result. */
  metricId?: string;
  metricResult?: string;
}

/** The living record of the plan: what happened at each point, and the team's reflections. */
export interface ImpactRecord {
  points: Record<string, ImpactEntry[]>;
  /** The GRIPP2 "reflections / critical perspective", in the team's words. */
  reflections?: string;
}

/**
 * A named version of the plan ("v1 for the steering committee"): a frozen copy of the inputs the plan
 * is rebuilt from, never the derived plan itself.
 */
export interface PlanVersion {
  id: string;
  name: string;
  savedAt: string;
  contentVersion: string;
  answers: Answers;
  edits: PlanEdits;
  settings: PlanSettings;
}

/** The saved plan. Derived data (the plan itself) is never stored: it is recomputed. */
export interface PlanDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  contentVersion: string;
  id: string;
  name: string;
  organisation: string;
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  position: QuestionnairePosition;
  edits: PlanEdits;
  settings: PlanSettings;
  exampleId?: string;
  workshop?: Workshop;
  /** What happened at each point, and the team's reflections (schema 4). */
  record?: ImpactRecord;
  /** Named versions of the plan, oldest first (schema 4). */
  versions?: PlanVersion[];
}

export const DEFAULT_CUSTOM_PRIORITY: Priority = 'recommended';
/** The most patient hours one custom point may record (guards typing slips and tampered files). */
export const MAX_CUSTOM_HOURS = 100_000;

export const DEFAULT_SETTINGS: PlanSettings = { hourlyRate: 50, currency: 'GBP' };
