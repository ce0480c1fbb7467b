import type { ParticipantResponse, RespondentGroup } from '../response/types';
import { WORKSHOP_LIMITS, type Workshop } from '../document/workshop';

/** Columns the ratings are shown in: the room's two groups, and "other" for anyone else who replied. */
export const RATING_COLUMNS = ['patients', 'team', 'other'] as const;
export type RatingColumn = (typeof RATING_COLUMNS)[number];

export const COLUMN_OF: Record<RespondentGroup, RatingColumn> = {
  patient: 'patients',
  carer: 'patients',
  team: 'team',
  other: 'other',
};

export type ImportOutcome =
  { ok: true; workshop: Workshop; replaced: ParticipantResponse | null } | { ok: false; error: string };

/**
 * Adds a checked response. The same participant again replaces their earlier response (and says
 * which); nothing else in the workshop, and none of the team's edits, is touched.
 */
export function addResponse(w: Workshop, response: ParticipantResponse): ImportOutcome {
  if (w.responses.some((r) => r.responseId === response.responseId && r.check === response.check))
    return { ok: false, error: 'This response is already in the plan.' };
  const earlier = w.responses.find((r) => r.respondent.id === response.respondent.id) ?? null;
  const others = w.responses.filter((r) => r !== earlier);
  if (!earlier && others.length >= WORKSHOP_LIMITS.responses)
    return { ok: false, error: `The plan already holds ${WORKSHOP_LIMITS.responses} responses, the most it can keep.` };
  return { ok: true, workshop: { ...w, responses: [...others, response] }, replaced: earlier };
}

export const removeResponse = (w: Workshop, responseId: string): Workshop => ({
  ...w,
  responses: w.responses.filter((r) => r.responseId !== responseId),
});

export interface RatingStats {
  /** How many ratings, from the room and from responses. */
  count: number;
  room: number;
  responses: number;
  total: number;
  /** Mean to one decimal place; null when nobody rated. */
  mean: number | null;
  min: number | null;
  max: number | null;
  dots: number;
}

/** One point's ratings, merged per column: the room's votes and every participant's response. */
export function pointRatings(w: Workshop | undefined, pointId: string): Record<RatingColumn, RatingStats> {
  const values: Record<RatingColumn, { room: number[]; responses: number[]; dots: number }> = {
    patients: { room: [], responses: [], dots: 0 },
    team: { room: [], responses: [], dots: 0 },
    other: { room: [], responses: [], dots: 0 },
  };
  const votes = w?.votes[pointId];
  for (const g of ['patients', 'team'] as const) {
    values[g].room.push(...(votes?.[g]?.ratings ?? []));
    values[g].dots += votes?.[g]?.dots ?? 0;
  }
  for (const r of w?.responses ?? []) {
    const rating = r.ratings[pointId];
    if (rating !== undefined) values[COLUMN_OF[r.respondent.group]].responses.push(rating);
  }
  const stats = (v: { room: number[]; responses: number[]; dots: number }): RatingStats => {
    const all = [...v.room, ...v.responses];
    const total = all.reduce((a, b) => a + b, 0);
    return {
      count: all.length,
      room: v.room.length,
      responses: v.responses.length,
      total,
      mean: all.length ? Math.round((total / all.length) * 10) / 10 : null,
      min: all.length ? Math.min(...all) : null,
      max: all.length ? Math.max(...all) : null,
      dots: v.dots,
    };
  };
  return { patients: stats(values.patients), team: stats(values.team), other: stats(values.other) };
}

/** Every participant's comments on one point, with who wrote them. */
export function pointComments(
  w: Workshop | undefined,
  pointId: string,
): { response: ParticipantResponse; text: string }[] {
  return (w?.responses ?? []).flatMap((response) => {
    const text = response.comments[pointId];
    return text ? [{ response, text }] : [];
  });
}
