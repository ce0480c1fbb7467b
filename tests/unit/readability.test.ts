import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, textStats } from '../../src/domain/text/readability';

describe('readability', () => {
  it('counts syllables of common words', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('table')).toBe(2);
    expect(countSyllables('patient')).toBe(2);
    expect(countSyllables('engagement')).toBe(3);
    expect(countSyllables('representativeness')).toBeGreaterThanOrEqual(6);
  });

  it('counts words and sentences', () => {
    expect(textStats('You read a form. You tell us what is hard!')).toMatchObject({ words: 10, sentences: 2 });
  });

  it('rates short plain sentences far below dense professional prose', () => {
    const plain = 'You would read a short form. You tell us which parts are hard to follow. It takes about one hour.';
    const dense =
      'Comprehensive characterisation of heterogeneous patient-reported symptomatology necessitates methodologically rigorous qualitative investigation preceding psychometric instrument development.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(6);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(14);
  });

  it('gives 0 for empty text', () => {
    expect(fleschKincaidGrade('')).toBe(0);
  });
});
