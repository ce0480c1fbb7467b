import { LIMITS } from './limits';
import { cleanWorkshop } from './workshop';
import { SCHEMA_VERSION, type PlanDocument } from './types';
import {
  cleanAnswers,
  cleanContentVersion,
  cleanEdits,
  cleanSettings,
  isIsoTime,
  isRecord,
  str,
  type Raw,
} from './clean';
import { cleanRecord, cleanVersions } from './record';

/**
 * Saved plans carry a schema version and are upgraded one step at a time: migration N turns a
 * version-N document into version N+1. Add a step (and a fixture in tests/fixtures/documents)
 * whenever the saved shape changes; never edit a published step.
 */
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
  // 3 → 4: plans gained an impact record (`record`: what happened at each point, feedback to the
  // partners, a metric's result, the team's reflections) and named versions (`versions`). Both are
  // optional, so a v3 plan needs nothing more than the new number; the number is what stops an
  // older planner (which reads up to 3) from opening a v4 plan and dropping its record on save.
  3: (doc) => ({ ...doc, schemaVersion: 4 }),
};

/** `warnings` names the damaged parts that were left out or repaired (only when there were some). */
export type RestoreResult =
  { ok: true; document: PlanDocument; migratedFrom?: number; warnings?: string[] } | { ok: false; error: string };

/** Checks and repairs a current-version document: keeps what is sound, drops what is not. */
function normalise(doc: Raw): RestoreResult {
  if (typeof doc.id !== 'string' || doc.id.length === 0) return { ok: false, error: 'The plan has no id.' };
  if (doc.id.length > LIMITS.id)
    return { ok: false, error: `The plan's id is ${doc.id.length} characters long; at most ${LIMITS.id} are allowed.` };
  if (!isRecord(doc.answers)) return { ok: false, error: 'The plan has no answers section.' };
  const position = isRecord(doc.position) ? doc.position : {};
  const stage = position.stage === 'review' || position.stage === 'done' ? position.stage : 'answering';
  const record = cleanRecord(doc.record);
  if (!record.ok) return record;
  const versions = cleanVersions(doc.versions);
  if (!versions.ok) return versions;
  const warnings = [...record.warnings, ...versions.warnings];
  const now = new Date(0).toISOString();
  const document: PlanDocument = {
    schemaVersion: SCHEMA_VERSION,
    contentVersion: cleanContentVersion(doc.contentVersion),
    id: doc.id,
    name: str(doc.name, 'Untitled plan').slice(0, LIMITS.name) || 'Untitled plan',
    organisation: str(doc.organisation).slice(0, LIMITS.organisation),
    createdAt: isIsoTime(doc.createdAt) ? doc.createdAt : now,
    updatedAt: isIsoTime(doc.updatedAt) ? doc.updatedAt : now,
    answers: cleanAnswers(doc.answers),
    position: { questionId: typeof position.questionId === 'string' ? position.questionId : null, stage },
    edits: cleanEdits(doc.edits),
    settings: cleanSettings(doc.settings),
    ...(typeof doc.exampleId === 'string' && doc.exampleId.length <= LIMITS.id ? { exampleId: doc.exampleId } : {}),
    ...(cleanWorkshop(doc.workshop) ? { workshop: cleanWorkshop(doc.workshop)! } : {}),
    ...(record.value ? { record: record.value } : {}),
    ...(versions.value ? { versions: versions.value } : {}),
  };
  return warnings.length > 0 ? { ok: true, document, warnings } : { ok: true, document };
}

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
