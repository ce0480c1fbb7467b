import { type Content, type EngagementPoint, type Level, type Method, type Priority } from '../content/schema';
import type { Answers } from '../answers';
import { DEFAULT_CUSTOM_PRIORITY, type PlanEdits, type PlanSettings } from '../document/types';
import type {
  ExcludedItem,
  LeftOutItem,
  OrphanedEdit,
  Plan,
  PlanConsideration,
  PlanItem,
  PlanPhase,
  Reason,
} from '../plan/types';
import { viewAnswers } from '../questionnaire/visibility';
import { evaluate } from '../conditions';
import { Q } from './answerKeys';
import {
  activeContexts,
  excludedFor,
  holdsFor,
  resolveConsideration,
  resolveCriterion,
  resolvePhase,
  resolvePoint,
} from './applicability';
import { filingScopeNotes } from './filingScope';
import { carriedReason, programmeWords, whyHereReason } from './reasons';
import { conditionLeaves } from '../content/conditionIds';
import { triggeringAnswers } from './describe';
import { newMethodCache, rankMethods } from './rankMethods';
import { fitPlan } from './fitPlan';
import { inContext } from '../plan/contextWords';

export interface PlanInput {
  answers: Answers;
  edits?: PlanEdits;
  settings?: PlanSettings;
}

const RANK: Record<Priority, number> = { essential: 3, recommended: 2, optional: 1 };
const higher = (a: Priority | null, b: Priority): Priority => (a === null || RANK[b] > RANK[a] ? b : a);
const lower = (a: Priority, b: Priority): Priority => (RANK[b] < RANK[a] ? b : a);

interface Draft {
  point: EngagementPoint;
  /** Where the point sits in this plan: its own phase, or carried into the first phase in scope. */
  placement: 'phase' | 'setup' | 'catch-up' | null;
  priority: Priority | null;
  excluded: string | null;
  level: Level;
  duty: string | null;
  who: Set<string>;
  favoured: Set<string>;
  reasons: Reason[];
  /** Cross-cutting rules that changed the point; their reason is given once, in the considerations. */
  planWide: Set<string>;
}

/** Method details fitted to a set of contexts, per knowledge base (a few context sets in practice). */
const fittedIndex = new WeakMap<Content['methods'], Map<string, Map<string, Method>>>();
const FITTED_SETS = 64;
function fittedMethods(content: Content, contexts: ReadonlySet<string>): Map<string, Method> {
  let bySet = fittedIndex.get(content.methods);
  if (!bySet) fittedIndex.set(content.methods, (bySet = new Map()));
  const key = [...contexts].sort().join(' ');
  let out = bySet.get(key);
  if (!out) {
    if (bySet.size >= FITTED_SETS) bySet.clear();
    bySet.set(key, (out = new Map()));
  }
  return out;
}

const crossCuttingIndex = new WeakMap<Content['rules'], Set<string>>();
/** The rules that rest only on cross-cutting answers (content/scoring.yaml `why.crossCutting`). */
function crossCuttingRules(content: Content): Set<string> {
  let out = crossCuttingIndex.get(content.rules);
  if (!out) {
    const questions = new Set(content.scoring.why.crossCutting);
    out = new Set(
      content.rules
        .filter((r) => conditionLeaves(r.when).every((leaf) => 'q' in leaf && questions.has(leaf.q)))
        .map((r) => r.id),
    );
    crossCuttingIndex.set(content.rules, out);
  }
  return out;
}

/**
 * The phases in scope: those chosen, else every phase from the development stage onward. Which
 * phase a stage starts at is content (a phase's `startsAt`). Only phases that `exist` for this
 * programme count; chosen phases that all fall away (approval and access for a study with no
 * product) are treated as none chosen, so the plan is never empty.
 */
export function phasesInScope(
  content: Pick<Content, 'phases' | 'scoring'>,
  resolved: Answers,
  exists: (phaseId: string) => boolean = () => true,
): string[] {
  const ordered = [...content.phases].sort((a, b) => a.order - b.order);
  const chosen = resolved[Q.phases];
  const chosenHere = Array.isArray(chosen) ? ordered.filter((p) => chosen.includes(p.id) && exists(p.id)) : [];
  if (chosenHere.length > 0) return chosenHere.map((p) => p.id);
  const stage = resolved[Q.stage];
  const from = Math.max(
    0,
    ordered.findIndex((p) => typeof stage === 'string' && (p.startsAt ?? []).includes(stage)),
  );
  const gated = new Map((content.scoring?.purposePhases ?? []).map((g) => [g.phase, g.when]));
  return ordered
    .slice(from)
    .map((p) => p.id)
    .filter((id) => {
      const when = gated.get(id);
      return exists(id) && (when === undefined || evaluate(when, resolved));
    });
}

/** Content × answers × team edits → plan. Pure and deterministic: the same inputs give the same plan. */
export function buildPlan(content: Content, input: PlanInput): Plan {
  const { resolved, given } = viewAnswers(content.questions, input.answers);
  const edits = input.edits ?? { points: {}, custom: [] };
  const contexts = activeContexts(content, resolved, given);
  const holds = holdsFor(resolved, given, contexts);
  // A phase that does not exist for this kind of programme (regulatory review with no product) is
  // out of scope whatever the stage or the phases chosen.
  const exists = new Set(content.phases.filter((p) => !p.appliesTo || holds(p.appliesTo)).map((p) => p.id));
  const inScope = phasesInScope(content, resolved, (id) => exists.has(id));
  const scope = new Set(inScope);
  const notHere = excludedFor(content, holds, contexts);
  const order = new Map(content.phases.map((p) => [p.id, p.order]));
  const firstInScope = inScope[0];
  const firstOrder = firstInScope === undefined ? 0 : (order.get(firstInScope) ?? 0);
  const passed = (phaseId: string) => (order.get(phaseId) ?? 0) < firstOrder;

  const drafts = new Map<string, Draft>();
  const words = programmeWords(content, resolved, given);
  for (const source of content.points) {
    if (!holds(source.appliesTo)) continue;
    const point = resolvePoint(source, holds, notHere);
    const placement: Draft['placement'] = scope.has(point.phase)
      ? 'phase'
      : firstInScope === undefined
        ? null
        : point.setup
          ? 'setup'
          : point.catchUp && passed(point.phase)
            ? 'catch-up'
            : null;
    const baseline = point.baseline === 'conditional' ? null : point.baseline;
    drafts.set(point.id, {
      point,
      placement,
      priority: baseline,
      excluded: null,
      level: point.level,
      duty: null,
      who: new Set(point.who),
      favoured: new Set(),
      reasons: [whyHereReason(point, content, resolved, given, contexts, words)],
      planWide: new Set(),
    });
  }

  const considerationReasons = new Map<string, Reason[]>();
  for (const c of content.considerations)
    if (c.always && holds(c.appliesTo))
      considerationReasons.set(c.id, [
        {
          ruleId: null,
          text: 'Applies to every engagement plan.',
          answers: [],
          references: c.references.filter((r) => !notHere.references.has(r)),
        },
      ]);

  // The drafts that list each method, for rules that favour a method wherever a point lists it.
  const listing = new Map<string, Draft[]>();
  for (const d of drafts.values())
    for (const m of d.point.methods) {
      const list = listing.get(m.method);
      if (list) list.push(d);
      else listing.set(m.method, [d]);
    }

  const firedRules: string[] = [];
  const crossCutting = crossCuttingRules(content);
  for (const rule of content.rules) {
    if (!holds(rule.when)) continue;
    firedRules.push(rule.id);
    const planWide = crossCutting.has(rule.id);
    const reason: Reason = {
      ruleId: rule.id,
      text: rule.reason,
      answers: triggeringAnswers(rule.when, content, resolved, given, contexts),
      references: rule.references.filter((r) => !notHere.references.has(r)),
    };
    const touch = (pointId: string, change: (d: Draft) => void) => {
      const d = drafts.get(pointId);
      if (!d) return;
      change(d);
      if (planWide) d.planWide.add(rule.id);
      // A rule's touches come one after another, so its reason can only be the last one added.
      else if (d.reasons[d.reasons.length - 1] !== reason) d.reasons.push(reason);
    };
    const e = rule.effects;
    for (const { point, priority } of e.include ?? []) touch(point, (d) => (d.priority = higher(d.priority, priority)));
    for (const { point, priority } of e.demote ?? [])
      touch(point, (d) => (d.priority = d.priority === null ? null : lower(d.priority, priority)));
    for (const point of e.exclude ?? []) touch(point, (d) => (d.excluded = rule.reason));
    for (const { point, level } of e.level ?? []) touch(point, (d) => (d.level = level));
    // A stakeholder joins only the points the rule names. A method without named points is
    // favoured wherever a point lists it: a plan-wide effect, whose reason is given once.
    for (const { method, points } of e.methods ?? []) {
      if (notHere.methods.has(method)) continue;
      if (points) for (const p of points) touch(p, (d) => d.favoured.add(method));
      else for (const d of listing.get(method) ?? []) d.favoured.add(method);
    }
    for (const { stakeholder, points } of e.stakeholders ?? [])
      if (!notHere.stakeholders.has(stakeholder))
        for (const p of points) if (!drafts.get(p)?.who.has(stakeholder)) touch(p, (d) => d.who.add(stakeholder));
    for (const c of e.considerations ?? [])
      considerationReasons.set(c, [...(considerationReasons.get(c) ?? []), reason]);
  }

  // Legal duties: the point is essential wherever the law that requires it applies.
  for (const duty of content.scoring.duties) {
    const d = drafts.get(duty.point);
    if (!d || d.excluded !== null || d.duty !== null || !holds(duty.when)) continue;
    d.priority = 'essential';
    d.duty = duty.law;
    d.reasons.push({
      ruleId: null,
      text: `Required by law: ${duty.law}.`,
      answers: triggeringAnswers(duty.when, content, resolved, given, contexts),
      references: notHere.references.has(duty.reference) ? [] : [duty.reference],
    });
  }

  const methodCache = newMethodCache();
  const toItem = (d: Draft, priority: Priority, phaseId: string): PlanItem => {
    const edit = edits.points[d.point.id] ?? {};
    const carried = d.placement === 'setup' || d.placement === 'catch-up' ? d.placement : null;
    // The point's own "why here" first; where it sits (set-up, catch up now) next; then the rules.
    const reasons = carried
      ? [...d.reasons.slice(0, 1), carriedReason(d.point, carried, content), ...d.reasons.slice(1)]
      : d.reasons;
    const references: string[] = [];
    const add = (ids: readonly string[]) => {
      for (const id of ids) if (!references.includes(id)) references.push(id);
    };
    for (const r of reasons) add(r.references);
    add(d.point.references);
    return {
      id: d.point.id,
      kind: 'recommended',
      phaseId,
      ...(carried ? { carried: { kind: carried, fromPhaseId: d.point.phase } } : {}),
      ...(d.duty ? { duty: d.duty } : {}),
      title: d.point.title,
      decision: d.point.decision,
      priority: edit.priority ?? priority,
      level: d.level,
      who: [...d.who],
      methods: rankMethods(d.point, content, resolved, d.favoured, methodCache),
      pedGenerated: d.point.pedGenerated,
      pedUsed: d.point.pedUsed,
      patientHours: d.point.patientTime.hoursEach * d.point.patientTime.people,
      teamEffort: d.point.teamEffort,
      feeds: d.point.feeds ?? [],
      reasons,
      ...(d.planWide.size ? { planWideRules: [...d.planWide] } : {}),
      references,
      addedByTeam: false,
      edit,
      point: d.point,
    };
  };

  // The drafts each phase holds: its own points, and carried points in the first phase in scope.
  const byPhase = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    const at = d.placement === 'phase' ? d.point.phase : d.placement !== null ? firstInScope : undefined;
    if (at === undefined) continue;
    const list = byPhase.get(at);
    if (list) list.push(d);
    else byPhase.set(at, [d]);
  }
  const phases: PlanPhase[] = [];
  const placed = new Set<string>();
  for (const phase of [...content.phases].sort((a, b) => a.order - b.order)) {
    if (!scope.has(phase.id)) continue;
    const items: PlanItem[] = [];
    const excluded: ExcludedItem[] = [];
    const available: EngagementPoint[] = [];
    for (const d of byPhase.get(phase.id) ?? []) {
      const edit = edits.points[d.point.id];
      placed.add(d.point.id);
      if (d.excluded !== null || d.priority === null) {
        if (edit?.decision === 'include') {
          const item = toItem(d, 'optional', phase.id);
          item.addedByTeam = true;
          item.reasons = [...item.reasons, { ruleId: null, text: 'Added by your team.', answers: [], references: [] }];
          items.push(item);
        } else available.push(d.point);
        continue;
      }
      const item = toItem(d, d.priority, phase.id);
      if (edit?.decision === 'exclude') excluded.push({ item, reason: edit.reason?.trim() || 'No reason given.' });
      else items.push(item);
    }
    for (const custom of edits.custom.filter((c) => c.phase === phase.id)) {
      placed.add(custom.id);
      items.push({
        id: custom.id,
        kind: 'custom',
        phaseId: phase.id,
        title: custom.title,
        decision: custom.description,
        priority: custom.priority ?? DEFAULT_CUSTOM_PRIORITY,
        level: custom.level,
        who: custom.who,
        methods: [],
        pedGenerated: [],
        pedUsed: [],
        patientHours: custom.patientHours ?? 0,
        teamEffort: 'medium',
        feeds: [],
        reasons: [{ ruleId: null, text: 'Added by your team.', answers: [], references: [] }],
        references: [],
        addedByTeam: true,
        edit: {
          ...(custom.owner ? { owner: custom.owner } : {}),
          ...(custom.targetDate ? { targetDate: custom.targetDate } : {}),
          ...(custom.status ? { status: custom.status } : {}),
          ...(custom.notes ? { notes: custom.notes } : {}),
        },
        custom,
      });
    }
    items.sort((a, b) => RANK[b.priority] - RANK[a.priority]);
    phases.push({ phase: resolvePhase(phase, holds), items, excluded, available });
  }

  const orphanedEdits: OrphanedEdit[] = [];
  for (const [pointId, edit] of Object.entries(edits.points)) {
    if (placed.has(pointId)) continue;
    const point = content.points.find((p) => p.id === pointId);
    orphanedEdits.push({
      pointId,
      title: point?.title ?? pointId,
      edit,
      why: point
        ? `Its phase (${content.phases.find((p) => p.id === point.phase)?.name ?? point.phase}) is no longer in scope.`
        : 'This point is no longer in the knowledge base.',
    });
  }
  for (const custom of edits.custom) {
    if (placed.has(custom.id)) continue;
    orphanedEdits.push({
      pointId: custom.id,
      title: custom.title,
      edit: {},
      why: `Its phase (${content.phases.find((p) => p.id === custom.phase)?.name ?? custom.phase}) is no longer in scope.`,
    });
  }

  const chosenPhases = resolved[Q.phases];
  const gatedReason = (phaseId: string) =>
    Array.isArray(chosenPhases) && chosenPhases.length > 0
      ? undefined
      : content.scoring.purposePhases.find((g) => g.phase === phaseId && !evaluate(g.when, resolved))?.reason;
  // Points the answers call for whose phase is out of scope, each with the reason it was left out.
  const leftOut: LeftOutItem[] = [...drafts.values()]
    .filter((d) => d.placement === null && d.priority !== null && d.excluded === null && !placed.has(d.point.id))
    .map((d) => {
      const name = content.phases.find((p) => p.id === d.point.phase)?.name ?? d.point.phase;
      return {
        pointId: d.point.id,
        title: d.point.title,
        phaseId: d.point.phase,
        reason: !exists.has(d.point.phase)
          ? `This phase (${name}) does not apply to this kind of programme, so the point is left out.`
          : passed(d.point.phase)
            ? `Your programme is past this phase (${name}), and the decision it informs has usually been taken. Add the phase to the plan if it is still open.`
            : (gatedReason(d.point.phase) ??
              `This phase (${name}) is not in the plan's scope. Add it to the phases in scope to plan it.`),
      };
    });

  const considerations: PlanConsideration[] = content.considerations
    .filter((c) => considerationReasons.has(c.id) && holds(c.appliesTo))
    .map((c) => ({
      consideration: resolveConsideration(c, holds, notHere),
      reasons: considerationReasons.get(c.id) ?? [],
    }));

  // Method details are written once for every programme: sentences naming another context go. That
  // depends only on the content and the contexts, so it is kept for the next plan. Sources that do
  // not apply here go too, per plan: a source's appliesTo may rest on an answer, not only a context.
  const fitted = fittedMethods(content, contexts);
  const withSources = new Map<string, Method>();
  let keep: ((text: string) => string) | undefined;
  const fitMethod = (m: Method): Method => {
    const done = withSources.get(m.id);
    if (done) return done;
    let out = fitted.get(m.id);
    if (!out) {
      keep ??= inContext(content, contexts);
      out = {
        ...m,
        purpose: keep(m.purpose),
        participants: keep(m.participants),
        accessibility: keep(m.accessibility),
        strengths: m.strengths.map(keep).filter(Boolean),
        limits: m.limits.map(keep).filter(Boolean),
        ...(m.decision ? { decision: keep(m.decision) } : {}),
        ...(m.schedule ? { schedule: keep(m.schedule) } : {}),
      };
      fitted.set(m.id, out);
    }
    const here = { ...out, references: out.references.filter((r) => !notHere.references.has(r)) };
    withSources.set(m.id, here);
    return here;
  };
  for (const phase of phases)
    for (const item of phase.items) item.methods = item.methods.map((r) => ({ ...r, method: fitMethod(r.method) }));

  const plan = {
    contentVersion: content.meta.version,
    phases,
    considerations,
    qualityCriteria: content.qualityCriteria.map((q) => resolveCriterion(q, notHere)),
    orphanedEdits,
    leftOut,
    firedRules,
    contexts: [...contexts],
    filingScopes: filingScopeNotes(content, resolved, contexts, holds),
    referencesHere: content.references.filter((r) => !notHere.references.has(r.id)).map((r) => r.id),
  };
  return fitPlan(content, plan, { resolved, given, settings: input.settings });
}
