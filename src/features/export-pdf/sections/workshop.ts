import { pointRatings, RATING_COLUMNS, type RatingStats } from '../../../domain/workshop/merge';
import { ACTION_STATUS_LABEL, GROUP_LABEL, groupsPresent } from '../../../domain/workshop/records';
import { PRIORITY_LABEL } from '../../../domain/plan/labels';
import { COLOR, SIZE } from '../style';
import type { Ctx } from './context';

/** Whether the plan has anything to put in a workshop record. */
export function hasWorkshopRecord(ctx: Pick<Ctx, 'document'>): boolean {
  const w = ctx.document.workshop;
  return Boolean(
    w && (Object.keys(w.votes).length > 0 || w.decisions.length > 0 || w.actions.length > 0 || w.responses.length > 0),
  );
}

const stats = (s: RatingStats) =>
  s.count === 0
    ? s.dots > 0
      ? `${s.dots} dots`
      : '—'
    : `mean ${s.mean} (${s.min}–${s.max}), ${s.count} rating${s.count === 1 ? '' : 's'}, total ${s.total}${s.dots ? `, ${s.dots} dots` : ''}`;

/** The workshop record: date, groups present, the ratings by group, decisions and actions. */
export function drawWorkshopRecord(ctx: Ctx): void {
  const { w, plan, document } = ctx;
  const workshop = document.workshop;
  if (!workshop) return;
  const items = plan.phases.flatMap((p) => p.items);
  const titleOf = (id: string | undefined) =>
    id === undefined ? 'The plan as a whole' : (items.find((i) => i.id === id)?.title ?? id);
  w.heading('Workshop record', 1, { newPage: true, toc: 0 });
  w.row('Date', workshop.date ? ctx.dateText(workshop.date) : 'Not recorded');
  const present = groupsPresent(workshop);
  w.row('Groups present', present.length ? present.map((g) => GROUP_LABEL[g] ?? g).join(', ') : 'None recorded');
  const byGroup = new Map<string, number>();
  for (const r of workshop.responses) byGroup.set(r.respondent.group, (byGroup.get(r.respondent.group) ?? 0) + 1);
  w.row(
    'Responses',
    workshop.responses.length
      ? `${workshop.responses.length} from participants (${[...byGroup].map(([g, n]) => `${n} ${g}`).join(', ')})`
      : 'None',
  );

  const rated = items.filter((i) =>
    RATING_COLUMNS.some((c) => pointRatings(workshop, i.id)[c].count + pointRatings(workshop, i.id)[c].dots > 0),
  );
  w.heading('Ratings by group (1 low, 5 high)', 2, { keepWith: 40 });
  if (!rated.length) w.paragraph('No ratings were recorded.', { color: COLOR.muted });
  for (const item of rated) {
    const s = pointRatings(workshop, item.id);
    w.heading(`${item.title} (${PRIORITY_LABEL[item.priority]}${item.edit.priority ? ', set by the team' : ''})`, 3, {
      keepWith: 30,
    });
    for (const c of RATING_COLUMNS) if (c !== 'other' || s.other.count > 0) w.row(GROUP_LABEL[c] ?? c, stats(s[c]));
  }

  w.heading('Decisions', 2, { keepWith: 40 });
  if (!workshop.decisions.length) w.paragraph('No decisions were logged.', { color: COLOR.muted });
  for (const d of workshop.decisions) {
    w.heading(titleOf(d.pointId), 3, { keepWith: 24 });
    w.row('Decided', d.text.trim() || '(no text entered)');
    w.row('Date', ctx.dateText(d.date));
    w.row('Agreed by', d.agreedBy.length ? d.agreedBy.map((g) => GROUP_LABEL[g] ?? g).join(', ') : 'Not recorded');
  }

  w.heading('Actions', 2, { keepWith: 40 });
  if (!workshop.actions.length) w.paragraph('No actions were logged.', { color: COLOR.muted });
  for (const a of workshop.actions) {
    w.heading(titleOf(a.pointId), 3, { keepWith: 24 });
    w.row('Action', a.text.trim() || '(no text entered)');
    w.row('Owner', a.owner.trim() || 'Not set');
    w.row('Target date', a.targetDate ? ctx.dateText(a.targetDate) : 'Not set');
    w.row('Status', ACTION_STATUS_LABEL[a.status]);
  }
  w.gap(SIZE.body);
}
