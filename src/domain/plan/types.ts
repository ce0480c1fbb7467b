import type {
  EngagementPoint,
  Fit,
  Level,
  Method,
  Phase,
  Priority,
  QualityCriterion,
  Consideration,
} from '../content/schema';
import type { CustomPoint, PointEdit } from '../document/types';

/** One reason an item is in the plan: the rule (or baseline) behind it, in words, with sources. */
export interface Reason {
  ruleId: string | null;
  text: string;
  /** The answers that triggered it, in words, e.g. "Rare disease: Yes". */
  answers: string[];
  references: string[];
}

export interface RankedMethod {
  method: Method;
  fit: Fit;
  score: number;
  /** Why it ranks where it does, in words. */
  notes: string[];
}

export interface PlanItem {
  id: string;
  kind: 'recommended' | 'custom';
  phaseId: string;
  /** A point from another phase placed here: set-up work, or a "catch up now" item. */
  carried?: { kind: 'setup' | 'catch-up'; fromPhaseId: string };
  title: string;
  decision: string;
  priority: Priority;
  level: Level;
  who: string[];
  methods: RankedMethod[];
  pedGenerated: string[];
  pedUsed: string[];
  patientHours: number;
  teamEffort: EngagementPoint['teamEffort'];
  feeds: string[];
  reasons: Reason[];
  references: string[];
  addedByTeam: boolean;
  edit: PointEdit;
  point?: EngagementPoint;
  custom?: CustomPoint;
}

export interface ExcludedItem {
  item: PlanItem;
  reason: string;
}

export interface PlanPhase {
  phase: Phase;
  items: PlanItem[];
  excluded: ExcludedItem[];
  /** Points of this phase the answers did not call for, which the team may still add. */
  available: EngagementPoint[];
}

export interface PlanConsideration {
  consideration: Consideration;
  reasons: Reason[];
}

export interface OrphanedEdit {
  pointId: string;
  title: string;
  edit: PointEdit;
  why: string;
}

/** A point the answers call for, left out because its phase is out of scope, with the reason. */
export interface LeftOutItem {
  pointId: string;
  title: string;
  phaseId: string;
  reason: string;
}

/** What the programme is, in the team's own words: shown at the top of the plan and the PDFs. */
export interface ProgrammeDetails {
  summary?: string;
  condition?: string;
  milestone?: string;
}

export interface PlanSummary {
  points: number;
  byPriority: Record<Priority, number>;
  byPhase: { phaseId: string; name: string; essential: number; recommended: number; optional: number }[];
  patientHours: number;
  cost: { rate: number; currency: string; total: number };
  teamEffort: Record<'low' | 'medium' | 'high', number>;
  /** What / how / who / when / why in a few lines. */
  profile: { label: string; text: string }[];
  programme: ProgrammeDetails;
}

export interface Plan {
  contentVersion: string;
  phases: PlanPhase[];
  considerations: PlanConsideration[];
  qualityCriteria: QualityCriterion[];
  summary: PlanSummary;
  orphanedEdits: OrphanedEdit[];
  leftOut: LeftOutItem[];
  firedRules: string[];
  /** The named contexts (content/contexts.yaml) that hold for this programme. */
  contexts: string[];
}
