/**
 * The plan timeline (src/domain/timeline/schedule.ts) on a small hand-made plan, so every expected
 * date below is worked out by hand from the figures in `timing`, not by the code under test.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import type { Content } from '../../src/domain/content/schema';
import type { PointEdit } from '../../src/domain/document/types';
import type { Plan, PlanItem } from '../../src/domain/plan/types';
import { schedule } from '../../src/domain/timeline/schedule';
import { monthAxis } from '../../src/domain/timeline/axis';

const timing: Content['timeline'] = {
  milestonePhase: { early: 'design' },
  horizonWeeks: { short: 26, tiny: 4 },
  phases: [
    { phase: 'design', weeks: 10, decision: 'protocol sign-off', pointWeeks: 2, lead: 1 },
    { phase: 'conduct', weeks: 20, decision: 'the last visit', pointWeeks: 4, lead: 0 },
  ],
  points: [
    { point: 'review', weeks: 3, lead: 2, basis: 'Comments need a round of changes.' },
    { point: 'materials', weeks: 2, lead: 4, at: 'start', before: 'the ethics submission' },
  ],
};

const content = {
  timeline: timing,
  phases: [
    { id: 'design', order: 1 },
    { id: 'conduct', order: 2 },
  ],
  questions: [{ id: 'timeline', notSure: { implies: 'short' } }],
} as unknown as Content;

function item(id: string, title: string, feeds: string[] = [], edit: PointEdit = {}): PlanItem {
  return {
    id,
    title,
    kind: 'recommended',
    priority: 'essential',
    feeds,
    edit,
    point: { id },
  } as unknown as PlanItem;
}

interface Setup {
  milestone?: string;
  edits?: Record<string, PointEdit>;
  feeds?: Record<string, string[]>;
}

/** design: endpoints → review; conduct: materials, feedback. */
function planOf({ milestone = '2027-03-01', edits = {}, feeds = {} }: Setup = {}): Plan {
  const mk = (id: string, title: string, defaultFeeds: string[] = []) =>
    item(id, title, feeds[id] ?? defaultFeeds, edits[id] ?? {});
  return {
    phases: [
      {
        phase: { id: 'design', name: 'Trial design', order: 1 },
        items: [mk('endpoints', 'Endpoints', ['review']), mk('review', 'Protocol review')],
      },
      {
        phase: { id: 'conduct', name: 'Trial conduct', order: 2 },
        items: [mk('materials', 'Recruitment materials'), mk('feedback', 'Participant feedback')],
      },
    ],
    summary: { programme: milestone ? { milestone } : {} },
  } as unknown as Plan;
}

const answers: Answers = { 'development-stage': 'early', timeline: 'short' };
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const row = (s: ReturnType<typeof schedule>, id: string) => {
  const r = s.rows.find((x) => x.pointId === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('placing points around the milestone', () => {
  const s = schedule(planOf(), content, answers, at('2026-12-02'));

  it('ends the milestone’s phase on the milestone and runs the next phase after it', () => {
    // design: 10 weeks (70 days) before 1 March 2027; conduct: 20 weeks (140 days) after it.
    expect(s.phases.map((p) => [p.phaseId, p.start, p.end, p.milestone])).toEqual([
      ['design', '2026-12-21', '2027-03-01', true],
      ['conduct', '2027-03-01', '2027-07-19', false],
    ]);
    expect(s.milestone).toEqual({ date: '2027-03-01', phaseId: 'design', decision: 'protocol sign-off' });
    expect(s.anchor).toEqual({ kind: 'milestone', date: '2027-03-01' });
    expect(s.warnings).toEqual([]);
  });

  it('finishes a point its lead time before the milestone, over its own length', () => {
    // review: 2 weeks before 1 March = 15 Feb; 3 weeks long → from 25 Jan.
    expect(row(s, 'review')).toMatchObject({
      start: '2027-01-25',
      end: '2027-02-15',
      due: '2027-02-15',
      source: 'milestone',
      beforeText: 'the milestone (protocol sign-off)',
      dueBefore: { kind: 'decision', phaseId: 'design', milestone: true },
      basis: 'Comments need a round of changes.',
    });
  });

  it('finishes a point before the point it feeds starts, when that comes first', () => {
    // endpoints: the phase's 1 week lead gives 22 Feb, but review starts 25 Jan; 2 weeks long.
    expect(row(s, 'endpoints')).toMatchObject({
      start: '2027-01-11',
      end: '2027-01-25',
      due: '2027-01-25',
      beforeText: '“Protocol review”',
      dueBefore: { kind: 'point', pointId: 'review' },
    });
  });

  it('counts back from the start of the phase when the point says so, and from phase timing elsewhere', () => {
    // materials: 4 weeks before conduct starts (1 March) = 1 Feb; 2 weeks long.
    expect(row(s, 'materials')).toMatchObject({
      start: '2027-01-18',
      end: '2027-02-01',
      source: 'phase',
      beforeText: 'the ethics submission',
    });
    // feedback: the phase default, no lead before the end of conduct, 4 weeks long.
    expect(row(s, 'feedback')).toMatchObject({ start: '2027-06-21', end: '2027-07-19', source: 'phase' });
    expect(s.rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it('marks what starts after the period the plan covers', () => {
    // 26 weeks (182 days) from 21 Dec 2026.
    expect(s.horizon).toBe('2027-06-21');
    expect(s.rows.filter((r) => r.beyondHorizon)).toEqual([]);
    const tiny = schedule(planOf(), content, { ...answers, timeline: 'tiny' }, at('2026-12-02'));
    // 4 weeks from 21 Dec 2026 = 18 Jan 2027: review (25 Jan) and feedback start later; materials starts that day.
    expect(tiny.horizon).toBe('2027-01-18');
    expect(tiny.rows.filter((r) => r.beyondHorizon).map((r) => r.pointId)).toEqual(['review', 'feedback']);
    const notSure = schedule(planOf(), content, { ...answers, timeline: { notSure: true } }, at('2026-12-02'));
    expect(notSure.horizon).toBe('2027-06-21');
  });

  it('spans the chart from the earliest start to the latest end', () => {
    expect(s.range).toEqual({ start: '2026-12-02', end: '2027-07-19' });
  });
});

describe('the team’s own dates', () => {
  it('warns when a target date is after the milestone’s lead time', () => {
    const s = schedule(planOf({ edits: { review: { targetDate: '2027-02-20' } } }), content, answers, at('2026-12-02'));
    expect(row(s, 'review')).toMatchObject({
      start: '2027-01-30',
      end: '2027-02-20',
      due: '2027-02-15',
      source: 'team',
    });
    expect(row(s, 'review').warnings).toEqual([
      {
        kind: 'late',
        pointId: 'review',
        feeds: 'milestone',
        text: '“Protocol review” finishes on 20 February 2027, after 15 February 2027, when the milestone (protocol sign-off) needs it.',
      },
    ]);
    // The point feeding review now has until review starts: 30 Jan.
    expect(row(s, 'endpoints')).toMatchObject({ end: '2027-01-30', start: '2027-01-16' });
  });

  it('warns when a point’s target date is after the date of the point it feeds', () => {
    const edits = { review: { targetDate: '2027-01-20' }, endpoints: { targetDate: '2027-01-25' } };
    const s = schedule(planOf({ edits }), content, answers, at('2026-12-02'));
    // review starts 3 weeks before 20 Jan: 30 Dec 2026.
    expect(row(s, 'endpoints')).toMatchObject({ due: '2026-12-30', end: '2027-01-25' });
    expect(row(s, 'endpoints').warnings.map((w) => [w.kind, w.feeds])).toEqual([['late', 'review']]);
    expect(row(s, 'endpoints').warnings[0]?.text).toBe(
      '“Endpoints” finishes on 25 January 2027, after 30 December 2026, when “Protocol review” needs it.',
    );
    expect(row(s, 'review').warnings).toEqual([]);
  });

  it('ignores a fed point that is done, and gives a done point no warnings', () => {
    const edits: Record<string, PointEdit> = {
      review: { status: 'done' },
      endpoints: { targetDate: '2027-02-22' },
    };
    const s = schedule(planOf({ edits }), content, answers, at('2026-12-02'));
    // Without review, endpoints is due its phase lead (1 week) before 1 March: 22 Feb, its own date.
    expect(row(s, 'endpoints')).toMatchObject({ due: '2027-02-22', warnings: [] });
    const done = schedule(
      planOf({ edits: { review: { targetDate: '2027-04-01', status: 'done' } } }),
      content,
      answers,
      at('2026-12-02'),
    );
    expect(row(done, 'review').warnings).toEqual([]);
  });

  it('skips a target date that is not a real day', () => {
    const s = schedule(planOf({ edits: { review: { targetDate: '2027-02-30' } } }), content, answers, at('2026-12-02'));
    expect(row(s, 'review')).toMatchObject({ end: '2027-02-15', source: 'milestone' });
  });
});

describe('against today', () => {
  it('warns of windows that have passed, and of work that can no longer finish in time', () => {
    const s = schedule(planOf(), content, answers, at('2027-02-10'));
    const kinds = s.rows.map((r) => [r.pointId, r.warnings.map((w) => w.kind)]);
    // endpoints ended 25 Jan and materials 1 Feb; review should have started 25 Jan, and 3 weeks from
    // 10 Feb is 3 March, after its 15 Feb due date; feedback is months away.
    expect(kinds).toEqual([
      ['endpoints', ['past']],
      ['review', ['short']],
      ['materials', ['past']],
      ['feedback', []],
    ]);
    expect(row(s, 'review').warnings[0]?.text).toBe(
      'Starting “Protocol review” today, it would finish on 3 March 2027, after 15 February 2027, when the milestone (protocol sign-off) needs it.',
    );
    expect(row(s, 'endpoints').warnings[0]?.text).toBe(
      '“Endpoints” should have finished by 25 January 2027 and is not marked done. Mark it done or set a new target date.',
    );
  });

  it('does not press work already under way', () => {
    const s = schedule(planOf({ edits: { review: { status: 'in-progress' } } }), content, answers, at('2027-02-10'));
    expect(row(s, 'review').warnings).toEqual([]);
  });

  it('says once when the milestone itself has passed, checking only the team’s own dates', () => {
    const edits = { feedback: { targetDate: '2027-03-15' } };
    const s = schedule(planOf({ edits }), content, answers, at('2027-04-01'));
    expect(s.warnings).toEqual([
      {
        kind: 'milestone-past',
        text: 'The milestone date (1 March 2027) has passed. Set your next milestone under “Change answers” so the timeline looks ahead.',
      },
    ]);
    expect(s.rows.filter((r) => r.warnings.length).map((r) => [r.pointId, r.warnings[0]?.kind])).toEqual([
      ['feedback', 'past'],
    ]);
  });
});

describe('without a milestone date', () => {
  const s = schedule(planOf({ milestone: '' }), content, answers, at('2026-12-02'));

  it('starts the current phase today and says how to add the milestone', () => {
    // design: from 2 Dec 2026 for 70 days, to 10 Feb 2027.
    expect(s.phases[0]).toMatchObject({ start: '2026-12-02', end: '2027-02-10', milestone: false });
    expect(s.anchor).toEqual({ kind: 'today', date: '2026-12-02' });
    expect(s.milestone).toBeNull();
    expect(s.warnings.map((w) => w.kind)).toEqual(['no-milestone']);
    expect(s.warnings[0]?.text).toContain('When is your next big milestone?');
    // review: 2 weeks before 10 Feb.
    expect(row(s, 'review')).toMatchObject({ end: '2027-01-27', source: 'phase', beforeText: 'protocol sign-off' });
  });
});

describe('odd plans', () => {
  it('cuts a loop in feeds instead of running forever', () => {
    const s = schedule(planOf({ feeds: { review: ['endpoints'] } }), content, answers, at('2026-12-02'));
    expect(s.rows).toHaveLength(4);
    expect(row(s, 'endpoints').due).toBe('2027-01-25');
  });

  it('places the milestone in the next phase of the plan when the stage’s phase is out of scope', () => {
    const s = schedule(planOf(), content, { 'development-stage': 'unknown-stage' }, at('2026-12-02'));
    expect(s.phases[0]?.end).toBe('2027-03-01');
  });

  it('is deterministic', () => {
    const a = schedule(planOf(), content, answers, at('2026-12-02'));
    const b = schedule(planOf(), content, answers, at('2026-12-02'));
    expect(a).toEqual(b);
  });
});

describe('the month axis', () => {
  it('runs from the first of the first month to the first of the month after the last day', () => {
    const axis = monthAxis({ start: '2026-11-20', end: '2027-02-03' });
    // Nov (30 days), Dec (31), Jan (31), Feb (28): 120 days from 1 Nov 2026 to 1 Mar 2027.
    expect(axis).toMatchObject({ start: '2026-11-01', end: '2027-03-01', days: 120 });
    expect(axis.months.map((m) => [m.label, m.offset, m.year])).toEqual([
      ['Nov', 0, 2026],
      ['Dec', 30, undefined],
      ['Jan', 61, 2027],
      ['Feb', 92, undefined],
    ]);
  });
});
