import { parseResponse } from '../response/parse';
import { RATING_MAX, RATING_MIN, type ParticipantResponse, type Rating } from '../response/types';

/** The room's groups: votes are counted, and decisions agreed, separately for each. */
export const ROOM_GROUPS = ['patients', 'team'] as const;
export type RoomGroup = (typeof ROOM_GROUPS)[number];

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One group's votes on one point in the room: 1–5 ratings and dot votes. */
export interface GroupVotes {
  ratings: Rating[];
  dots: number;
}
export type PointVotes = Partial<Record<RoomGroup, GroupVotes>>;

export interface WorkshopDecision {
  id: string;
  /** The point it is about; none for a decision about the plan as a whole. */
  pointId?: string;
  text: string;
  /** YYYY-MM-DD */
  date: string;
  agreedBy: RoomGroup[];
}

export interface WorkshopAction {
  id: string;
  pointId?: string;
  text: string;
  owner: string;
  /** YYYY-MM-DD */
  targetDate?: string;
  status: ActionStatus;
}

/** What a workshop recorded about the plan: kept apart from the team's edits, which it never changes. */
export interface Workshop {
  /** The day of the session (YYYY-MM-DD), set when the first thing is recorded. */
  date?: string;
  votes: Record<string, PointVotes>;
  decisions: WorkshopDecision[];
  actions: WorkshopAction[];
  /** Participants' responses, each checked on import (one per participant: a newer one replaces). */
  responses: ParticipantResponse[];
}

export const WORKSHOP_LIMITS = {
  votedPoints: 1000,
  ratingsPerGroup: 2000,
  dots: 10_000,
  decisions: 500,
  actions: 500,
  responses: 200,
  text: 2000,
  owner: 200,
  id: 200,
} as const;

export const emptyWorkshop = (): Workshop => ({ votes: {}, decisions: [], actions: [], responses: [] });

type Raw = Record<string, unknown>;
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDay = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isId = (x: unknown): x is string => typeof x === 'string' && x !== '' && x.length <= WORKSHOP_LIMITS.id;
const text = (x: unknown, max: number) => (typeof x === 'string' ? x.slice(0, max) : '');
const isRating = (x: unknown): x is Rating =>
  typeof x === 'number' && Number.isInteger(x) && x >= RATING_MIN && x <= RATING_MAX;
const groups = (x: unknown): RoomGroup[] => (Array.isArray(x) ? ROOM_GROUPS.filter((g) => x.includes(g)) : []);

function cleanGroupVotes(x: unknown): GroupVotes | undefined {
  if (!isRecord(x)) return undefined;
  const ratings = Array.isArray(x.ratings) ? x.ratings.filter(isRating).slice(0, WORKSHOP_LIMITS.ratingsPerGroup) : [];
  const dots =
    typeof x.dots === 'number' && Number.isInteger(x.dots) && x.dots >= 0 ? Math.min(x.dots, WORKSHOP_LIMITS.dots) : 0;
  return ratings.length > 0 || dots > 0 ? { ratings, dots } : undefined;
}

function cleanDecision(x: unknown): WorkshopDecision | undefined {
  if (!isRecord(x) || !isId(x.id) || !isDay(x.date)) return undefined;
  return {
    id: x.id,
    ...(isId(x.pointId) ? { pointId: x.pointId } : {}),
    text: text(x.text, WORKSHOP_LIMITS.text),
    date: x.date,
    agreedBy: groups(x.agreedBy),
  };
}

function cleanAction(x: unknown): WorkshopAction | undefined {
  if (!isRecord(x) || !isId(x.id)) return undefined;
  return {
    id: x.id,
    ...(isId(x.pointId) ? { pointId: x.pointId } : {}),
    text: text(x.text, WORKSHOP_LIMITS.text),
    owner: text(x.owner, WORKSHOP_LIMITS.owner),
    ...(isDay(x.targetDate) ? { targetDate: x.targetDate } : {}),
    status: (ACTION_STATUSES as readonly unknown[]).includes(x.status) ? (x.status as ActionStatus) : 'not-started',
  };
}

/** A stored response is kept only if it still passes the response format's own checks. */
function cleanResponse(x: unknown): ParticipantResponse | undefined {
  if (!isRecord(x) || typeof x.planId !== 'string') return undefined;
  const ids = [
    ...(isRecord(x.ratings) ? Object.keys(x.ratings) : []),
    ...(isRecord(x.comments) ? Object.keys(x.comments) : []),
    ...(Array.isArray(x.interest) ? x.interest.filter((i): i is string => typeof i === 'string') : []),
  ];
  const result = parseResponse(x, { id: x.planId, pointIds: ids });
  return result.ok ? result.response : undefined;
}

/** Cleans a saved or imported plan's workshop record: keeps what is sound, within the limits. */
export function cleanWorkshop(raw: unknown): Workshop | undefined {
  if (!isRecord(raw)) return undefined;
  const votes: Record<string, PointVotes> = {};
  if (isRecord(raw.votes))
    for (const [pointId, v] of Object.entries(raw.votes).slice(0, WORKSHOP_LIMITS.votedPoints)) {
      if (!isId(pointId) || !isRecord(v)) continue;
      const point: PointVotes = {};
      for (const g of ROOM_GROUPS) {
        const gv = cleanGroupVotes(v[g]);
        if (gv) point[g] = gv;
      }
      if (Object.keys(point).length > 0) votes[pointId] = point;
    }
  const list = <T>(x: unknown, max: number, clean: (y: unknown) => T | undefined): T[] =>
    Array.isArray(x)
      ? x
          .slice(0, max)
          .map(clean)
          .filter((y): y is T => y !== undefined)
      : [];
  const responses: ParticipantResponse[] = [];
  for (const r of list(raw.responses, WORKSHOP_LIMITS.responses, cleanResponse))
    if (!responses.some((k) => k.respondent.id === r.respondent.id)) responses.push(r);
  return {
    ...(isDay(raw.date) ? { date: raw.date } : {}),
    votes,
    decisions: list(raw.decisions, WORKSHOP_LIMITS.decisions, cleanDecision),
    actions: list(raw.actions, WORKSHOP_LIMITS.actions, cleanAction),
    responses,
  };
}
