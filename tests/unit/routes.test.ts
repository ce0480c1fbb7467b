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

  it('reads the partner view and share links', () => {
    expect(parseRoute('#/plan/p%201/partner')).toEqual({ name: 'partner', planId: 'p 1' });
    expect(parseRoute(href.partner('a/b'))).toEqual({ name: 'partner', planId: 'a/b' });
    expect(href.share('plan1.x.y.AB-_c')).toBe('#/share/plan1.x.y.AB-_c');
    expect(parseRoute('#/share/plan1.x.y.AB-_c')).toEqual({ name: 'share', payload: 'plan1.x.y.AB-_c' });
    expect(parseRoute('#/share/')).toEqual({ name: 'not-found', path: 'share/' });
    expect(parseRoute('#/plan/p/partner/more')).toEqual({ name: 'not-found', path: 'plan/p/partner/more' });
  });
});

describe('the presenter route', () => {
  it('reads #/plan/<id>/present, and only that shape', () => {
    expect(href.present('a b/c')).toBe('#/plan/a%20b%2Fc/present');
    expect(parseRoute(href.present('a b/c'))).toEqual({ name: 'present', planId: 'a b/c' });
    expect(parseRoute('#/plan/p1/present')).toEqual({ name: 'present', planId: 'p1' });
    expect(parseRoute('#/plan/p1/present/extra')).toEqual({ name: 'not-found', path: 'plan/p1/present/extra' });
  });
});
