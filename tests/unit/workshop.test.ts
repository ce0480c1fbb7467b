/** Merging participants' responses and the room's votes; cleaning a saved workshop record. */
import { describe, expect, it } from 'vitest';
import { makeResponse, parseResponse, type ResponseDraft } from '../../src/domain/response';
import { cleanWorkshop, emptyWorkshop } from '../../src/domain/document/workshop';
import { addResponse, pointRatings, removeResponse } from '../../src/domain/workshop/merge';
import { addRating, changeDots, undoRating } from '../../src/domain/workshop/votes';
import { restoreDocument } from '../../src/domain/document/migrations';
import { newDocument } from '../../src/domain/document/create';
import { saveItemEdit, setPriority } from '../../src/domain/document/edits';

const plan = { id: 'plan-1', pointIds: ['p-a', 'p-b'] };
const draft = (over: Partial<ResponseDraft>): ResponseDraft => ({
  planId: 'plan-1',
  responseId: 'r-1',
  createdAt: '2026-11-02T10:00:00.000Z',
  respondent: { id: 'who-1', name: 'Sam', group: 'patient' },
  ratings: {},
  comments: {},
  interest: [],
  ...over,
});
const response = (over: Partial<ResponseDraft>) => makeResponse(draft(over));
const add = (w: ReturnType<typeof emptyWorkshop>, over: Partial<ResponseDraft>) => {
  const r = addResponse(w, response(over));
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('merging responses', () => {
  it('totals, means and spreads ratings per group, the room and the responses together', () => {
    let w = emptyWorkshop();
    w = addRating(w, 'p-a', 'patients', 4);
    w = addRating(w, 'p-a', 'team', 2);
    w = add(w, { responseId: 'r-1', ratings: { 'p-a': 5 } }).workshop;
    w = add(w, { responseId: 'r-2', respondent: { id: 'who-2', group: 'carer' }, ratings: { 'p-a': 1 } }).workshop;
    w = add(w, { responseId: 'r-3', respondent: { id: 'who-3', group: 'team' }, ratings: { 'p-a': 3 } }).workshop;
    const stats = pointRatings(w, 'p-a');
    expect(stats.patients).toEqual({ count: 3, room: 1, responses: 2, total: 10, mean: 3.3, min: 1, max: 5, dots: 0 });
    expect(stats.team).toEqual({ count: 2, room: 1, responses: 1, total: 5, mean: 2.5, min: 2, max: 3, dots: 0 });
    expect(stats.other.count).toBe(0);
    expect(pointRatings(w, 'p-b').patients.mean).toBeNull();
  });

  it('replaces the earlier response of the same participant and says which', () => {
    const first = add(emptyWorkshop(), { responseId: 'r-1', ratings: { 'p-a': 2 } });
    expect(first.replaced).toBeNull();
    const second = add(first.workshop, {
      responseId: 'r-2',
      createdAt: '2026-11-03T10:00:00.000Z',
      ratings: { 'p-a': 5 },
    });
    expect(second.replaced?.responseId).toBe('r-1');
    expect(second.workshop.responses.map((r) => r.responseId)).toEqual(['r-2']);
    expect(pointRatings(second.workshop, 'p-a').patients).toMatchObject({ count: 1, total: 5 });
  });

  it('refuses the very same response twice', () => {
    const once = add(emptyWorkshop(), { ratings: { 'p-a': 2 } }).workshop;
    expect(addResponse(once, response({ ratings: { 'p-a': 2 } }))).toEqual({
      ok: false,
      error: 'This response is already in the plan.',
    });
  });

  it('refuses a response for another plan before it reaches the workshop', () => {
    const r = parseResponse(JSON.stringify(response({ planId: 'plan-2' })), plan);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/for another plan/);
  });

  it('removes one response and leaves the room’s votes and the others alone', () => {
    let w = addRating(emptyWorkshop(), 'p-a', 'patients', 3);
    w = add(w, { responseId: 'r-1', ratings: { 'p-a': 5 } }).workshop;
    w = add(w, { responseId: 'r-2', respondent: { id: 'who-2', group: 'patient' }, ratings: { 'p-a': 1 } }).workshop;
    w = removeResponse(w, 'r-1');
    expect(w.responses.map((r) => r.responseId)).toEqual(['r-2']);
    expect(pointRatings(w, 'p-a').patients).toMatchObject({ count: 2, room: 1, responses: 1, total: 4 });
  });
});

describe('the room’s votes', () => {
  it('adds and takes back ratings and dots, dropping empty groups', () => {
    let w = addRating(emptyWorkshop(), 'p-a', 'team', 5);
    w = changeDots(w, 'p-a', 'team', 1);
    expect(w.votes).toEqual({ 'p-a': { team: { ratings: [5], dots: 1 } } });
    w = undoRating(changeDots(w, 'p-a', 'team', -1), 'p-a', 'team');
    expect(w.votes).toEqual({});
    expect(changeDots(emptyWorkshop(), 'p-a', 'team', -1).votes).toEqual({});
  });
});

describe('cleanWorkshop', () => {
  it('keeps a sound record as it is, through a save and a reload', () => {
    let w = addRating(emptyWorkshop(), 'p-a', 'patients', 4);
    w = add(w, { ratings: { 'p-a': 5 } }).workshop;
    w = {
      ...w,
      date: '2026-11-02',
      decisions: [
        { id: 'd1', pointId: 'p-a', text: 'Hold it online', date: '2026-11-02', agreedBy: ['patients', 'team'] },
      ],
      actions: [{ id: 'a1', text: 'Book the room', owner: 'Ana', targetDate: '2026-12-01', status: 'in-progress' }],
    };
    const doc = {
      ...newDocument({ id: 'plan-1', name: 'P', contentVersion: 'v', now: '2026-11-01T00:00:00Z' }),
      workshop: w,
    };
    const restored = restoreDocument(JSON.parse(JSON.stringify(doc)));
    expect(restored.ok && restored.document.workshop).toEqual(w);
  });

  it('drops what is not sound: bad ratings, tampered responses, unknown statuses, bad dates', () => {
    const tampered = { ...response({ ratings: { 'p-a': 5 } }), ratings: { 'p-a': 1 } };
    const cleaned = cleanWorkshop({
      date: 'yesterday',
      votes: { 'p-a': { patients: { ratings: [0, 3, 9, 2.5, '4'], dots: -2 }, nobody: { ratings: [3] } }, 'p-b': 'x' },
      decisions: [
        { id: 'd1', text: 'x', date: 'soon' },
        { id: 'd2', text: 'y', date: '2026-01-02', agreedBy: ['team', 'cats'] },
      ],
      actions: [{ id: 'a1', text: 't', owner: 5, status: 'maybe' }],
      responses: [tampered, 'junk'],
    });
    expect(cleaned).toEqual({
      votes: { 'p-a': { patients: { ratings: [3], dots: 0 } } },
      decisions: [{ id: 'd2', text: 'y', date: '2026-01-02', agreedBy: ['team'] }],
      actions: [{ id: 'a1', text: 't', owner: '', status: 'not-started' }],
      responses: [],
    });
    expect(cleanWorkshop('nope')).toBeUndefined();
  });
});

describe('the team’s priority', () => {
  it('is kept when the edit form saves owner or notes, and can be reset', () => {
    let edits = setPriority({ points: {}, custom: [] }, 'p-a', 'essential');
    edits = saveItemEdit(edits, 'p-a', { owner: 'Ana' });
    expect(edits.points['p-a']).toEqual({ owner: 'Ana', priority: 'essential' });
    expect(setPriority(edits, 'p-a', null).points['p-a']).toEqual({ owner: 'Ana' });
  });
});
