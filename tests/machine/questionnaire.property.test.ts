/**
 * Property test over the REAL questionnaire (content/questions.yaml), with fast-check: random walks of
 * answers, "Not sure", Skip, Back, Next, clearing and jumps from the review screen, through the real
 * questionnaire machine. Whatever the walk:
 *   - the machine never throws; answering always shows a question, the review and the plan none;
 *   - Next and Back page through the core questions on the way to a first plan, and through the
 *     refining questions (content's `core` flag) after it, never from one into the other;
 *   - it never shows a question whose condition is false. Conditions are checked with the small
 *     evaluator below, written for this test (not the app's), so a bug in the app's visibility or
 *     condition code cannot hide itself;
 *   - answering and pressing Next always reaches the review, and the plan can then be made;
 *   - the plan built from the final answers is deterministic (same answers → deep-equal plan).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { realContent } from '../unit/realContent';
import { createQuestionnaireMachine } from '../../src/machines/questionnaire.machine';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Condition, Question } from '../../src/domain/content/schema';
import type { Answer, Answers } from '../../src/domain/answers';

const content = realContent();
const questions = content.questions;
const machine = createQuestionnaireMachine(questions);

// ─────────────── an independent reading of the conditions the questionnaire uses ───────────────

const notSure = (a: unknown): boolean =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && (a as { notSure?: unknown }).notSure === true;

/** Whether a condition holds over answers in which "not sure" is already replaced by what it implies. */
function holds(c: Condition, answers: Record<string, unknown>): boolean {
  const keys = Object.keys(c);
  if ('all' in c) return c.all.every((x) => holds(x, answers));
  if ('any' in c) return c.any.some((x) => holds(x, answers));
  if ('not' in c) return !holds(c.not, answers);
  // Named contexts (content/contexts.yaml) belong to the plan, not to which questions are shown.
  if ('context' in c) throw new Error(`This test does not know the condition ${JSON.stringify(keys)}.`);
  const a = answers[c.q];
  const list = Array.isArray(a) ? (a as string[]) : [];
  if ('is' in c) return a === c.is;
  if ('in' in c) return typeof a === 'string' && c.in.includes(a);
  if ('has' in c) return list.includes(c.has);
  if ('hasAny' in c) return list.some((v) => c.hasAny.includes(v));
  // The real questions use only the operators above; a new one must be added here on purpose.
  throw new Error(`This test does not know the condition ${JSON.stringify(keys)}.`);
}

/** Question ids visible for these answers: in order, each condition over the earlier visible answers. */
function shownIds(answers: Answers): string[] {
  const seen: Record<string, unknown> = {};
  const ids: string[] = [];
  for (const q of questions) {
    if (q.showIf && !holds(q.showIf, seen)) continue;
    ids.push(q.id);
    const a = answers[q.id];
    if (a === undefined) continue;
    if (notSure(a)) {
      if (q.notSure) seen[q.id] = q.notSure.implies;
    } else seen[q.id] = a;
  }
  return ids;
}

// ─────────────── walks ───────────────

type Step =
  | { kind: 'answer'; pick: number; mask: number }
  | {
      kind: 'notSure' | 'clear' | 'next' | 'back' | 'skip' | 'review' | 'goto' | 'finish' | 'open' | 'refine';
      pick: number;
    };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(), mask: fc.nat() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'notSure' as const,
        'clear' as const,
        'back' as const,
        'skip' as const,
        'review' as const,
        'goto' as const,
        'finish' as const,
        'open' as const,
        'refine' as const,
      ),
      pick: fc.nat(),
    }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('next' as const), pick: fc.nat() }) },
);

const byId = new Map(questions.map((q) => [q.id, q]));

/** A valid answer to a question, chosen by the numbers the walk drew. */
function valueFor(q: Question, pick: number, mask: number): Answer {
  const options = (q.options ?? []).map((o) => o.id);
  switch (q.type) {
    case 'multi': {
      const chosen = options.filter((_, i) => (mask >> i) & 1);
      return chosen.length > 0 ? chosen : [options[pick % options.length]!];
    }
    case 'scale':
      return q.scale!.min + (pick % (q.scale!.max - q.scale!.min + 1));
    case 'date':
      return `2027-0${1 + (pick % 9)}-${String(1 + (pick % 28)).padStart(2, '0')}`;
    case 'text':
      return `Notes ${pick % 1000}`;
    default:
      return options[pick % options.length]!;
  }
}

type Actor = ReturnType<typeof createActor<typeof machine>>;

const isCore = (id: string | null) => id !== null && byId.get(id)?.core === true;

/** What must hold after every step (`before`: the question on screen before the step, if any). */
function checkScreen(actor: Actor, trail: string[], before: string | null = null, step?: Step): void {
  const snap = actor.getSnapshot();
  const state = String(snap.value);
  const where = trail.slice(-8).join(' → ');
  expect(['answering', 'review', 'done'], where).toContain(state);
  if (state === 'review' || state === 'done') {
    expect(snap.context.currentId, `no question on the review (${where})`).toBeNull();
    return;
  }
  const id = snap.context.currentId;
  expect(id, `a question is on screen while answering (${where})`).not.toBeNull();
  if (before !== null && (step?.kind === 'next' || step?.kind === 'back' || step?.kind === 'skip'))
    expect(isCore(id), `${step.kind} from ${before} stays on its track (${where})`).toBe(isCore(before));
  expect(
    shownIds(snap.context.answers),
    `question ${id} is shown although its condition is false (${where})`,
  ).toContain(id);
}

function send(actor: Actor, step: Step, trail: string[]): void {
  const snap = actor.getSnapshot();
  const id = snap.context.currentId;
  const q = id ? byId.get(id) : undefined;
  const atReview = ['review', 'done'].includes(String(snap.value));
  switch (step.kind) {
    case 'answer':
      if (!q) return;
      actor.send({ type: 'answer.set', questionId: q.id, value: valueFor(q, step.pick, step.mask) });
      break;
    case 'notSure':
      if (!q?.notSure) return;
      actor.send({ type: 'answer.set', questionId: q.id, value: { notSure: true } });
      break;
    case 'clear':
      if (!q) return;
      actor.send({ type: 'answer.clear', questionId: q.id });
      break;
    case 'goto': {
      if (!atReview) return;
      // From the review screen a person can open any question listed there, that is any visible one.
      const shown = shownIds(snap.context.answers);
      actor.send({ type: 'review.goto', questionId: shown[step.pick % shown.length]! });
      break;
    }
    case 'next':
      actor.send({ type: 'nav.next' });
      break;
    case 'back':
      actor.send({ type: 'nav.back' });
      break;
    case 'skip':
      actor.send({ type: 'nav.skip' });
      break;
    case 'review':
      actor.send({ type: 'nav.review' });
      break;
    case 'finish':
      actor.send({ type: 'questionnaire.finish' });
      break;
    case 'open':
      actor.send({ type: 'review.open' });
      break;
    case 'refine':
      actor.send({ type: 'refine.start' });
      break;
  }
  trail.push(`${step.kind}${q ? `(${q.id})` : ''}`);
}

/** Answers what is unanswered and presses Next, as a person finishing the questionnaire would. */
// Each answer draws its own number: one number shifted per question would tie answers together (a
// product type and a stage a fixed step apart), and some branches would almost never open.
function finishLikeAPerson(actor: Actor, trail: string[], picks: number[], mask: number): void {
  for (let i = 0; i < 3 * questions.length && !['review', 'done'].includes(String(actor.getSnapshot().value)); i++) {
    const { currentId, answers, error } = actor.getSnapshot().context;
    const q = currentId ? byId.get(currentId) : undefined;
    if (q && (answers[q.id] === undefined || error !== null))
      send(actor, { kind: 'answer', pick: picks[i % picks.length]!, mask }, trail);
    send(actor, { kind: 'next', pick: 0 }, trail);
    checkScreen(actor, trail);
  }
}

describe('the real questionnaire under random walks (property-based)', () => {
  it('never crashes, never shows a hidden question, always reaches the review, and makes a deterministic plan', () => {
    const visited = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 60 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.boolean(),
        (steps, picks, mask, refines) => {
          const actor = createActor(machine, { input: {} });
          const errors: unknown[] = [];
          actor.subscribe({ error: (e) => errors.push(e) });
          actor.start();
          const trail: string[] = [];
          checkScreen(actor, trail);
          for (const step of steps) {
            const before = actor.getSnapshot().context.currentId;
            send(actor, step, trail);
            checkScreen(actor, trail, before, step);
          }
          finishLikeAPerson(actor, trail, picks, mask);
          // Half the people then answer the refining questions too, which opens the branches that
          // hang on a refining answer (an EU device class opens the expert panel question).
          if (refines && ['review', 'done'].includes(String(actor.getSnapshot().value))) {
            send(actor, { kind: 'refine', pick: 0 }, trail);
            finishLikeAPerson(actor, trail, picks, mask);
          }
          const state = String(actor.getSnapshot().value);
          expect(['review', 'done'], `reached the review (${trail.slice(-8).join(' → ')})`).toContain(state);
          if (state === 'review') actor.send({ type: 'questionnaire.finish' });
          expect(String(actor.getSnapshot().value), 'the plan can be made').toBe('done');
          expect(errors).toEqual([]);

          const answers = actor.getSnapshot().context.answers;
          // Paging each track from its first question to the end with Next shows exactly the questions
          // of that track that apply: the core ones, then (from the review) the refining ones.
          const shown = shownIds(answers);
          const page = (first: string | undefined) => {
            const paged: string[] = [];
            if (first === undefined) return paged;
            actor.send({ type: 'review.goto', questionId: first });
            for (let i = 0; i <= questions.length && String(actor.getSnapshot().value) === 'answering'; i++) {
              paged.push(actor.getSnapshot().context.currentId ?? 'none');
              actor.send({ type: 'nav.next' });
            }
            return paged;
          };
          const core = shown.filter(isCore);
          const refine = shown.filter((id) => !isCore(id));
          expect(page(core[0]), 'the core questions Next pages through').toEqual(core);
          expect(page(refine[0]), 'the refining questions Next pages through').toEqual(refine);
          for (const id of shown) visited.add(id);
          // The answers the engine receives are those of a saved document: plain JSON.
          const copy = JSON.parse(JSON.stringify(answers)) as Answers;
          const plan = buildPlan(content, { answers });
          expect(buildPlan(content, { answers: copy })).toEqual(plan);
          expect(plan.phases.flatMap((p) => p.items).length).toBeGreaterThan(0);
          actor.stop();
        },
      ),
      // No bias towards small numbers: they would pick the first options (and skip some branches) far too often.
      // 400 walks: the deepest branch (an EU device class a panel reviews) opens in about 1 walk in 50.
      { numRuns: 400, plugins: [fc.unbiased()] },
    );
    // The walks went down every branch (each conditional question was reached at least once).
    const conditional = questions.filter((q) => q.showIf).map((q) => q.id);
    expect(
      conditional.filter((id) => !visited.has(id)),
      'branches no walk reached',
    ).toEqual([]);
  }, 120_000);

  it('the independent evaluator agrees with hand-written cases', () => {
    expect(shownIds({})).not.toContain('patient-org-exists');
    expect(shownIds({ 'rare-disease': 'yes' })).toContain('patient-org-exists');
    expect(shownIds({ 'rare-disease': { notSure: true } })).not.toContain('patient-org-exists');
    expect(shownIds({ populations: ['cognitive-impairment'] })).toEqual(expect.arrayContaining(['obsro-need']));
    expect(shownIds({ populations: ['cognitive-impairment'] })).not.toContain('assent-plan');
    expect(shownIds({ 'product-type': 'diagnostic' })).toEqual(
      expect.arrayContaining(['device-risk-class', 'human-factors-status', 'ppi-interest']),
    );
  });
});
