import type { ImpactEntry, ImpactRecord, PlanDocument, PlanVersion } from '../document/types';
import { RECORD_LIMITS } from '../document/record';

/** Pure changes to a plan's impact record and named versions. Each returns a new document. */

const emptyRecord = (): ImpactRecord => ({ points: {} });

/** The entries logged for one point, oldest first. */
export const pointEntries = (doc: Pick<PlanDocument, 'record'>, pointId: string): ImpactEntry[] =>
  doc.record?.points[pointId] ?? [];

function withEntries(doc: PlanDocument, pointId: string, entries: ImpactEntry[]): PlanDocument {
  const record = doc.record ?? emptyRecord();
  const points = { ...record.points };
  if (entries.length > 0) points[pointId] = entries;
  else delete points[pointId];
  return { ...doc, record: { ...record, points } };
}

/** Adds an entry to a point's log, unless the point (or the whole log) is full. */
export function addEntry(doc: PlanDocument, pointId: string, entry: ImpactEntry): PlanDocument {
  const entries = pointEntries(doc, pointId);
  const total = Object.values(doc.record?.points ?? {}).reduce((n, l) => n + l.length, 0);
  if (entries.length >= RECORD_LIMITS.entriesPerPoint || total >= RECORD_LIMITS.entries) return doc;
  return withEntries(doc, pointId, [...entries, entry]);
}

export function updateEntry(doc: PlanDocument, pointId: string, entry: ImpactEntry): PlanDocument {
  return withEntries(
    doc,
    pointId,
    pointEntries(doc, pointId).map((e) => (e.id === entry.id ? entry : e)),
  );
}

export function removeEntry(doc: PlanDocument, pointId: string, entryId: string): PlanDocument {
  return withEntries(
    doc,
    pointId,
    pointEntries(doc, pointId).filter((e) => e.id !== entryId),
  );
}

export function setReflections(doc: PlanDocument, text: string): PlanDocument {
  const { reflections: _old, ...record } = doc.record ?? emptyRecord();
  const next = text.slice(0, RECORD_LIMITS.reflections);
  return { ...doc, record: next.trim() ? { ...record, reflections: next } : record };
}

/** The inputs a plan is rebuilt from: a version's, or the document's own (the current plan). */
export type PlanInputs = Pick<PlanVersion, 'answers' | 'edits' | 'settings' | 'contentVersion'>;

export const currentInputs = (doc: PlanDocument): PlanInputs => ({
  answers: doc.answers,
  edits: doc.edits,
  settings: doc.settings,
  contentVersion: doc.contentVersion,
});

/** Whether another version may be saved (the limit keeps one file from filling the browser's storage). */
export const canSaveVersion = (doc: PlanDocument): boolean => (doc.versions?.length ?? 0) < RECORD_LIMITS.versions;

/** Freezes the plan's inputs under a name. Nothing derived is stored: the plan is rebuilt from them. */
export function saveVersion(doc: PlanDocument, input: { id: string; name: string; savedAt: string }): PlanDocument {
  if (!canSaveVersion(doc)) return doc;
  const version: PlanVersion = {
    id: input.id,
    name: input.name.trim().slice(0, RECORD_LIMITS.versionName) || 'Unnamed version',
    savedAt: input.savedAt,
    // A deep copy, so later edits of the plan never reach into the frozen version.
    ...(structuredClone(currentInputs(doc)) as PlanInputs),
  };
  return { ...doc, versions: [...(doc.versions ?? []), version] };
}

export function removeVersion(doc: PlanDocument, versionId: string): PlanDocument {
  return { ...doc, versions: (doc.versions ?? []).filter((v) => v.id !== versionId) };
}
