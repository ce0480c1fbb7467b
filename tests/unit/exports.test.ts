import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { realContent } from './realContent';
import { exampleDocument } from '../../src/domain/document/create';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { PlanDocument, PointEdit } from '../../src/domain/document/types';
import type { Plan } from '../../src/domain/plan/types';
import { actionsCsv, budgetCsv } from '../../src/domain/export/csv';
import { planIcs } from '../../src/domain/export/ics';

const content = realContent();
const NOW = new Date('2026-12-02T09:30:00Z');

function oncology(edits: PlanDocument['edits']['points'] = {}): PlanDocument {
  const doc = exampleDocument(content, 'oncology-hta', NOW.toISOString(), 'plan-onc');
  return { ...doc, edits: { ...doc.edits, points: edits } };
}
const planOf = (doc: PlanDocument) =>
  buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });

/** A small RFC 4180 reader, written for the test (not the code under test). */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

/** The same plan with one point's team edit replaced (faster than rebuilding it for each case). */
function withEdit(plan: Plan, pointId: string, edit: PointEdit): Plan {
  return {
    ...plan,
    phases: plan.phases.map((p) => ({ ...p, items: p.items.map((i) => (i.id === pointId ? { ...i, edit } : i)) })),
  };
}

describe('calendar (.ics) of dated activities', () => {
  const base = planOf(oncology());
  const doc = oncology({
    'td-endpoints': {
      owner: 'Dr Zoë Ångström, clinical lead; outcomes',
      targetDate: '2027-02-15',
      status: 'in-progress',
    },
    'hta-scoping': { owner: 'Market access', targetDate: '2027-05-03' },
    'diss-lay-summary': { targetDate: '2027-02-30' }, // not a real day: left out
  });
  const ics = planIcs(planOf(doc), doc.id, doc.name, NOW);
  const vcal = new ICAL.Component(ICAL.parse(ics));
  const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses, with one all-day event per dated point and the milestone, in date order', () => {
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2027-02-15', 'Choose endpoints and meaningful change that matter to patients'],
      ['2027-05-03', 'Patient input to HTA scoping (PICO)'],
      ['2027-12-01', 'Programme milestone'],
    ]);
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
  });

  it('keeps commas, semicolons and accents in the owner, and stable ids', () => {
    const endpoints = events[0]!;
    expect(endpoints.description).toContain('Owner: Dr Zoë Ångström, clinical lead; outcomes');
    expect(endpoints.description).toContain('Status: In progress');
    expect(endpoints.uid).toBe('plan-onc.td-endpoints@patient-engagement-planner');
  });

  it('ends lines with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses whatever the team types as owner or title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (owner) => {
        const edited = withEdit(base, 'td-endpoints', { owner, targetDate: '2027-01-10' });
        const parsed = new ICAL.Component(ICAL.parse(planIcs(edited, 'plan-onc', owner || 'Plan', NOW)));
        const event = parsed
          .getAllSubcomponents('vevent')
          .map((v) => new ICAL.Event(v))
          .find((e) => e.uid.startsWith('plan-onc.td-endpoints'));
        expect(event?.description).toContain(owner.trim() ? `Owner: ${owner}` : 'Status:');
      }),
      { numRuns: 500 },
    );
  });
});

describe('spreadsheet tables (.csv)', () => {
  const doc = oncology({
    'td-endpoints': { owner: '=HYPERLINK("http://x")', targetDate: '2027-02-15', status: 'done' },
  });
  const plan = planOf(doc);

  it('lists every point of the plan with owner, date and status, and defuses formulas', () => {
    const rows = readCsv(actionsCsv(plan));
    expect(rows[0]).toEqual([
      'Phase',
      'Engagement point',
      'Priority',
      'Owner',
      'Target date',
      'Status',
      'Patient-partner hours',
      'Estimated cost (EUR)',
    ]);
    expect(rows).toHaveLength(1 + plan.summary.points);
    const endpoints = rows.find((r) => r[1] === 'Choose endpoints and meaningful change that matter to patients');
    expect(endpoints?.slice(3, 6)).toEqual(['\'=HYPERLINK("http://x")', '2027-02-15', 'Done']);
    expect(rows.filter((r) => r[5] === 'Not started')).toHaveLength(plan.summary.points - 1);
  });

  it('adds up to the total the summary shows', () => {
    const rows = readCsv(budgetCsv(plan));
    const lines = rows.slice(1, -1).map((r) => Number(r[1]));
    const total = rows.at(-1)!;
    expect(total[0]).toBe('Total');
    expect(Math.abs(lines.reduce((a, b) => a + b, 0) - Number(total[1]))).toBeLessThan(0.05);
    expect(Math.abs(Number(total[1]) - plan.summary.cost.total)).toBeLessThan(0.01);
    expect(rows.slice(1, -1).map((r) => r[0])).toContain('Payment to patient partners');
  });
});
