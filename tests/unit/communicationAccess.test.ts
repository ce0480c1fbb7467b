/**
 * People with communication difficulties (aphasia after a stroke, other acquired communication
 * disability, people who use AAC): the populations option and the access need fire one rule, which
 * brings a consideration on how to run the work with them; every method gets notes on how to run it
 * for them, never a new rank; companions are costed; and the partner guide tells partners what
 * support to expect. Expected text is written by hand from content/considerations.yaml and
 * content/scoring.yaml.
 */
import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { buildPartnerGuide } from '../../src/domain/partner/guide';
import { newDocument } from '../../src/domain/document/create';
import type { Plan } from '../../src/domain/plan/types';

const content = realContent();
const RULE = 'communication-difficulties-supported-involvement';
const STROKE = {
  'planner-type': 'academic',
  'product-type': 'non-product',
  'study-type': 'randomised-trial',
  'development-stage': 'confirmatory',
  'therapeutic-area': 'neurology',
  'therapeutic-area-detail': 'stroke',
  regions: ['uk'],
  populations: ['communication-disability'],
  'accessibility-needs': ['none-known'],
  budget: 'large',
  timeline: '1-to-3-years',
  modes: ['in-person'],
};
const plan = (answers: Record<string, unknown>): Plan =>
  buildPlan(content, { answers: { ...STROKE, ...answers } as never });
const consideration = (p: Plan) => p.considerations.find((c) => c.consideration.id === 'communication-support');
const items = (p: Plan) => p.phases.flatMap((ph) => ph.items);

describe(`rule ${RULE}`, () => {
  it('fires for people with communication difficulties, and for the matching access need', () => {
    expect(plan({}).firedRules).toContain(RULE);
    expect(plan({ populations: ['older-adults'], 'accessibility-needs': ['communication'] }).firedRules).toContain(
      RULE,
    );
  });
  it.each([[['none']], [['cognitive-impairment']], [['older-adults', 'carers']], [['mental-health']]])(
    'stays silent for %j with no communication need',
    (populations) => {
      const p = plan({ populations, 'accessibility-needs': ['sensory', 'cognitive'] });
      expect(p.firedRules).not.toContain(RULE);
      expect(consideration(p)).toBeUndefined();
    },
  );
});

describe('the plan a team reads', () => {
  it('shows a consideration on aphasia-friendly involvement, with its reason', () => {
    const c = consideration(plan({}));
    expect(c?.reasons.map((r) => r.ruleId)).toContain(RULE);
    const text = [c!.consideration.summary, ...c!.consideration.actions].join(' ');
    for (const words of [
      'short sentences',
      'key words in bold',
      'pictures',
      'breaks',
      'more time',
      'small groups',
      'speech and language therapist',
      'Supported Conversation',
      'communication partner',
      'consent',
      'companions',
    ])
      expect(text).toContain(words);
    expect(c!.consideration.references).toEqual(
      expect.arrayContaining(['kagan-sca-2001', 'pearl-cruice-aphasia-resources-2017', 'rose-aphasia-friendly-2011']),
    );
  });

  it('adds the same delivery note to every method, without changing any method’s rank', () => {
    const withNeed = plan({});
    const without = plan({ populations: ['none'] });
    const note =
      'for speech, language or reading difficulties such as aphasia, send papers with short sentences, key words in bold and pictures, allow more time and more breaks, keep groups small, let people bring a communication partner or use their AAC, and have a speech and language therapist or a trained facilitator support the conversation';
    for (const item of items(withNeed)) for (const m of item.methods) expect(m.notes).toContain(note);
    for (const item of items(without)) for (const m of item.methods) expect(m.notes).not.toContain(note);
    // The same methods in the same order, point by point, with and without the need.
    const order = (p: Plan) => new Map(items(p).map((i) => [i.id, i.methods.map((m) => m.method.id)]));
    const a = order(withNeed);
    const b = order(without);
    for (const [id, methods] of a) if (b.has(id)) expect(methods, id).toEqual(b.get(id));
  });

  it('costs companions at half the in-person visits, at £60 a visit', () => {
    // UK: travel £40 a visit; companions £60 for half of the visits (carerShare 0.5). Sessions are
    // all in person, so companions cost 60 × 0.5 / 40 = 0.75 of the travel line.
    const lines = plan({}).summary.cost.lines;
    const travel = lines.find((l) => l.id === 'travel')!.amount;
    const carers = lines.find((l) => l.id === 'carers')!;
    expect(travel).toBeGreaterThan(0);
    expect(carers.amount).toBe(travel * 0.75);
    const none = plan({ populations: ['none'] }).summary.cost.lines.find((l) => l.id === 'carers')!;
    expect(none.amount).toBe(0);
  });

  it('tells patient partners, in plain words, what help they get', () => {
    const p = plan({});
    const doc = {
      ...newDocument({
        id: 'stroke',
        name: 'Stroke trial',
        contentVersion: content.meta.version,
        now: '2026-11-01T00:00:00.000Z',
      }),
      answers: STROKE as never,
    };
    const guide = buildPartnerGuide(content, p, doc);
    const section = guide.sections.find((s) => s.id === 'communication');
    expect(section?.paragraphs.join(' ')).toContain(consideration(p)!.consideration.plain);
    expect(section?.paragraphs.join(' ')).toMatch(/bring someone/);
    const other = buildPartnerGuide(content, plan({ populations: ['none'] }), doc);
    expect(other.sections.find((s) => s.id === 'communication')).toBeUndefined();
  });
});

describe('glossary', () => {
  it('explains aphasia and AAC in plain words', () => {
    const terms = content.glossary.map((g) => g.id);
    expect(terms).toEqual(expect.arrayContaining(['aphasia', 'aac']));
  });
});
