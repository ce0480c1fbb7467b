import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { pointLinks } from '../../src/domain/plan/links';
import { realContent } from './realContent';

const content = realContent();
const plan = buildPlan(content, { answers: content.examples.find((x) => x.id === 'oncology-hta')!.answers });
const ids = (id: string) => {
  const links = pointLinks(plan, id);
  return { feedsInto: links.feedsInto.map((i) => i.id), usesDataFrom: links.usesDataFrom.map((i) => i.id) };
};

describe('links between the points of a plan', () => {
  it('lists what a point feeds, in plan order, leaving out points not in the plan', () => {
    // td-endpoints also feeds td-preference-study, which the oncology plan does not include.
    expect(ids('td-endpoints')).toEqual({
      feedsInto: ['reg-ped-package', 'reg-scientific-advice', 'hta-scoping', 'hta-value-evidence'],
      // The catch-up points brought into trial design feed td-endpoints (their `feeds` in content/points).
      usesDataFrom: ['pre-coa-strategy', 'disc-outcomes-that-matter', 'ec-tolerability-pro'],
    });
  });

  it('lists the points whose data a point uses', () => {
    expect(ids('hta-committee')).toEqual({
      feedsInto: [],
      usesDataFrom: ['hta-patient-submission', 'hta-value-evidence'],
    });
    expect(ids('la-patient-materials')).toEqual({
      feedsInto: ['la-support-programme'],
      // The package leaflet test is a legal duty in this EU plan, so it is listed first among the
      // regulatory phase's points (essential before the others).
      usesDataFrom: ['tc-recruitment-materials', 'reg-labelling', 'reg-ped-package', 'reg-benefit-risk'],
    });
  });

  it('drops a point the team left out, and knows nothing of an unknown id', () => {
    const without = buildPlan(content, {
      answers: content.examples.find((x) => x.id === 'oncology-hta')!.answers,
      edits: { points: { 'hta-scoping': { decision: 'exclude' } }, custom: [] },
    });
    expect(pointLinks(without, 'td-endpoints').feedsInto.map((i) => i.id)).toEqual([
      'reg-ped-package',
      'reg-scientific-advice',
      'hta-value-evidence',
    ]);
    expect(pointLinks(plan, 'nope')).toEqual({ feedsInto: [], usesDataFrom: [] });
  });
});
