import { LIMITS, validRate } from './limits';
import { agendaField } from './agenda';
import { partnerSettings } from './partner';
import {
  CURRENCIES,
  DEFAULT_SETTINGS,
  MAX_CUSTOM_HOURS,
  STATUSES,
  type CustomPoint,
  type PlanEdits,
  type PlanSettings,
  type PointEdit,
} from './types';
import type { Answer, Answers } from '../answers';
import { LEAN_CHANGES, LEVELS, PRIORITIES } from '../content/constants';

/**
 * The checks and repairs of a saved plan's parts (answers, team edits, settings), shared by the plan
 * itself and the named versions it keeps (src/domain/document/versions.ts): each keeps what is sound
 * and drops what is not.
 */
export type Raw = Record<string, unknown>;

export const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isIsoTime = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(x) && Number.isFinite(Date.parse(x));
export const isDay = (x: unknown): x is string =>
  typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) && Number.isFinite(Date.parse(`${x}T00:00:00Z`));
export const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const optStr = (x: unknown, max = 2000): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? x.slice(0, max) : undefined;

function cleanAnswer(x: unknown): Answer | undefined {
  if (typeof x === 'string') return x.slice(0, LIMITS.answerText);
  if (typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= LIMITS.answerNumber) return x;
  if (Array.isArray(x) && x.length <= LIMITS.answerChoices && x.every((v) => typeof v === 'string'))
    return x.map((v) => v.slice(0, LIMITS.choice));
  if (isRecord(x) && x.notSure === true) return { notSure: true };
  return undefined;
}

export function cleanAnswers(raw: Raw): Answers {
  const answers: Answers = {};
  for (const [k, v] of Object.entries(raw).slice(0, LIMITS.answers)) {
    if (k.length > LIMITS.id) continue;
    const a = cleanAnswer(v);
    if (a !== undefined) answers[k] = a;
  }
  return answers;
}

function cleanEdit(x: unknown): PointEdit | undefined {
  if (!isRecord(x)) return undefined;
  const edit: PointEdit = {};
  if (x.decision === 'include' || x.decision === 'exclude') edit.decision = x.decision;
  const reason = optStr(x.reason, LIMITS.reason);
  if (reason) edit.reason = reason;
  const owner = optStr(x.owner, LIMITS.owner);
  if (owner) edit.owner = owner;
  const targetDate = optStr(x.targetDate, 10);
  if (targetDate && /^\d{4}-\d{2}-\d{2}$/.test(targetDate)) edit.targetDate = targetDate;
  if ((STATUSES as readonly unknown[]).includes(x.status)) edit.status = x.status as PointEdit['status'] & string;
  const notes = optStr(x.notes, LIMITS.notes);
  if (notes) edit.notes = notes;
  if ((PRIORITIES as readonly unknown[]).includes(x.priority)) edit.priority = x.priority as PointEdit['priority'];
  const lean = Array.isArray(x.lean) ? LEAN_CHANGES.filter((k) => (x.lean as unknown[]).includes(k)) : [];
  if (lean.length) edit.lean = lean;
  return edit;
}

function cleanCustom(x: unknown): CustomPoint | undefined {
  if (!isRecord(x) || typeof x.id !== 'string' || typeof x.phase !== 'string' || typeof x.title !== 'string')
    return undefined;
  if (x.id.length > LIMITS.id || x.phase.length > LIMITS.id) return undefined;
  const level = (LEVELS as readonly unknown[]).includes(x.level) ? (x.level as CustomPoint['level']) : 'involve';
  const edit = cleanEdit(x) ?? {};
  const hours = x.patientHours;
  return {
    id: x.id,
    phase: x.phase,
    title: x.title.slice(0, LIMITS.title),
    description: str(x.description).slice(0, LIMITS.description),
    who: Array.isArray(x.who)
      ? x.who.filter((w): w is string => typeof w === 'string' && w.length <= LIMITS.id).slice(0, LIMITS.who)
      : [],
    level,
    ...((PRIORITIES as readonly unknown[]).includes(x.priority)
      ? { priority: x.priority as NonNullable<CustomPoint['priority']> }
      : {}),
    ...(typeof hours === 'number' && Number.isFinite(hours) && hours >= 0 && hours <= MAX_CUSTOM_HOURS
      ? { patientHours: hours }
      : {}),
    ...(edit.owner ? { owner: edit.owner } : {}),
    ...(edit.targetDate ? { targetDate: edit.targetDate } : {}),
    ...(edit.status ? { status: edit.status } : {}),
    ...(edit.notes ? { notes: edit.notes } : {}),
  };
}

export function cleanEdits(raw: unknown): PlanEdits {
  const edits = isRecord(raw) ? raw : {};
  const points: Record<string, PointEdit> = {};
  if (isRecord(edits.points))
    for (const [k, v] of Object.entries(edits.points).slice(0, LIMITS.pointEdits)) {
      const e = cleanEdit(v);
      if (e) points[k] = e;
    }
  const custom = Array.isArray(edits.custom)
    ? edits.custom
        .slice(0, LIMITS.customPoints)
        .map(cleanCustom)
        .filter((c) => c !== undefined)
    : [];
  return { points, custom };
}

export function cleanSettings(raw: unknown): PlanSettings {
  const settings = isRecord(raw) ? raw : {};
  const rate = validRate(settings.hourlyRate) ? settings.hourlyRate : DEFAULT_SETTINGS.hourlyRate;
  const currency = (CURRENCIES as readonly unknown[]).includes(settings.currency)
    ? (settings.currency as PlanSettings['currency'])
    : 'GBP';
  return {
    hourlyRate: rate,
    currency,
    ...(typeof settings.ratesSetByTeam === 'boolean' ? { ratesSetByTeam: settings.ratesSetByTeam } : {}),
    ...(Number.isInteger(settings.essentialCap) &&
    (settings.essentialCap as number) >= 0 &&
    (settings.essentialCap as number) <= LIMITS.essentialCap
      ? { essentialCap: settings.essentialCap as number }
      : {}),
    ...agendaField(settings.agenda),
    ...partnerSettings(settings),
  };
}

export const cleanContentVersion = (x: unknown): string => str(x, 'unknown').slice(0, 50);
