import { type Content, type EngagementPoint, type Level, type Priority } from '../content/schema';
import type { Answers } from '../answers';
import { DEFAULT_CUSTOM_PRIORITY, type PlanEdits, type PlanSettings } from '../document/types';
import type { ExcludedItem, OrphanedEdit, Plan, PlanConsideration, PlanItem, PlanPhase, Reason } from '../plan/types';
import { evaluate } from '../conditions';
import { viewAnswers } from '../questionnaire/visibility';
import { Q, STAGE_FIRST_PHASE } from './answerKeys';
import { triggeringAnswers } from './describe';
import { rankMethods } from './rankMethods';
import { fitPlan } from './fitPlan';

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
  priority: Priority | null;
  excluded: string | null;
  level: Level;
  who: Set<string>;
  favoured: Set<string>;
  reasons: Reason[];
}

/** The phases in scope: those chosen, else every phase from the development stage onward. */
export function phasesInScope(content: Pick<Content, 'phases'>, resolved: Answers): string[] {
  const ordered = [...content.phases].sort((a, b) => a.order - b.order);
  const chosen = resolved[Q.phases];
  if (Array.isArray(chosen) && chosen.length > 0) return ordered.filter((p) => chosen.includes(p.id)).map((p) => p.id);
  const stage = resolved[Q.stage];
  const first = typeof stage === 'string' ? STAGE_FIRST_PHASE[stage] : undefined;
  const from = Math.max(
    0,
    ordered.findIndex((p) => p.id === first),
  );
  return ordered.slice(from).map((p) => p.id);
}

/** Content × answers × team edits → plan. Pure and deterministic: the same inputs give the same plan. */
export function buildPlan(content: Content, input: PlanInput): Plan {
  const { resolved, given } = viewAnswers(content.questions, input.answers);
  const edits = input.edits ?? { points: {}, custom: [] };
  const scope = new Set(phasesInScope(content, resolved));

  const drafts = new Map<string, Draft>();
  for (const point of content.points) {
    if (!scope.has(point.phase)) continue;
    const baseline = point.baseline === 'conditional' ? null : point.baseline;
    drafts.set(point.id, {
      point,
      priority: baseline,
      excluded: null,
      level: point.level,
      who: new Set(point.who),
      favoured: new Set(),
      reasons: baseline
        ? [
            {
              ruleId: null,
              text: `Good practice in this phase for most programmes (${baseline} by default).`,
              answers: [],
              references: point.references,
            },
          ]
        : [],
    });
  }

  const considerationReasons = new Map<string, Reason[]>();
  for (const c of content.considerations)
    if (c.always)
      considerationReasons.set(c.id, [
        { ruleId: null, text: 'Applies to every engagement plan.', answers: [], references: c.references },
      ]);

  const firedRules: string[] = [];
  for (const rule of content.rules) {
    if (!evaluate(rule.when, resolved, given)) continue;
    firedRules.push(rule.id);
    const reason: Reason = {
      ruleId: rule.id,
      text: rule.reason,
      answers: triggeringAnswers(rule.when, content, resolved, given),
      references: rule.references,
    };
    const touch = (pointId: string, change: (d: Draft) => void) => {
      const d = drafts.get(pointId);
      if (!d) return;
      change(d);
      if (!d.reasons.includes(reason)) d.reasons.push(reason);
    };
    const e = rule.effects;
    for (const { point, priority } of e.include ?? []) touch(point, (d) => (d.priority = higher(d.priority, priority)));
    for (const { point, priority } of e.demote ?? [])
      touch(point, (d) => (d.priority = d.priority === null ? null : lower(d.priority, priority)));
    for (const point of e.exclude ?? []) touch(point, (d) => (d.excluded = rule.reason));
    for (const { point, level } of e.level ?? []) touch(point, (d) => (d.level = level));
    for (const { method, points } of e.methods ?? []) {
      const targets =
        points ??
        [...drafts.values()].filter((d) => d.point.methods.some((m) => m.method === method)).map((d) => d.point.id);
      for (const p of targets) touch(p, (d) => d.favoured.add(method));
    }
    for (const { stakeholder, points } of e.stakeholders ?? []) {
      const targets = points ?? [...drafts.keys()];
      for (const p of targets) {
        const d = drafts.get(p);
        if (!d || d.who.has(stakeholder)) continue;
        // Without named points a stakeholder joins only points that already involve patients directly.
        if (!points && !d.who.has('patients')) continue;
        touch(p, (x) => x.who.add(stakeholder));
      }
    }
    for (const c of e.considerations ?? [])
      considerationReasons.set(c, [...(considerationReasons.get(c) ?? []), reason]);
  }

  const toItem = (d: Draft, priority: Priority): PlanItem => {
    const edit = edits.points[d.point.id] ?? {};
    const references = [...new Set(d.reasons.flatMap((r) => r.references).concat(d.point.references))];
    return {
      id: d.point.id,
      kind: 'recommended',
      phaseId: d.point.phase,
      title: d.point.title,
      decision: d.point.decision,
      priority,
      level: d.level,
      who: [...d.who],
      methods: rankMethods(d.point, content, resolved, d.favoured),
      pedGenerated: d.point.pedGenerated,
      pedUsed: d.point.pedUsed,
      patientHours: d.point.patientTime.hoursEach * d.point.patientTime.people,
      teamEffort: d.point.teamEffort,
      feeds: d.point.feeds ?? [],
      reasons: d.reasons,
      references,
      addedByTeam: false,
      edit,
      point: d.point,
    };
  };

  const phases: PlanPhase[] = [];
  const placed = new Set<string>();
  for (const phase of [...content.phases].sort((a, b) => a.order - b.order)) {
    if (!scope.has(phase.id)) continue;
    const items: PlanItem[] = [];
    const excluded: ExcludedItem[] = [];
    const available: EngagementPoint[] = [];
    for (const d of drafts.values()) {
      if (d.point.phase !== phase.id) continue;
      const edit = edits.points[d.point.id];
      placed.add(d.point.id);
      if (d.excluded !== null || d.priority === null) {
        if (edit?.decision === 'include') {
          const item = toItem(d, 'optional');
          item.addedByTeam = true;
          item.reasons = [...item.reasons, { ruleId: null, text: 'Added by your team.', answers: [], references: [] }];
          items.push(item);
        } else available.push(d.point);
        continue;
      }
      const item = toItem(d, d.priority);
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
    phases.push({ phase, items, excluded, available });
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

  const considerations: PlanConsideration[] = content.considerations
    .filter((c) => considerationReasons.has(c.id))
    .map((consideration) => ({ consideration, reasons: considerationReasons.get(consideration.id) ?? [] }));

  const plan = {
    contentVersion: content.meta.version,
    phases,
    considerations,
    qualityCriteria: content.qualityCriteria,
    orphanedEdits,
    firedRules,
  };
  return fitPlan(content, plan, { resolved, given, settings: input.settings });
}
