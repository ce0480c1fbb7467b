import { LIMITS } from './limits';

/** Minutes the facilitator gives each phase in a workshop, by phase id (PlanSettings.agenda). */
export type Agenda = Record<string, number>;

/** A usable number of minutes for one phase: a whole number from 0 to the limit. */
export function validMinutes(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= LIMITS.agendaMinutes;
}

/**
 * The agenda of a saved or imported plan, or undefined when it has none worth keeping: keeps the
 * phases with a sound id and a valid number of minutes, drops the rest.
 */
export function cleanAgenda(raw: unknown): Agenda | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const agenda: Agenda = {};
  for (const [phaseId, minutes] of Object.entries(raw).slice(0, LIMITS.agendaPhases)) {
    if (phaseId.length === 0 || phaseId.length > LIMITS.id || !validMinutes(minutes)) continue;
    agenda[phaseId] = minutes;
  }
  return Object.keys(agenda).length > 0 ? agenda : undefined;
}

/** The agenda with one phase's minutes set (or removed, for no time set). */
export function setAgendaMinutes(agenda: Agenda | undefined, phaseId: string, minutes: number | null): Agenda {
  const next: Agenda = { ...agenda };
  if (minutes === null) delete next[phaseId];
  else next[phaseId] = minutes;
  return next;
}

/** Total minutes of the agenda. */
export function agendaTotal(agenda: Agenda | undefined): number {
  return Object.values(agenda ?? {}).reduce((a, b) => a + b, 0);
}

/** The `agenda` field for a plan's settings, cleaned, or nothing when there is none: for `normalise`. */
export function agendaField(raw: unknown): { agenda?: Agenda } {
  const agenda = cleanAgenda(raw);
  return agenda ? { agenda } : {};
}
