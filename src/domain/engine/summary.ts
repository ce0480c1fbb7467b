import { type Content, type Priority } from '../content/schema';
import { PRIORITIES } from '../content/constants';
import type { Answers } from '../answers';
import { DEFAULT_SETTINGS, type PlanSettings } from '../document/types';
import type { PlanItem, PlanPhase, PlanSummary, ProgrammeDetails } from '../plan/types';
import { optionLabel } from '../content/options';
import { answerInWords } from './describe';
import { asAsked } from '../questionnaire/wording';
import { PROFILE_QUESTIONS, PROGRAMME_QUESTIONS } from './answerKeys';
import { costBasis, currencyDefaults } from '../plan/currency';
import { checkBudget, estimate, expenseContext, FULL, type Variant } from './budget';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The programme summary, condition and next milestone as the team gave them. */
function programmeDetails(content: Content, resolved: Answers): ProgrammeDetails {
  const area = content.questions.find((q) => q.id === PROGRAMME_QUESTIONS.area);
  const areaValue = text(resolved[PROGRAMME_QUESTIONS.area]);
  const areaLabel = area && areaValue && areaValue !== 'other' ? optionLabel(area, areaValue) : undefined;
  const detail = text(resolved[PROGRAMME_QUESTIONS.condition]);
  const condition = detail && areaLabel ? `${detail} (${areaLabel})` : (detail ?? areaLabel);
  const summary = text(resolved[PROGRAMME_QUESTIONS.summary]);
  const milestone = text(resolved[PROGRAMME_QUESTIONS.milestone]);
  return {
    ...(summary ? { summary } : {}),
    ...(condition ? { condition } : {}),
    ...(milestone ? { milestone } : {}),
  };
}

export function summarise(
  content: Content,
  phases: PlanPhase[],
  resolved: Answers,
  given: Answers,
  settings: PlanSettings = DEFAULT_SETTINGS,
  variants?: ReadonlyMap<PlanItem, Variant>,
): PlanSummary {
  const items = phases.flatMap((p) => p.items);
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  const teamEffort = { low: 0, medium: 0, high: 0 };
  for (const item of items) {
    byPriority[item.priority] += 1;
    teamEffort[item.teamEffort] += 1;
  }
  // Lean changes the team chose run with fewer rounds, a smaller group or a smaller sample.
  const v = (i: PlanItem) => variants?.get(i) ?? FULL;
  const patientHours = items.reduce((n, i) => n + Math.round(i.patientHours * v(i).hoursShare * v(i).groupShare), 0);
  const participants = items.reduce((n, i) => n + Math.round((i.participants?.people ?? 0) * v(i).peopleShare), 0);
  const basis = costBasis(content, resolved, settings);
  const ctx = expenseContext(content, resolved, given);
  const { lines, total } = estimate(items, basis, ctx, content, variants);
  const profile = PROFILE_QUESTIONS.map(({ label, questions }) => ({
    label,
    text: questions
      .map((id) => content.questions.find((q) => q.id === id))
      .filter((q) => q !== undefined && resolved[q.id] !== undefined)
      .map((q) => `${q!.short}: ${answerInWords(asAsked(q!, resolved), given[q!.id], resolved[q!.id])}`)
      .join('; '),
  })).filter((line) => line.text.length > 0);
  return {
    points: items.length,
    byPriority,
    byPhase: phases.map((p) => ({
      phaseId: p.phase.id,
      name: p.phase.name,
      essential: p.items.filter((i) => i.priority === 'essential').length,
      recommended: p.items.filter((i) => i.priority === 'recommended').length,
      optional: p.items.filter((i) => i.priority === 'optional').length,
    })),
    patientHours,
    participants,
    essentialCap: settings.essentialCap ?? content.scoring.essentialCap,
    cost: {
      rate: basis.hourlyRate,
      currency: basis.currency,
      total,
      lines,
      basis: {
        region: basis.region,
        source: basis.source,
        reference: basis.reference,
        setByTeam: basis.setByTeam,
        note: basis.note,
      },
      defaults: currencyDefaults(content),
    },
    budget: checkBudget(items, total, basis, ctx, content, resolved, given, variants),
    teamEffort,
    profile,
    programme: programmeDetails(content, resolved),
  };
}
