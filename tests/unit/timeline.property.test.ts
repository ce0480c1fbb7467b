/**
 * Property: for any example plan, milestone date, stage, timeline answer, "today" and team dates and
 * statuses, the schedule never throws, every bar ends on or after it starts, every warning is about a
 * real row and names a real row (or the milestone) as what it feeds, and the same input gives the same output.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { schedule } from '../../src/domain/timeline/schedule';
import type { PointEdit } from '../../src/domain/document/types';
import { STATUSES } from '../../src/domain/document/types';
import { realContent } from './realContent';

const content = realContent();
const stages = ['idea', 'discovery', 'preclinical', 'early-clinical', 'confirmatory', 'submission', 'marketed'];
const timelines = ['under-6-months', '6-to-12-months', '1-to-3-years', 'over-3-years'];
const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('schedule (property)', () => {
  it('never throws, keeps end ≥ start, and names only real points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...content.examples),
        fc.option(day, { nil: undefined }),
        fc.option(fc.constantFrom(...stages), { nil: undefined }),
        fc.option(fc.constantFrom(...timelines), { nil: undefined }),
        day,
        fc.array(
          fc.record(
            {
              pick: fc.nat(),
              targetDate: fc.oneof(day, fc.constant('2027-02-30')),
              status: fc.constantFrom(...STATUSES),
            },
            { requiredKeys: ['pick'] },
          ),
          { maxLength: 8 },
        ),
        (example, milestone, stage, timeline, today, picks) => {
          const answers = { ...example.answers };
          if (milestone) answers['key-milestone-date'] = milestone;
          else delete answers['key-milestone-date'];
          if (stage) answers['development-stage'] = stage;
          if (timeline) answers.timeline = timeline;
          const first = buildPlan(content, { answers });
          const ids = first.phases.flatMap((p) => p.items.map((i) => i.id));
          const points: Record<string, PointEdit> = {};
          for (const { pick, ...edit } of picks) if (ids.length) points[ids[pick % ids.length]!] = edit;
          const plan = buildPlan(content, { answers, edits: { points, custom: [] } });
          const now = new Date(`${today}T12:00:00Z`);
          const s = schedule(plan, content, answers, now);
          const rowIds = new Set(s.rows.map((r) => r.pointId));
          expect(s.rows.length).toBe(plan.phases.reduce((n, p) => n + p.items.length, 0));
          for (const r of s.rows) {
            expect(r.end >= r.start).toBe(true);
            for (const w of r.warnings) {
              expect(w.pointId).toBe(r.pointId);
              expect(w.feeds === null || w.feeds === 'milestone' || rowIds.has(w.feeds)).toBe(true);
              expect(w.text).toContain(r.title);
            }
          }
          expect(s.range.start <= s.range.end).toBe(true);
          expect(schedule(plan, content, answers, now)).toEqual(s);
        },
      ),
      { numRuns: 80, seed: 20261202 },
    );
  });
});
