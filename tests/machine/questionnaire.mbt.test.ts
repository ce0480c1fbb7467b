import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createQuestionnaireMachine, type QuestionnaireEvent } from '../../src/machines/questionnaire.machine';
import { MINI_QUESTIONS, MINI_VALUES } from '../fixtures/content-min/questions';
import type { Answer } from '../../src/domain/answers';
import { visibleQuestions } from '../../src/domain/questionnaire/visibility';
import { trackOf } from '../../src/domain/questionnaire/navigation';

const machine = createQuestionnaireMachine(MINI_QUESTIONS);
type Snap = ReturnType<typeof machine.transition>;

/** Representative events: answer the current question, move, jump from review, finish. */
function events(snap: Snap): QuestionnaireEvent[] {
  const id = snap.context.currentId;
  const answers = id
    ? (MINI_VALUES[id] ?? []).map((value) => ({ type: 'answer.set' as const, questionId: id, value: value as Answer }))
    : [];
  const jumps = ['review', 'done'].includes(String(snap.value))
    ? visibleQuestions(MINI_QUESTIONS, snap.context.answers).map((q) => ({
        type: 'review.goto' as const,
        questionId: q.id,
      }))
    : [];
  return [
    ...answers,
    { type: 'nav.next' },
    { type: 'nav.back' },
    { type: 'nav.skip' },
    { type: 'nav.review' },
    { type: 'questionnaire.finish' },
    { type: 'review.open' },
    { type: 'refine.start' },
    ...jumps,
  ];
}

const serializeState = (s: Snap) =>
  JSON.stringify([s.value, s.context.currentId, s.context.answers, s.context.returnToReview, s.context.error !== null]);

const paths = getShortestPaths(machine, { events, serializeState, input: {}, limit: 200_000 });

/** Drives a snapshot to the review screen the way a person would: answer, then Next. */
function driveToReview(snapshot: Snap): Snap {
  const actor = createActor(machine, { snapshot: machine.getPersistedSnapshot(snapshot) as never, input: {} });
  actor.start();
  for (let i = 0; i < 20 && !['review', 'done'].includes(String(actor.getSnapshot().value)); i++) {
    const id = actor.getSnapshot().context.currentId;
    if (id && actor.getSnapshot().context.answers[id] === undefined)
      actor.send({ type: 'answer.set', questionId: id, value: (MINI_VALUES[id]?.[0] ?? 'x') as Answer });
    actor.send({ type: 'nav.next' });
  }
  return actor.getSnapshot();
}

// Walking every path takes a few seconds on an idle machine and much longer on a busy one.
describe('questionnaire machine (model-based)', { timeout: 60_000 }, () => {
  it('explores a meaningful state space', () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it('reaches the three modes, and every question while answering', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(['answering', 'done', 'review']);
    const shown = new Set(paths.filter((p) => p.state.value === 'answering').map((p) => p.state.context.currentId));
    expect([...shown].sort()).toEqual(MINI_QUESTIONS.map((q) => q.id).sort());
  });

  it('never answers without a visible current question, and shows none on the review (no dead ends)', () => {
    for (const p of paths) {
      const via = p.steps.map((s) => s.event.type).join(',');
      if (p.state.value !== 'answering') {
        expect(p.state.context.currentId, via).toBeNull();
        continue;
      }
      const q = MINI_QUESTIONS.find((x) => x.id === p.state.context.currentId);
      expect(q, via).toBeDefined();
      expect(visibleQuestions(MINI_QUESTIONS, p.state.context.answers), via).toContain(q);
    }
  });

  it('reaches a refining question only from the review or the finished plan, never by paging core questions', () => {
    for (const p of paths) {
      const q = MINI_QUESTIONS.find((x) => x.id === p.state.context.currentId);
      if (p.state.value !== 'answering' || !q || trackOf(q) !== 'refine') continue;
      const types = p.steps.map((s) => s.event.type);
      expect(
        types.some((t) => t === 'refine.start' || t === 'review.goto'),
        `${q.id} via ${types.join(',')}`,
      ).toBe(true);
    }
  });

  it('lets every path reach the review by answering and pressing Next', () => {
    for (const p of paths) expect(['review', 'done']).toContain(String(driveToReview(p.state).value));
  });

  it('only finishes when every required question is answered', () => {
    for (const p of paths.filter((x) => x.state.value === 'done')) {
      expect(p.state.context.answers.who).toBeDefined();
      expect(p.state.context.answers.why).toBeDefined();
    }
  });

  it('shows the branch question only after the answer that opens it', () => {
    for (const p of paths.filter((x) => x.state.context.currentId === 'registry'))
      expect(p.state.context.answers.rare).toBe('yes');
    for (const p of paths.filter((x) => x.state.context.currentId === 'hta-body'))
      expect(p.state.context.answers.why).toContain('hta');
  });
});
