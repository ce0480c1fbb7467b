import { type Content, type Priority } from '../content/schema';
import { PRIORITIES } from '../content/constants';
import type { Answers } from '../answers';
import { DEFAULT_SETTINGS, type PlanSettings } from '../document/types';
import type { PlanPhase, PlanSummary } from '../plan/types';
import { answerInWords } from './describe';

/** The questions whose answers make up the plan's what / how / who / when / why lines. */
const PROFILE: { label: string; questions: string[] }[] = [
  { label: 'Why', questions: ['ped-purposes'] },
  { label: 'What', questions: ['product-type', 'therapeutic-area', 'ped-types'] },
  { label: 'Who', questions: ['populations', 'stakeholders'] },
  { label: 'How', questions: ['engagement-level', 'modes', 'budget'] },
  { label: 'When', questions: ['development-stage', 'phases-in-scope', 'timeline'] },
];

export function summarise(
  content: Content,
  phases: PlanPhase[],
  resolved: Answers,
  given: Answers,
  settings: PlanSettings = DEFAULT_SETTINGS,
): PlanSummary {
  const items = phases.flatMap((p) => p.items);
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  const teamEffort = { low: 0, medium: 0, high: 0 };
  for (const item of items) {
    byPriority[item.priority] += 1;
    teamEffort[item.teamEffort] += 1;
  }
  const patientHours = items.reduce((n, i) => n + i.patientHours, 0);
  const profile = PROFILE.map(({ label, questions }) => ({
    label,
    text: questions
      .map((id) => content.questions.find((q) => q.id === id))
      .filter((q) => q !== undefined && resolved[q.id] !== undefined)
      .map((q) => `${q!.short}: ${answerInWords(q!, given[q!.id], resolved[q!.id])}`)
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
    cost: {
      rate: settings.hourlyRate,
      currency: settings.currency,
      total: Math.round(patientHours * settings.hourlyRate),
    },
    teamEffort,
    profile,
  };
}
