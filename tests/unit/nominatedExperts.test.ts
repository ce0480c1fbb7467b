/**
 * Error 8 of the knowledge review: a "patient expert" at NICE, EMA and EU joint clinical assessment is
 * a person with lived experience whom the body (often on a patient group's nomination) invites, not a
 * patient trained in medicines development. The points for those meetings name the nominated experts.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Answers } from '../../src/domain/answers';
import { realContent } from './realContent';

const content = realContent();
const names = new Map(content.stakeholders.map((s) => [s.id, s.name]));

function whoFor(answers: Answers, pointId: string): string[] {
  const plan = buildPlan(content, { answers });
  const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === pointId);
  return (item?.who ?? []).map((id) => names.get(id) ?? id);
}

describe('patient experts at NICE, EMA and EU joint clinical assessment', () => {
  it('a NICE appraisal asks for nominated patient experts, not trained ones', () => {
    const who = whoFor(
      {
        'planner-type': 'industry',
        'product-type': 'medicine',
        regions: ['uk'],
        'ped-purposes': ['hta-access'],
        'hta-bodies': ['nice'],
      },
      'hta-committee',
    );
    expect(who).toContain('Patient experts nominated to a regulator or HTA body');
    expect(who).not.toContain('Trained patient experts');
  });

  it('EMA scientific advice and the EU scoping do the same', () => {
    const answers: Answers = {
      'planner-type': 'industry',
      'product-type': 'medicine',
      'therapeutic-area': 'oncology',
      'development-stage': 'early-clinical',
      regions: ['eu'],
      'ped-purposes': ['hta-access', 'regulatory-submission'],
    };
    for (const point of ['reg-scientific-advice', 'hta-scoping']) {
      const who = whoFor(answers, point);
      expect(who, point).toContain('Patient experts nominated to a regulator or HTA body');
      expect(who, point).not.toContain('Trained patient experts');
    }
  });

  it('trained patient experts still review the protocol', () => {
    const who = whoFor(
      {
        'planner-type': 'industry',
        'product-type': 'medicine',
        'development-stage': 'early-clinical',
        regions: ['eu'],
      },
      'td-protocol-review',
    );
    expect(who).toContain('Trained patient experts');
  });
});
