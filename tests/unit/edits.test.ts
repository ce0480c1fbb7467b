import { describe, expect, it } from 'vitest';
import {
  addCustomPoint,
  clearDecision,
  discardEdit,
  includePoint,
  saveItemEdit,
  setPointEdit,
} from '../../src/domain/document/edits';
import type { CustomPoint, PlanEdits } from '../../src/domain/document/types';

const custom: CustomPoint = {
  id: 'custom-1',
  phase: 'launch',
  title: 'Café',
  description: 'Talk',
  who: ['carers'],
  level: 'consult',
};
const edits: PlanEdits = {
  points: { 'td-endpoints': { owner: 'Ana', decision: 'exclude', reason: 'Done' } },
  custom: [custom],
};

describe('team edits', () => {
  it('never changes the edits it is given', () => {
    const before = structuredClone(edits);
    saveItemEdit(edits, 'custom-1', { owner: 'Bo' });
    discardEdit(edits, 'td-endpoints');
    expect(edits).toEqual(before);
  });

  it('removes an edit that has become empty', () => {
    expect(setPointEdit(edits, 'td-endpoints', {}).points).toEqual({});
    expect(setPointEdit(edits, 'td-endpoints', { notes: '' }).points).toEqual({});
  });

  it('includes a point keeping what was recorded, and clears a decision keeping the rest', () => {
    expect(includePoint(edits, 'td-endpoints').points['td-endpoints']).toEqual({
      owner: 'Ana',
      decision: 'include',
      reason: 'Done',
    });
    expect(clearDecision(edits, 'td-endpoints').points['td-endpoints']).toEqual({ owner: 'Ana' });
    expect(clearDecision({ points: { x: { decision: 'include' } }, custom: [] }, 'x').points).toEqual({});
  });

  it('saves owner, date, status and notes on a custom point, and only those', () => {
    const next = saveItemEdit(edits, 'custom-1', { owner: 'Bo', status: 'done', decision: 'exclude', reason: 'no' });
    expect(next.custom[0]).toEqual({ ...custom, owner: 'Bo', status: 'done' });
    expect(next.points).toEqual(edits.points);
  });

  it('saves the edit of a recommended point under its id', () => {
    expect(saveItemEdit(edits, 'pm-rwe-design', { notes: 'Ask the registry' }).points['pm-rwe-design']).toEqual({
      notes: 'Ask the registry',
    });
  });

  it('keeps a custom point’s priority and patient hours when its owner or notes change', () => {
    const rated: PlanEdits = { points: {}, custom: [{ ...custom, priority: 'essential', patientHours: 8 }] };
    expect(saveItemEdit(rated, 'custom-1', { owner: 'Bo' }).custom[0]).toEqual({
      ...custom,
      priority: 'essential',
      patientHours: 8,
      owner: 'Bo',
    });
  });

  it('adds custom points and discards either kind by id', () => {
    const added = addCustomPoint(edits, { ...custom, id: 'custom-2' });
    expect(added.custom.map((c) => c.id)).toEqual(['custom-1', 'custom-2']);
    expect(discardEdit(added, 'custom-1').custom.map((c) => c.id)).toEqual(['custom-2']);
    expect(discardEdit(edits, 'td-endpoints').points).toEqual({});
  });
});
