import { LIMITS, validRate } from './limits';
import { agendaField } from './agenda';
import { cleanWorkshop } from './workshop';
import { partnerSettings } from './partner';
import {
  CURRENCIES,
  DEFAULT_SETTINGS,
  MAX_CUSTOM_HOURS,
  SCHEMA_VERSION,
  STATUSES,
  type CustomPoint,
  type PlanDocument,
  type PointEdit,
} from './types';
import type { Answer, Answers } from '../answers';
import { LEAN_CHANGES, LEVELS, PRIORITIES } from '../content/constants';

/**
 * Saved plans carry a schema version and are upgraded one step at a time: migration N turns a
 * version-N document into version N+1. Add a step (and a fixture in tests/fixtures/documents)
 * whenever the saved shape changes; never edit a published step.
 */
type Raw = Record<string, unknown>;

export const MIGRATIONS: Record<number, (doc: Raw) => Raw> = {
  // 1 → 2: plans gained an organisation, the content version, team edits, cost settings, and a
  // questionnaire position (v1 kept only the current question id and a finished flag).
  1: (doc) => {
    const { currentQuestionId, finished, ...rest } = doc;
    return {
      ...rest,
      schemaVersion: 2,
      organisation: '',
      contentVersion: 'unknown',
      position: {
        questionId: typeof currentQuestionId === 'string' ? currentQuestionId : null,
        stage: finished === true ? 'done' : 'answering',
      },
      edits: { points: {}, custom: [] },
      settings: { hourlyRate: 50, currency: 'GBP' },
    };
  },
  // 2 → 3: the questionnaire resumes from the answers and position alone, so the XState snapshot
  // that repeated them (`machine`) is dropped.
  2: (doc) => {
    const { machine, ...rest } = doc;
    return { ...rest, schemaVersion: 3 };
  },
};

export type RestoreResult = { ok: true; document: PlanDocument; migratedFrom?: number } | { ok: false; error: string };

const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIsoTime = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(x) && Number.isFinite(Date.parse(x));
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
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

/** Checks and repairs a current-version document: keeps what is sound, drops what is not. */
function normalise(doc: Raw): RestoreResult {
  if (typeof doc.id !== 'string' || doc.id.length === 0) return { ok: false, error: 'The plan has no id.' };
  if (doc.id.length > LIMITS.id)
    return { ok: false, error: `The plan's id is ${doc.id.length} characters long; at most ${LIMITS.id} are allowed.` };
  if (!isRecord(doc.answers)) return { ok: false, error: 'The plan has no answers section.' };
  const answers: Answers = {};
  for (const [k, v] of Object.entries(doc.answers).slice(0, LIMITS.answers)) {
    if (k.length > LIMITS.id) continue;
    const a = cleanAnswer(v);
    if (a !== undefined) answers[k] = a;
  }
  const position = isRecord(doc.position) ? doc.position : {};
  const stage = position.stage === 'review' || position.stage === 'done' ? position.stage : 'answering';
  const edits = isRecord(doc.edits) ? doc.edits : {};
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
  const settings = isRecord(doc.settings) ? doc.settings : {};
  const rate = validRate(settings.hourlyRate) ? settings.hourlyRate : DEFAULT_SETTINGS.hourlyRate;
  const currency = (CURRENCIES as readonly unknown[]).includes(settings.currency)
    ? (settings.currency as PlanDocument['settings']['currency'])
    : 'GBP';
  const now = new Date(0).toISOString();
  const document: PlanDocument = {
    schemaVersion: SCHEMA_VERSION,
    contentVersion: str(doc.contentVersion, 'unknown').slice(0, 50),
    id: doc.id,
    name: str(doc.name, 'Untitled plan').slice(0, LIMITS.name) || 'Untitled plan',
    organisation: str(doc.organisation).slice(0, LIMITS.organisation),
    createdAt: isIsoTime(doc.createdAt) ? doc.createdAt : now,
    updatedAt: isIsoTime(doc.updatedAt) ? doc.updatedAt : now,
    answers,
    position: { questionId: typeof position.questionId === 'string' ? position.questionId : null, stage },
    edits: { points, custom },
    settings: {
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
    },
    ...(typeof doc.exampleId === 'string' && doc.exampleId.length <= LIMITS.id ? { exampleId: doc.exampleId } : {}),
    ...(cleanWorkshop(doc.workshop) ? { workshop: cleanWorkshop(doc.workshop)! } : {}),
  };
  return { ok: true, document };
}

/** A rate of patient time: a finite, non-negative amount below a sane ceiling. */

function describeValue(x: unknown): string {
  if (typeof x === 'string') return `the text "${x.slice(0, 20)}"`;
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

/** Upgrades any saved or imported plan to the current schema, or says clearly why it cannot. */
export function restoreDocument(input: unknown): RestoreResult {
  if (!isRecord(input)) return { ok: false, error: 'This is not a saved plan (expected a JSON object).' };
  const version = input.schemaVersion;
  if (version === undefined)
    return { ok: false, error: 'This file has no schema version, so it is not a plan saved by this tool.' };
  if (typeof version !== 'number')
    return {
      ok: false,
      error: `The schema version must be a number, but it is ${describeValue(version)}. A plan saved by this tool has schemaVersion ${SCHEMA_VERSION} (no quotes).`,
    };
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, error: `The schema version ${version} is not one this tool ever wrote (they start at 1).` };
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `This plan was saved by a newer version of the planner (schema ${version}); this one reads up to ${SCHEMA_VERSION}.`,
    };
  let doc: Raw = input;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `No upgrade path from schema ${v}.` };
    doc = step(doc);
  }
  const result = normalise(doc);
  return result.ok && version < SCHEMA_VERSION ? { ...result, migratedFrom: version } : result;
}
