import type { Answers } from '../answers';
import { isNotSure } from '../answers';
import type { Content, TimelineContent } from '../content/schema';
import { Q } from '../engine/answerKeys';
import type { Plan, PlanItem } from '../plan/types';
import { addWeeks, isoDay, validDate } from '../plan/dates';
import { BEFORE_TEXT, WARNING_TEXT } from './labels';
import type {
  DateSource,
  DueBefore,
  PlanTimelineWarning,
  Schedule,
  TimelinePhase,
  TimelineRow,
  TimelineWarning,
} from './types';

/** Used when a phase has no timing in content (only in hand-made content: the content check requires one). */
const FALLBACK_PHASE = { weeks: 26, pointWeeks: 8, lead: 4 };
const FALLBACK_HORIZON_WEEKS = 156;

type PhaseTiming = TimelineContent['phases'][number];

/** A single-choice answer, with "not sure" read as what the question says it implies. */
function choice(content: Content, answers: Answers, questionId: string): string | undefined {
  const a = answers[questionId];
  if (typeof a === 'string') return a;
  if (!isNotSure(a)) return undefined;
  const implied = content.questions.find((q) => q.id === questionId)?.notSure?.implies;
  return typeof implied === 'string' ? implied : undefined;
}

/** Which of the plan's phases the milestone closes: the stage's phase, else the next one in the plan, else the last. */
function milestoneIndex(content: Content, plan: Plan, answers: Answers): number {
  const stage = choice(content, answers, Q.stage);
  const wanted = stage ? content.timeline.milestonePhase[stage] : undefined;
  const order = content.phases.find((p) => p.id === wanted)?.order;
  if (order === undefined) return 0;
  const i = plan.phases.findIndex((p) => p.phase.order >= order);
  return i === -1 ? plan.phases.length - 1 : i;
}

const teamDate = (item: PlanItem): string | undefined => {
  const d = item.edit.targetDate ?? item.custom?.targetDate;
  return validDate(d) ? d : undefined;
};

/**
 * The plan in time: one row per point, placed from the team's target dates, the milestone date and
 * the typical timing of each phase (content/timeline.yaml), with warnings where a point cannot
 * finish before what it feeds. Pure and deterministic: `now` is the only clock.
 */
export function schedule(plan: Plan, content: Content, answers: Answers, now: Date): Schedule {
  const t = content.timeline;
  const today = isoDay(now);
  const milestoneDate = validDate(plan.summary.programme.milestone) ? plan.summary.programme.milestone : undefined;
  const timing = (phaseId: string): Omit<PhaseTiming, 'phase'> =>
    t.phases.find((p) => p.phase === phaseId) ?? { ...FALLBACK_PHASE, decision: phaseId };

  // Phases one after another, the milestone's phase ending on the milestone (or starting today).
  const m = milestoneIndex(content, plan, answers);
  const phases: TimelinePhase[] = plan.phases.map((p) => ({
    phaseId: p.phase.id,
    name: p.phase.name,
    start: today,
    end: today,
    decision: timing(p.phase.id).decision,
    milestone: false,
  }));
  const mp = phases[m];
  if (mp) {
    const w = timing(mp.phaseId).weeks;
    mp.end = milestoneDate ?? addWeeks(today, w);
    mp.start = addWeeks(mp.end, -w);
    mp.milestone = milestoneDate !== undefined;
    for (let i = m - 1; i >= 0; i--) {
      const p = phases[i]!;
      p.end = phases[i + 1]!.start;
      p.start = addWeeks(p.end, -timing(p.phaseId).weeks);
    }
    for (let i = m + 1; i < phases.length; i++) {
      const p = phases[i]!;
      p.start = phases[i - 1]!.end;
      p.end = addWeeks(p.start, timing(p.phaseId).weeks);
    }
  }

  const items = new Map<string, { item: PlanItem; phase: TimelinePhase }>();
  plan.phases.forEach((p, i) => {
    for (const item of p.items) items.set(item.id, { item, phase: phases[i]! });
  });

  // Rows are worked out latest first: a point's due date depends on when the points it feeds start.
  const rows = new Map<string, TimelineRow>();
  const visiting = new Set<string>();
  const place = (id: string): TimelineRow | undefined => {
    const done = rows.get(id);
    if (done) return done;
    const entry = items.get(id);
    if (!entry || visiting.has(id)) return undefined; // a loop in `feeds` is cut here
    visiting.add(id);
    const { item, phase } = entry;
    const phaseTiming = timing(phase.phaseId);
    const own = item.point ? t.points.find((p) => p.point === item.point?.id) : undefined;
    const weeks = own?.weeks ?? phaseTiming.pointWeeks;
    const leadWeeks = own?.lead ?? phaseTiming.lead;
    const at = own?.at ?? 'end';
    const isMilestone = phase.milestone && at === 'end';
    let due = addWeeks(at === 'start' ? phase.start : phase.end, -leadWeeks);
    let dueBefore: DueBefore = {
      kind: 'decision',
      phaseId: phase.phaseId,
      text: own?.before ?? phase.decision,
      milestone: isMilestone,
    };
    for (const fedId of item.feeds) {
      const fed = place(fedId);
      if (!fed || fed.status === 'done') continue;
      if (fed.start < due) {
        due = fed.start;
        dueBefore = { kind: 'point', pointId: fed.pointId, title: fed.title };
      }
    }
    const target = teamDate(item);
    const end = target ?? due;
    const source: DateSource = target ? 'team' : phase.milestone ? 'milestone' : 'phase';
    const owner = item.edit.owner ?? item.custom?.owner;
    const status = item.edit.status ?? item.custom?.status;
    const basis = own?.basis ?? (own ? undefined : phaseTiming.basis);
    const row: TimelineRow = {
      pointId: item.id,
      title: item.title,
      phaseId: phase.phaseId,
      priority: item.priority,
      ...(owner ? { owner } : {}),
      ...(status ? { status } : {}),
      start: addWeeks(end, -weeks),
      end,
      due,
      dueBefore,
      beforeText:
        dueBefore.kind === 'point'
          ? BEFORE_TEXT.point(dueBefore.title)
          : dueBefore.milestone
            ? BEFORE_TEXT.milestone(dueBefore.text)
            : BEFORE_TEXT.decision(dueBefore.text),
      weeks,
      leadWeeks,
      source,
      beyondHorizon: false,
      ...(basis ? { basis } : {}),
      references: own?.references ?? (own ? [] : (phaseTiming.references ?? [])),
      warnings: [],
    };
    rows.set(id, row);
    visiting.delete(id);
    return row;
  };
  for (const id of items.keys()) place(id);

  // The period the plan covers, from the start of the milestone's phase.
  const timelineAnswer = choice(content, answers, Q.timeline);
  const horizonWeeks = (timelineAnswer ? t.horizonWeeks[timelineAnswer] : undefined) ?? FALLBACK_HORIZON_WEEKS;
  const horizon = addWeeks(mp?.start ?? today, horizonWeeks);

  const milestonePast = milestoneDate !== undefined && milestoneDate < today;
  const ordered = [...items.keys()].map((id) => rows.get(id)!);
  for (const row of ordered) {
    row.beyondHorizon = row.start > horizon;
    row.warnings = warningsFor(row, today, milestonePast);
  }

  const warnings: PlanTimelineWarning[] = [];
  if (!milestoneDate) warnings.push({ kind: 'no-milestone', text: WARNING_TEXT.noMilestone });
  else if (milestonePast) warnings.push({ kind: 'milestone-past', text: WARNING_TEXT.milestonePast(milestoneDate) });

  const days = [
    ...ordered.flatMap((r) => [r.start, r.end]),
    ...phases.flatMap((p) => [p.start, p.end]),
    today,
    ...(milestoneDate ? [milestoneDate] : []),
  ].sort();
  return {
    anchor: milestoneDate ? { kind: 'milestone', date: milestoneDate } : { kind: 'today', date: today },
    milestone: milestoneDate && mp ? { date: milestoneDate, phaseId: mp.phaseId, decision: mp.decision } : null,
    today,
    horizon,
    range: { start: days[0] ?? today, end: days[days.length - 1] ?? today },
    phases,
    rows: ordered,
    warnings,
  };
}

/**
 * A row's warnings. A point marked done has none. When the milestone itself has passed, the plan's
 * own warning says so, and only the team's own dates are checked against today.
 */
function warningsFor(row: TimelineRow, today: string, milestonePast: boolean): TimelineWarning[] {
  if (row.status === 'done') return [];
  const out: TimelineWarning[] = [];
  const feeds = row.dueBefore.kind === 'point' ? row.dueBefore.pointId : row.dueBefore.milestone ? 'milestone' : null;
  const base = { pointId: row.pointId, feeds };
  if (row.end > row.due)
    out.push({ ...base, kind: 'late', text: WARNING_TEXT.late(row.title, row.end, row.due, row.beforeText) });
  if (milestonePast && row.source !== 'team') return out;
  if (row.end < today) out.push({ ...base, kind: 'past', text: WARNING_TEXT.past(row.title, row.end) });
  else if (row.start < today && row.status !== 'in-progress') {
    const finish = addWeeks(today, row.weeks);
    if (finish > row.due)
      out.push({ ...base, kind: 'short', text: WARNING_TEXT.short(row.title, finish, row.due, row.beforeText) });
  }
  return out;
}
