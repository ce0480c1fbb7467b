import { pointRatings, RATING_COLUMNS, type RatingStats } from '../../domain/workshop/merge';
import { GROUP_LABEL } from '../../domain/workshop/records';
import type { Workshop } from '../../domain/document/workshop';

/** "3.7 (2–5)": the mean, then the spread. */
export function describeStats(s: RatingStats): string {
  if (s.count === 0) return s.dots > 0 ? `${s.dots} dots` : 'No ratings yet';
  const parts = [
    `${s.count} rating${s.count === 1 ? '' : 's'}, mean ${s.mean}, spread ${s.min}–${s.max}, total ${s.total}`,
  ];
  if (s.responses > 0) parts.push(`${s.room} in the room, ${s.responses} from responses`);
  if (s.dots > 0) parts.push(`${s.dots} dots`);
  return parts.join('; ');
}

/** One point's merged ratings, the groups side by side. */
export function RatingsTable({
  workshop,
  pointId,
  caption,
}: {
  workshop: Workshop | undefined;
  pointId: string;
  caption: string;
}) {
  const stats = pointRatings(workshop, pointId);
  const columns = RATING_COLUMNS.filter((c) => c !== 'other' || stats.other.count > 0);
  return (
    <table className="ratings-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {GROUP_LABEL[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {columns.map((c) => (
            <td key={c} data-group={c}>
              {describeStats(stats[c])}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
