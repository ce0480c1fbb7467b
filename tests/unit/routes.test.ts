import { describe, expect, it } from 'vitest';
import { parseRoute, href } from '../../src/lib/routes';

describe('routes', () => {
  it.each([
    ['#/%', '%'],
    ['#/glossary/%', 'glossary/%'],
    ['#/plan/%E0%A4%A/questions', 'plan/%E0%A4%A/questions'],
    ['#/%zz', '%zz'],
  ])('a malformed address %s is "not found", never an exception', (hash, path) => {
    expect(parseRoute(hash)).toEqual({ name: 'not-found', path });
  });

  it('reads every route the app links to', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute(href.plan('a b'))).toEqual({ name: 'plan', planId: 'a b' });
    expect(parseRoute(href.questions('x/y'))).toEqual({ name: 'questions', planId: 'x/y' });
    expect(parseRoute(href.glossary('patient-reported outcome'))).toEqual({
      name: 'glossary',
      term: 'patient-reported outcome',
    });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: 'nowhere' });
  });
});
