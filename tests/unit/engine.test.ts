import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan, phasesInScope } from '../../src/domain/engine/buildPlan';
import { methodAdjustments, rankMethods } from '../../src/domain/engine/rankMethods';
import type { Method } from '../../src/domain/content/schema';

const content = realContent();
const NO_CAP = Number.MAX_SAFE_INTEGER;
const example = (id: string) => content.examples.find((x) => x.id === id)!.answers;
const method = (over: Partial<Method>): Method => ({ ...content.methods[0]!, ...over });

describe('phases in scope', () => {
  it('uses the phases chosen, in programme order', () => {
    expect(phasesInScope(content, { 'phases-in-scope': ['dissemination', 'discovery'] })).toEqual([
      'discovery',
      'dissemination',
    ]);
  });
  it('falls back to every phase from the development stage onward', () => {
    const scope = phasesInScope(content, { 'development-stage': 'confirmatory' });
    expect(scope[0]).toBe('trial-design');
    expect(scope).toContain('dissemination');
    expect(scope).not.toContain('discovery');
  });
  it('covers every phase when nothing is known', () => {
    expect(phasesInScope(content, {})).toHaveLength(content.phases.length);
  });
});

describe('method ranking', () => {
  it('penalises costly methods on a minimal budget and rewards cheap ones', () => {
    expect(
      methodAdjustments(method({ cost: 'high' }), { budget: 'minimal' }, content.scoring.methodRanking).reduce(
        (n, a) => n + a.delta,
        0,
      ),
    ).toBeLessThan(0);
    expect(
      methodAdjustments(method({ cost: 'low' }), { budget: 'minimal' }, content.scoring.methodRanking).reduce(
        (n, a) => n + a.delta,
        0,
      ),
    ).toBeGreaterThan(0);
  });
  it('penalises long methods on a short timeline and in-person-only methods for remote work', () => {
    const notes = methodAdjustments(
      method({ duration: 'year-plus', modes: ['in-person'] }),
      {
        timeline: 'under-6-months',
        modes: ['remote'],
      },
      content.scoring.methodRanking,
    );
    expect(notes.map((n) => n.note).join(' ')).toMatch(/over a year/);
    expect(notes.map((n) => n.note).join(' ')).toMatch(/not usually run remote/);
  });
  it('ranks by fit and answers, and explains each adjustment', () => {
    const point = content.points.find((p) => p.methods.length >= 2)!;
    const ranked = rankMethods(point, content, {}, new Set());
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    const target = point.methods.at(-1)!.method;
    const favoured = rankMethods(point, content, {}, new Set([target]));
    const before = ranked.find((r) => r.method.id === target)!;
    const after = favoured.find((r) => r.method.id === target)!;
    expect(after.score).toBe(before.score + 2);
    expect(favoured.indexOf(after)).toBeLessThanOrEqual(ranked.indexOf(before));
    expect(after.notes).toContain('favoured by your answers');
  });
});

describe('the plan', () => {
  it('is deterministic', () => {
    const answers = example('oncology-hta');
    expect(JSON.stringify(buildPlan(content, { answers }))).toBe(JSON.stringify(buildPlan(content, { answers })));
  });

  it('orders phases and puts essential points first', () => {
    const plan = buildPlan(content, { answers: example('paediatric-rare-disease') });
    const orders = plan.phases.map((p) => p.phase.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const p of plan.phases) {
      const ranks = p.items.map((i) => ({ essential: 3, recommended: 2, optional: 1 })[i.priority]);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });

  /**
   * Golden figures for the low-budget academic example (four phases in scope), checked by hand from
   * content/points/*.yaml: 21 points in those phases, less the two conditional ones no rule brings
   * (td-dmc, td-preference-study). Patient hours are hoursEach × people of each point:
   * priority setting 45 + 150 + 48 + 64 = 307 (ps-pfdd-meeting, 8 h × 40, applies to US plans only: this one is UK), trial design 80 + 60 + 60 + 72 = 272,
   * trial conduct 24 + 32 + 100 + 288 + 40 = 484, dissemination 30 + 32 + 30 + 48 + 40 = 180;
   * 1 243 hours in all. Five of those points study research participants rather than pay partners
   * (ps-unmet-need 1.5 h × 30, tc-recruitment-materials 2 × 12, tc-participant-feedback 0.5 × 200,
   * tc-exit-interviews 1 × 40, diss-impact-evaluation 4 × 10 = 249 h, 292 people), so partners give
   * 994 hours: 39 760 EUR at 40 EUR an hour.
   */
  // The cap on essentials has its own tests (tests/unit/fit.test.ts); these figures are before it.
  it('summarises counts, hours and cost (golden figures for the low-budget academic example)', () => {
    const plan = buildPlan(content, {
      answers: example('low-budget-academic'),
      settings: { hourlyRate: 40, currency: 'EUR', ratesSetByTeam: true, essentialCap: NO_CAP },
    });
    const ids = plan.phases.map((p) => [p.phase.id, p.items.map((i) => `${i.id}:${i.priority}`).sort()]);
    expect(ids).toEqual([
      [
        'priority-setting',
        [
          'ps-journey-map:recommended',
          'ps-partnership-setup:essential',
          'ps-research-priorities:recommended',
          'ps-unmet-need:essential',
        ],
      ],
      [
        'trial-design',
        [
          'td-diversity-plan:essential',
          'td-endpoints:essential',
          'td-older-adults-frailty:recommended',
          'td-protocol-review:essential',
          'td-steering-committee:recommended',
        ],
      ],
      [
        'trial-conduct',
        [
          'tc-burden-support:essential',
          'tc-community-advisory:essential',
          'tc-exit-interviews:recommended',
          'tc-participant-feedback:recommended',
          'tc-recruitment-materials:essential',
        ],
      ],
      [
        'dissemination',
        [
          'diss-community:essential',
          'diss-impact-evaluation:essential',
          'diss-lay-summary:essential',
          'diss-publication:recommended',
          'diss-results-return:essential',
        ],
      ],
    ]);
    const s = plan.summary;
    // 18, not 19: the FDA listening meeting (ps-pfdd-meeting) is US-only since applicability became data.
    // 19 since the older adults and frailty point (4 h × 8) joined in knowledge base v2.
    expect(s.points).toBe(19);
    expect(s.byPriority).toEqual({ essential: 12, recommended: 7, optional: 0 });
    expect(s.byPhase.map((p) => [p.phaseId, p.essential, p.recommended, p.optional])).toEqual([
      ['priority-setting', 2, 2, 0],
      ['trial-design', 3, 2, 0],
      ['trial-conduct', 3, 2, 0],
      ['dissemination', 4, 1, 0],
    ]);
    expect(s.patientHours).toBe(1026);
    expect(s.participants).toBe(292);
    expect(s.cost).toMatchObject({ rate: 40, currency: 'EUR' });
    expect(s.cost.lines.find((l) => l.id === 'partners')?.amount).toBe(41_040);
    expect(s.profile.map((l) => l.label)).toEqual(expect.arrayContaining(['Why', 'What', 'Who', 'How', 'When']));

    // Leaving out the journey map (4 h × 12 people) takes 48 partner hours off: 978 h, 24 450 GBP at 25 an hour.
    const fewer = buildPlan(content, {
      answers: example('low-budget-academic'),
      edits: { points: { 'ps-journey-map': { decision: 'exclude' } }, custom: [] },
      settings: { hourlyRate: 25, currency: 'GBP', ratesSetByTeam: true, essentialCap: NO_CAP },
    }).summary;
    expect(fewer.points).toBe(18);
    expect(fewer.byPriority).toEqual({ essential: 12, recommended: 6, optional: 0 });
    expect(fewer.patientHours).toBe(978);
    expect(fewer.cost).toMatchObject({ rate: 25, currency: 'GBP' });
    expect(fewer.cost.lines.find((l) => l.id === 'partners')?.amount).toBe(24_450);
  });

  it('always includes the considerations every plan needs, and says why', () => {
    const plan = buildPlan(content, { answers: {} });
    const always = content.considerations.filter((x) => x.always).map((x) => x.id);
    expect(always).toEqual(expect.arrayContaining(['payment', 'accessibility', 'feedback-loop']));
    for (const c of content.considerations.filter((x) => x.always))
      expect(plan.considerations.find((x) => x.consideration.id === c.id)?.reasons[0]?.text).toBe(
        'Applies to every engagement plan.',
      );
  });
});

describe('team edits', () => {
  const answers = example('low-budget-academic');
  const base = buildPlan(content, { answers });
  // Set-up and catch-up points stay when their phase leaves scope, so take one that does not.
  const first = base.phases[0]!.items.find((i) => !i.point?.setup && !i.point?.catchUp)!;
  const available = base.phases.flatMap((p) => p.available)[0];

  it('excludes a recommended point with the team’s reason', () => {
    const plan = buildPlan(content, {
      answers,
      edits: { points: { [first.id]: { decision: 'exclude', reason: 'Done last year' } }, custom: [] },
    });
    expect(plan.phases[0]!.items.map((i) => i.id)).not.toContain(first.id);
    expect(plan.phases[0]!.excluded).toEqual([expect.objectContaining({ reason: 'Done last year' })]);
    expect(plan.summary.points).toBe(base.summary.points - 1);
  });

  it('includes an optional point the answers did not call for', () => {
    expect(available).toBeDefined();
    const plan = buildPlan(content, {
      answers,
      edits: { points: { [available!.id]: { decision: 'include' } }, custom: [] },
    });
    const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === available!.id);
    expect(item?.addedByTeam).toBe(true);
    expect(item?.reasons.at(-1)?.text).toBe('Added by your team.');
  });

  it('adds custom points and keeps owner, date, status and notes', () => {
    const phase = base.phases[0]!.phase.id;
    const plan = buildPlan(content, {
      answers,
      edits: {
        points: { [first.id]: { owner: 'Ana', targetDate: '2027-01-31', status: 'in-progress', notes: 'Book room' } },
        custom: [
          {
            id: 'custom-1',
            phase,
            title: 'Coffee morning',
            description: 'Meet families',
            who: ['carers'],
            level: 'consult',
            status: 'planned',
          },
        ],
      },
    });
    const items = plan.phases[0]!.items;
    expect(items.find((i) => i.id === first.id)?.edit).toEqual({
      owner: 'Ana',
      targetDate: '2027-01-31',
      status: 'in-progress',
      notes: 'Book room',
    });
    expect(items.find((i) => i.id === 'custom-1')).toMatchObject({
      kind: 'custom',
      title: 'Coffee morning',
      edit: { status: 'planned' },
    });
  });

  it('keeps edits attached when answers change, and reports edits whose point no longer applies', () => {
    const edits = { points: { [first.id]: { owner: 'Ana' } }, custom: [] };
    const narrowed = { ...answers, 'phases-in-scope': [base.phases.at(-1)!.phase.id] };
    const plan = buildPlan(content, { answers: narrowed, edits });
    expect(plan.orphanedEdits).toEqual([expect.objectContaining({ pointId: first.id, edit: { owner: 'Ana' } })]);
    const back = buildPlan(content, { answers, edits });
    expect(back.orphanedEdits).toEqual([]);
    expect(back.phases[0]!.items.find((i) => i.id === first.id)?.edit.owner).toBe('Ana');
  });
});
