import type {
  EngagementPoint,
  Fit,
  Level,
  Method,
  Phase,
  Priority,
  QualityCriterion,
  Consideration,
  LeanChange,
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
  /** Hours of patient-partner time (hours each × people); research participants are counted apart. */
  patientHours: number;
  /** Research participants (a sample) this point's method studies, when it is a research method. */
  participants?: { people: number; hoursEach: number };
  /** The law that requires this point here, in words, when it is a legal duty. */
  duty?: string;
  /** Benefit and investment scores with their reasons (set by fitPlan). */
  score?: PointScore;
  teamEffort: EngagementPoint['teamEffort'];
  feeds: string[];
  reasons: Reason[];
  /** Cross-cutting rules (who plans, access needs) that changed this point; their reason is in the considerations. */
  planWideRules?: string[];
  references: string[];
  addedByTeam: boolean;
  edit: PointEdit;
  point?: EngagementPoint;
  custom?: CustomPoint;
}

/** One part of a score, in words, with the points it adds. */
export interface ScorePart {
  label: string;
  points: number;
}

export type Quadrant = 'quick-win' | 'major' | 'fill-in' | 'reconsider';

export interface PointScore {
  /** 0 to 10: how much this point matters in this programme. */
  benefit: number;
  /** 0 to 10: what it asks of the team, the budget and patient partners. */
  investment: number;
  benefitParts: ScorePart[];
  investmentParts: ScorePart[];
  quadrant: Quadrant;
  /** Estimated cost of the point in the plan's currency (payments, expenses and delivery). */
  cost: number;
}

export interface CostLine {
  id: 'partners' | 'participants' | 'travel' | 'carers' | 'interpreters' | 'delivery';
  label: string;
  amount: number;
  /** How the line is worked out, in words. */
  basis: string;
}

export interface LeanStep {
  kind: LeanChange | 'defer';
  pointId: string;
  text: string;
  saving: number;
}

export interface BudgetCheck {
  /** The budget band answered, or null when none was given. */
  band: { id: string; label: string; min?: number; max?: number } | null;
  fits: boolean;
  /** What to change to fit the band, when the estimate exceeds it. */
  lean: { total: number; fits: boolean; steps: LeanStep[] } | null;
  message: string;
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
  /** Patient-partner hours; research participants are counted apart in `participants`. */
  patientHours: number;
  /** Research participants across the plan's studies (sample sizes, not partners). */
  participants: number;
  essentialCap: number;
  /** Points the law requires here (legal duties); the cap keeps them essential first. */
  duties?: number;
  /** Said when the legal duties alone exceed the cap on essentials. */
  capNote?: string;
  cost: {
    rate: number;
    currency: string;
    total: number;
    lines: CostLine[];
    /** Where the default rate comes from, and whether the team has set its own. */
    basis: { region: string; source: string; reference: string; setByTeam: boolean; note: string };
    /** Each currency's default rate and the region it comes from, for switching currency. */
    defaults: { currency: string; region: string; regionName: string; hourlyRate: number; source: string }[];
  };
  budget: BudgetCheck;
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
  /** Phases past the end of the timeline answer, left out of the default scope. */
  beyondTimeline: { phaseId: string; name: string; points: number }[];
  /** The named contexts (content/contexts.yaml) that hold for this programme. */
  contexts: string[];
  /**
   * The references that apply to this programme (their `appliesTo` holds, and their title names no
   * context that does not), in knowledge-base order. Every list of sources the plan shows (points,
   * methods, considerations, region notes, starter metrics, the PDFs) is filtered through it.
   */
  referencesHere: string[];
  /** Whether a procedure that goes by filing date (EU joint clinical assessment) covers the product. */
  filingScopes: FilingScopeNote[];
}

/** A region's procedure that takes products in by type and filing date, as it stands for this product. */
export interface FilingScopeNote {
  regionId: string;
  status: 'in-scope' | 'later' | 'outside';
  text: string;
  references: string[];
}
