import type { Content } from '../content/schema';
import type { Answers } from '../answers';
import type { PlanSettings } from '../document/types';
import type { Plan, PlanItem, PlanPhase } from '../plan/types';
import { costBasis } from '../plan/currency';
import { Q } from './answerKeys';
import { evaluate } from '../conditions';
import { expenseContext, FULL, itemCost, teamVariant, type Variant } from './budget';
import { capEssentials, scoreItem } from './prioritise';
import { summarise } from './summary';

export interface FitInput {
  resolved: Answers;
  given: Answers;
  settings?: PlanSettings | undefined;
}

const RANK = { essential: 3, recommended: 2, optional: 1 } as const;

/** Without phases chosen, the timeline decides how many phases from the current stage are in scope. */
function limitToTimeline(
  content: Pick<Content, 'scoring'>,
  phases: PlanPhase[],
  resolved: Answers,
): { kept: PlanPhase[]; beyond: PlanPhase[] } {
  const chosen = resolved[Q.phases];
  const timeline = resolved[Q.timeline];
  const reach = typeof timeline === 'string' ? content.scoring.timelinePhases[timeline] : undefined;
  if ((Array.isArray(chosen) && chosen.length > 0) || reach === undefined) return { kept: phases, beyond: [] };
  // Kept whatever the timeline: returning results, and phases the purposes name explicitly.
  const keep = new Set([
    ...content.scoring.timelineKeepsPhases,
    ...content.scoring.purposePhases
      .filter((g) => Array.isArray(resolved[Q.purposes]) && evaluate(g.when, resolved))
      .map((g) => g.phase),
  ]);
  const kept: PlanPhase[] = [];
  const beyond: PlanPhase[] = [];
  phases.forEach((p, i) => (i < reach || keep.has(p.phase.id) ? kept : beyond).push(p));
  return { kept, beyond };
}

/**
 * Fits a built plan to this programme: the timeline's reach, patient partners apart from research
 * participants, benefit and investment scores, the cap on essentials, and the cost against the budget.
 */
export function fitPlan(content: Content, plan: Omit<Plan, 'summary' | 'beyondTimeline'>, input: FitInput): Plan {
  const { resolved, given } = input;
  const scoring = content.scoring;
  const { kept, beyond } = limitToTimeline(content, plan.phases, resolved);

  const orphanedEdits = [...plan.orphanedEdits];
  for (const p of beyond)
    for (const item of [...p.items, ...p.excluded.map((x) => x.item)])
      if (Object.keys(item.edit).length > 0 || item.custom)
        orphanedEdits.push({
          pointId: item.id,
          title: item.title,
          edit: item.edit,
          why: `Its phase (${p.phase.name}) is beyond your timeline. Choose the phases in scope to bring it back.`,
        });

  const participantMethods = new Set(scoring.participantMethods);
  const items = kept.flatMap((p) => p.items);
  for (const item of items) {
    const primary = item.point?.methods[0]?.method;
    if (item.kind === 'recommended' && item.point && primary && participantMethods.has(primary)) {
      item.participants = { ...item.point.patientTime };
      item.patientHours = 0;
    }
  }

  const basis = costBasis(content, resolved, input.settings);
  const ctx = expenseContext(content, resolved, given);
  // Points the team chose to run lean (edits) are costed, scored and counted that way.
  const variants = new Map<PlanItem, Variant>();
  for (const item of items) {
    const v = teamVariant(item, content, resolved, given);
    if (v === FULL) continue;
    variants.set(item, v);
    const words = (item.edit.lean ?? []).map((k) => scoring.lean.chosen[k]).filter(Boolean);
    item.reasons = [
      ...item.reasons,
      {
        ruleId: null,
        text: scoring.lean.chosenText.replace('{changes}', words.join(', ')),
        answers: [],
        references: [],
      },
    ];
  }
  for (const item of items)
    item.score = scoreItem(item, scoring, Math.round(itemCost(item, basis, ctx, content, variants.get(item))));

  const cap = input.settings?.essentialCap ?? scoring.essentialCap;
  const capped = capEssentials(kept, cap);
  for (const p of kept) p.items.sort((a, b) => RANK[b.priority] - RANK[a.priority]);

  return {
    ...plan,
    phases: kept,
    orphanedEdits,
    summary: {
      ...summarise(content, kept, resolved, given, input.settings, variants),
      duties: capped.duties,
      ...(capped.dutiesOverCap > 0
        ? {
            capNote: `This plan has ${capped.duties} legal duties but keeps only ${cap} point${cap === 1 ? '' : 's'} essential, so ${capped.dutiesOverCap} ${capped.dutiesOverCap === 1 ? 'duty is' : 'duties are'} shown as recommended. Raise the number of essentials to at least ${capped.duties}.`,
          }
        : {}),
    },
    beyondTimeline: beyond.map((p) => ({ phaseId: p.phase.id, name: p.phase.name, points: p.items.length })),
  };
}
