import { responseCheck } from './canonical';
import {
  RATING_MAX,
  RATING_MIN,
  RESPONDENT_GROUPS,
  RESPONSE_KIND,
  RESPONSE_LIMITS,
  RESPONSE_VERSION,
  type ParseResult,
  type ParticipantResponse,
  type Rating,
  type RespondentGroup,
  type ResponseDraft,
  type ResponsePlan,
} from './types';

type Raw = Record<string, unknown>;
type Checked<T> = { value: T } | { error: string };
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const fail = (error: string): ParseResult => ({ ok: false, error });
const isIsoTime = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(x) && Number.isFinite(Date.parse(x));
const NOT_OURS =
  'This is not a participant response from the patient engagement planner. A response is the small file (or link) a participant downloads after rating the points.';

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 3).map((id) => `"${id.slice(0, 40)}"`);
  return ids.length > 3 ? `${shown.join(', ')} and ${ids.length - 3} more` : shown.join(', ');
}

function optionalText(raw: Raw, key: string, label: string, max: number): string | undefined | { error: string } {
  const v = raw[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') return { error: `The ${label} must be text.` };
  if (v.length > max) return { error: `The ${label} is ${v.length} characters long; at most ${max} are allowed.` };
  return v.trim() === '' ? undefined : v;
}

/** Reads the text or object given and checks its size before anything else. */
function readInput(input: unknown): Checked<Raw> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > RESPONSE_LIMITS.chars)
      return {
        error: `This response is ${input.length.toLocaleString('en-GB')} characters long; a response may be at most ${RESPONSE_LIMITS.chars.toLocaleString('en-GB')}.`,
      };
    if (input.trim() === '') return { error: 'The response is empty.' };
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return { error: `${NOT_OURS} (It is not valid JSON: it may have been cut short.)` };
    }
  } else {
    let size: number;
    try {
      size = JSON.stringify(input)?.length ?? 0;
    } catch {
      return { error: NOT_OURS };
    }
    if (size > RESPONSE_LIMITS.chars)
      return {
        error: `This response is too large (${size.toLocaleString('en-GB')} characters; at most ${RESPONSE_LIMITS.chars.toLocaleString('en-GB')}).`,
      };
  }
  if (!isRecord(value) || value.kind !== RESPONSE_KIND) return { error: NOT_OURS };
  return { value };
}

function parseRatings(raw: unknown, known: ReadonlySet<string>): Checked<Record<string, Rating>> {
  if (raw === undefined) return { value: {} };
  if (!isRecord(raw)) return { error: 'The ratings must be a set of point ids and numbers.' };
  const unknown = Object.keys(raw).filter((id) => !known.has(id));
  if (unknown.length > 0) return { error: `The response rates points this plan does not have: ${listIds(unknown)}.` };
  const ratings: Record<string, Rating> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < RATING_MIN || v > RATING_MAX)
      return {
        error: `The rating for "${id.slice(0, 40)}" is ${typeof v === 'number' ? String(v) : 'not a number'}; ratings go from ${RATING_MIN} to ${RATING_MAX} (whole numbers).`,
      };
    ratings[id] = v as Rating;
  }
  return { value: ratings };
}

function parseComments(raw: unknown, known: ReadonlySet<string>): Checked<Record<string, string>> {
  if (raw === undefined) return { value: {} };
  if (!isRecord(raw)) return { error: 'The comments must be a set of point ids and texts.' };
  const unknown = Object.keys(raw).filter((id) => !known.has(id));
  if (unknown.length > 0)
    return { error: `The response comments on points this plan does not have: ${listIds(unknown)}.` };
  const comments: Record<string, string> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (typeof v !== 'string') return { error: `The comment on "${id.slice(0, 40)}" must be text.` };
    if (v.length > RESPONSE_LIMITS.comment)
      return {
        error: `The comment on "${id.slice(0, 40)}" is ${v.length} characters long; at most ${RESPONSE_LIMITS.comment} are allowed.`,
      };
    if (v.trim() !== '') comments[id] = v;
  }
  return { value: comments };
}

function parseInterest(raw: unknown, known: ReadonlySet<string>): Checked<string[]> {
  if (raw === undefined) return { value: [] };
  if (!Array.isArray(raw) || !raw.every((x): x is string => typeof x === 'string'))
    return { error: 'The points of interest must be a list of point ids.' };
  const unknown = raw.filter((id) => !known.has(id));
  if (unknown.length > 0)
    return { error: `The response shows interest in points this plan does not have: ${listIds(unknown)}.` };
  return { value: [...new Set(raw)] };
}

/**
 * Checks a participant response (JSON text or a parsed value) against the plan it should belong
 * to. Every failure comes back as a message a facilitator can act on; nothing throws.
 */
export function parseResponse(input: unknown, plan: ResponsePlan): ParseResult {
  try {
    return parseChecked(input, plan);
  } catch {
    // Only a pathological value (nesting deep enough to exhaust the stack) gets here.
    return fail(NOT_OURS);
  }
}

function parseChecked(input: unknown, plan: ResponsePlan): ParseResult {
  const read = readInput(input);
  if ('error' in read) return fail(read.error);
  const raw = read.value;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('This response has no readable format version, so it was not made by this planner.');
  if (version > RESPONSE_VERSION)
    return fail(
      `This response was made by a newer version of the planner (response format ${version}); this one reads format ${RESPONSE_VERSION}. Update the planner, then import it again.`,
    );
  if (typeof raw.planId !== 'string' || raw.planId === '')
    return fail('This response does not say which plan it is for.');
  if (raw.planId !== plan.id)
    return fail(
      'This response is for another plan, so it was not added. Import it into the plan whose participant link or file it came from.',
    );
  if (typeof raw.check !== 'string' || raw.check === '')
    return fail(
      'This response has no integrity check, so it cannot be trusted. Ask the participant to download it again.',
    );
  if (raw.check !== responseCheck(raw))
    return fail(
      'This response has been changed or cut short since it was made (its integrity check does not match). Ask the participant to send it again, unchanged.',
    );
  if (typeof raw.responseId !== 'string' || raw.responseId === '' || raw.responseId.length > RESPONSE_LIMITS.id)
    return fail('This response has no valid id.');
  if (!isIsoTime(raw.createdAt)) return fail('This response has no valid date.');
  const who = raw.respondent;
  if (!isRecord(who)) return fail('This response does not say who sent it (patient, carer, team or other).');
  if (!(RESPONDENT_GROUPS as readonly unknown[]).includes(who.group))
    return fail('This response names an unknown group; a respondent is a patient, a carer, the team or other.');
  if (typeof who.id !== 'string' || who.id === '' || who.id.length > RESPONSE_LIMITS.id)
    return fail('This response has no valid respondent id.');
  const name = optionalText(who, 'name', "respondent's name", RESPONSE_LIMITS.name);
  if (typeof name === 'object') return fail(name.error);
  const known = new Set(plan.pointIds);
  const ratings = parseRatings(raw.ratings, known);
  if ('error' in ratings) return fail(ratings.error);
  const comments = parseComments(raw.comments, known);
  if ('error' in comments) return fail(comments.error);
  const interest = parseInterest(raw.interest, known);
  if ('error' in interest) return fail(interest.error);
  const note = optionalText(raw, 'note', 'note', RESPONSE_LIMITS.note);
  if (typeof note === 'object') return fail(note.error);
  const accessNeeds = optionalText(raw, 'accessNeeds', 'access needs', RESPONSE_LIMITS.accessNeeds);
  if (typeof accessNeeds === 'object') return fail(accessNeeds.error);
  const response: ParticipantResponse = {
    kind: RESPONSE_KIND,
    version: RESPONSE_VERSION,
    planId: raw.planId,
    responseId: raw.responseId,
    createdAt: raw.createdAt,
    respondent: { id: who.id, group: who.group as RespondentGroup, ...(name ? { name } : {}) },
    ratings: ratings.value,
    comments: comments.value,
    interest: interest.value,
    ...(note ? { note } : {}),
    ...(accessNeeds ? { accessNeeds } : {}),
    check: raw.check,
  };
  return { ok: true, response };
}

/** Seals a draft: adds the format marker and the integrity check. */
export function makeResponse(draft: ResponseDraft): ParticipantResponse {
  const content = { kind: RESPONSE_KIND, version: RESPONSE_VERSION, ...draft } as const;
  return { ...content, check: responseCheck(content) };
}

/** The response as the text of a file (or of a link's payload). */
export function serialiseResponse(response: ParticipantResponse | ResponseDraft): string {
  const sealed = 'check' in response ? response : makeResponse(response);
  return JSON.stringify(sealed);
}
