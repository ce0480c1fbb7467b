import type { Rating } from '../response/types';
import { WORKSHOP_LIMITS, type GroupVotes, type RoomGroup, type Workshop } from '../document/workshop';

/** Pure changes to the room's votes. Each returns a new workshop and leaves the input untouched. */

function changeGroup(w: Workshop, pointId: string, group: RoomGroup, change: (v: GroupVotes) => GroupVotes): Workshop {
  const point = { ...w.votes[pointId] };
  const next = change(point[group] ?? { ratings: [], dots: 0 });
  if (next.ratings.length === 0 && next.dots === 0) delete point[group];
  else point[group] = next;
  const votes = { ...w.votes };
  if (Object.keys(point).length === 0) delete votes[pointId];
  else votes[pointId] = point;
  return { ...w, votes };
}

export const addRating = (w: Workshop, pointId: string, group: RoomGroup, rating: Rating): Workshop =>
  changeGroup(w, pointId, group, (v) =>
    v.ratings.length >= WORKSHOP_LIMITS.ratingsPerGroup ? v : { ...v, ratings: [...v.ratings, rating] },
  );

/** Takes back the latest rating (a slip of the key). */
export const undoRating = (w: Workshop, pointId: string, group: RoomGroup): Workshop =>
  changeGroup(w, pointId, group, (v) => ({ ...v, ratings: v.ratings.slice(0, -1) }));

export const changeDots = (w: Workshop, pointId: string, group: RoomGroup, by: 1 | -1): Workshop =>
  changeGroup(w, pointId, group, (v) => ({ ...v, dots: Math.max(0, Math.min(WORKSHOP_LIMITS.dots, v.dots + by)) }));
