import { isDay, isIsoTime, isRecord, cleanAnswers, cleanContentVersion, cleanEdits, cleanSettings } from './clean';
import type { ImpactEntry, ImpactRecord, PlanVersion } from './types';

export const RECORD_LIMITS = {
  points: 1000,
  entriesPerPoint: 100,
  entries: 2000,
  text: 5000,
  how: 200,
  metricResult: 2000,
  reflections: 10_000,
  id: 200,
  versions: 30,
  versionName: 200,
} as const;

export type Cleaned<T> = { ok: true; value: T | undefined; warnings: string[] } | { ok: false; error: string };

const TEXT_FIELDS = [
  ['happened', RECORD_LIMITS.text],
  ['changed', RECORD_LIMITS.text],
  ['metricResult', RECORD_LIMITS.metricResult],
] as const;

const tooLong = (what: string, length: number, max: number) =>
  `The impact record is too large to open: ${what} is ${length.toLocaleString('en-GB')} characters long, and at most ${max.toLocaleString('en-GB')} are allowed. Nothing was changed.`;
const tooMany = (what: string, count: number, max: number) =>
  `The impact record is too large to open: it has ${count.toLocaleString('en-GB')} ${what}, and at most ${max.toLocaleString('en-GB')} are allowed. Nothing was changed.`;
const isId = (x: unknown): x is string => typeof x === 'string' && x !== '' && x.length <= RECORD_LIMITS.id;

/** The first string in `x` at `field` that is over its limit, as an error; otherwise null. */
function overLong(x: Record<string, unknown>, field: string, max: number, what: string): string | null {
  const v = x[field];
  return typeof v === 'string' && v.length > max ? tooLong(what, v.length, max) : null;
}

/**
 * Checks a saved or imported impact record. Too much of it (too many entries, too long a text) is
 * refused with the reason, so nothing is cut short without the user's say; damaged entries are left
 * out and each kind of damage is named in `warnings`. Never throws.
 */
export function cleanRecord(raw: unknown): Cleaned<ImpactRecord> {
  if (raw === undefined) return { ok: true, value: undefined, warnings: [] };
  if (!isRecord(raw))
    return { ok: true, value: undefined, warnings: ['The impact record was not readable and was left out.'] };
  const warnings: string[] = [];
  let damaged = 0;
  let badFeedback = 0;
  const points: Record<string, ImpactEntry[]> = {};
  const rawPoints = isRecord(raw.points) ? raw.points : {};
  if (raw.points !== undefined && !isRecord(raw.points))
    warnings.push('The impact log was not readable and was left out.');
  const pointIds = Object.keys(rawPoints);
  if (pointIds.length > RECORD_LIMITS.points)
    return { ok: false, error: tooMany('points with entries', pointIds.length, RECORD_LIMITS.points) };
  let total = 0;
  for (const pointId of pointIds) {
    const list = rawPoints[pointId];
    if (!isId(pointId) || !Array.isArray(list)) {
      damaged++;
      continue;
    }
    if (list.length > RECORD_LIMITS.entriesPerPoint)
      return {
        ok: false,
        error: tooMany(`entries for the point “${pointId}”`, list.length, RECORD_LIMITS.entriesPerPoint),
      };
    total += list.length;
    if (total > RECORD_LIMITS.entries)
      return { ok: false, error: tooMany('entries in all', total, RECORD_LIMITS.entries) };
    const entries: ImpactEntry[] = [];
    for (const x of list) {
      if (!isRecord(x) || !isId(x.id) || entries.some((e) => e.id === x.id)) {
        damaged++;
        continue;
      }
      for (const [field, max] of TEXT_FIELDS) {
        const error = overLong(x, field, max, `an entry’s “${field}”`);
        if (error) return { ok: false, error };
      }
      const entry: ImpactEntry = {
        id: x.id,
        ...(isDay(x.date) ? { date: x.date } : {}),
        happened: typeof x.happened === 'string' ? x.happened : '',
        changed: typeof x.changed === 'string' ? x.changed : '',
      };
      if (
        (x.date !== undefined && !isDay(x.date)) ||
        (x.happened !== undefined && typeof x.happened !== 'string') ||
        (x.changed !== undefined && typeof x.changed !== 'string')
      )
        damaged++;
      if (x.feedback !== undefined) {
        const f = x.feedback;
        if (!isRecord(f)) badFeedback++;
        else {
          const error =
            overLong(f, 'how', RECORD_LIMITS.how, 'how feedback was sent') ??
            overLong(f, 'summary', RECORD_LIMITS.text, 'a feedback summary');
          if (error) return { ok: false, error };
          if (
            (f.date !== undefined && !isDay(f.date)) ||
            (f.how !== undefined && typeof f.how !== 'string') ||
            (f.summary !== undefined && typeof f.summary !== 'string')
          )
            badFeedback++;
          entry.feedback = {
            ...(isDay(f.date) ? { date: f.date } : {}),
            how: typeof f.how === 'string' ? f.how : '',
            summary: typeof f.summary === 'string' ? f.summary : '',
          };
        }
      }
      if (isId(x.metricId)) entry.metricId = x.metricId;
      else if (x.metricId !== undefined) damaged++;
      if (typeof x.metricResult === 'string') entry.metricResult = x.metricResult;
      entries.push(entry);
    }
    if (entries.length > 0) points[pointId] = entries;
  }
  if (damaged > 0)
    warnings.push(
      `${damaged} damaged ${damaged === 1 ? 'part' : 'parts'} of the impact log ${damaged === 1 ? 'was' : 'were'} left out or repaired.`,
    );
  if (badFeedback > 0)
    warnings.push(
      `${badFeedback} damaged ${badFeedback === 1 ? 'note' : 'notes'} of feedback to partners ${badFeedback === 1 ? 'was' : 'were'} left out or repaired.`,
    );
  const error = overLong(raw, 'reflections', RECORD_LIMITS.reflections, 'the reflections');
  if (error) return { ok: false, error };
  if (raw.reflections !== undefined && typeof raw.reflections !== 'string')
    warnings.push('The reflections were not readable and were left out.');
  const reflections = typeof raw.reflections === 'string' && raw.reflections !== '' ? raw.reflections : undefined;
  return { ok: true, value: { points, ...(reflections !== undefined ? { reflections } : {}) }, warnings };
}

/**
 * Checks a plan's named versions: each is cleaned like the plan itself (answers, edits, settings). Too
 * many versions, or too long a name, is refused; a damaged version is left out and named.
 */
export function cleanVersions(raw: unknown): Cleaned<PlanVersion[]> {
  if (raw === undefined) return { ok: true, value: undefined, warnings: [] };
  if (!Array.isArray(raw))
    return { ok: true, value: undefined, warnings: ['The saved versions were not readable and were left out.'] };
  if (raw.length > RECORD_LIMITS.versions)
    return {
      ok: false,
      error: `The plan has too many saved versions to open: ${raw.length}, and at most ${RECORD_LIMITS.versions} are allowed. Nothing was changed.`,
    };
  const versions: PlanVersion[] = [];
  let damaged = 0;
  for (const x of raw) {
    if (
      !isRecord(x) ||
      !isId(x.id) ||
      typeof x.name !== 'string' ||
      !isIsoTime(x.savedAt) ||
      !isRecord(x.answers) ||
      versions.some((v) => v.id === x.id)
    ) {
      damaged++;
      continue;
    }
    if (x.name.length > RECORD_LIMITS.versionName)
      return {
        ok: false,
        error: `A saved version’s name is ${x.name.length.toLocaleString('en-GB')} characters long, and at most ${RECORD_LIMITS.versionName} are allowed. Nothing was changed.`,
      };
    versions.push({
      id: x.id,
      name: x.name || 'Unnamed version',
      savedAt: x.savedAt,
      contentVersion: cleanContentVersion(x.contentVersion),
      answers: cleanAnswers(x.answers),
      edits: cleanEdits(x.edits),
      settings: cleanSettings(x.settings),
    });
  }
  const warnings =
    damaged > 0 ? [`${damaged} damaged saved ${damaged === 1 ? 'version was' : 'versions were'} left out.`] : [];
  return { ok: true, value: versions, warnings };
}
