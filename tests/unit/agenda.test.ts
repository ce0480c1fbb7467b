import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agendaTotal, cleanAgenda, setAgendaMinutes } from '../../src/domain/document/agenda';
import { restoreDocument } from '../../src/domain/document/migrations';
import { SCHEMA_VERSION } from '../../src/domain/document/types';
import { formatClock } from '../../src/features/present/clock';

describe('the workshop agenda', () => {
  it('keeps sound minutes per phase and drops the rest', () => {
    expect(
      cleanAgenda({
        discovery: 20,
        trials: 0,
        long: 1441,
        half: 2.5,
        neg: -1,
        text: '10',
        '': 5,
        ['x'.repeat(201)]: 5,
      }),
    ).toEqual({ discovery: 20, trials: 0 });
    expect(cleanAgenda([10])).toBeUndefined();
    expect(cleanAgenda(null)).toBeUndefined();
    expect(cleanAgenda({ a: 'x' })).toBeUndefined();
  });

  it('sets, clears and totals minutes', () => {
    const a = setAgendaMinutes(undefined, 'one', 15);
    expect(a).toEqual({ one: 15 });
    expect(setAgendaMinutes({ ...a, two: 30 }, 'one', null)).toEqual({ two: 30 });
    expect(agendaTotal({ one: 15, two: 30 })).toBe(45);
    expect(agendaTotal(undefined)).toBe(0);
  });

  it('never lets anything but whole minutes from 0 to 1440 through, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const agenda = cleanAgenda(raw);
        if (agenda === undefined) return;
        for (const [id, m] of Object.entries(agenda)) {
          expect(id.length).toBeGreaterThan(0);
          expect(Number.isInteger(m) && m >= 0 && m <= 1440).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('travels with a saved plan, cleaned on the way in', () => {
    const doc = {
      schemaVersion: SCHEMA_VERSION,
      contentVersion: 'x',
      id: 'p1',
      name: 'Plan',
      answers: {},
      edits: { points: {}, custom: [] },
      settings: { hourlyRate: 50, currency: 'GBP', agenda: { one: 10, two: 'lots' } },
    };
    const restored = restoreDocument(doc);
    expect(restored.ok && restored.document.settings.agenda).toEqual({ one: 10 });
    const none = restoreDocument({ ...doc, settings: { hourlyRate: 50, currency: 'GBP' } });
    expect(none.ok && 'agenda' in none.document.settings).toBe(false);
  });
});

describe('the presenter clock', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [900, '15:00'],
    [3723, '1:02:03'],
    [-5, '0:00'],
  ])('%s s reads %s', (s, text) => expect(formatClock(s)).toBe(text));
});
