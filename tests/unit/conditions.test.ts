import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/conditions';

const answers = { rare: 'yes', pops: ['children', 'carers'], exp: 2 };

describe('conditions', () => {
  it.each([
    [{ q: 'rare', is: 'yes' }, true],
    [{ q: 'rare', is: 'no' }, false],
    [{ q: 'rare', in: ['no', 'yes'] }, true],
    [{ q: 'pops', has: 'children' }, true],
    [{ q: 'pops', has: 'older-adults' }, false],
    [{ q: 'pops', hasAny: ['older-adults', 'carers'] }, true],
    [{ q: 'exp', lte: 2 }, true],
    [{ q: 'exp', gte: 3 }, false],
    [{ q: 'missing', answered: false }, true],
    [{ q: 'rare', answered: true }, true],
    [
      {
        all: [
          { q: 'rare', is: 'yes' },
          { q: 'pops', has: 'children' },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { q: 'rare', is: 'no' },
          { q: 'exp', gte: 5 },
        ],
      },
      false,
    ],
    [{ not: { q: 'rare', is: 'no' } }, true],
  ])('%j → %s', (condition, expected) => {
    expect(evaluate(condition, answers)).toBe(expected);
  });

  it('treats a multi-choice list as not equal to a single value', () => {
    expect(evaluate({ q: 'pops', is: 'children' }, answers)).toBe(false);
  });

  it('sees "not sure" in the answers as given', () => {
    expect(evaluate({ q: 'rare', notSure: true }, { rare: 'no' }, { rare: { notSure: true } })).toBe(true);
    expect(evaluate({ q: 'rare', notSure: true }, answers, answers)).toBe(false);
  });
});
