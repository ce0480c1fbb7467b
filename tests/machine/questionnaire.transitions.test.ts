import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuestionnaireMachine } from '../../src/machines/questionnaire.machine';
import { positionOf, resumeOptions } from '../../src/machines/restore';
import { MINI_QUESTIONS } from '../fixtures/content-min/questions';
import { newDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';

const machine = createQuestionnaireMachine(MINI_QUESTIONS);
const start = (input = {}) => createActor(machine, { input }).start();
const base = newDocument({ id: 'p', name: 'P', contentVersion: 'v', now: '2026-01-01T00:00:00Z' });
/** A saved plan opened again: the machine resumes from its answers and position only. */
const resume = (answers: PlanDocument['answers'], position: PlanDocument['position']) =>
  createActor(machine, resumeOptions(machine, MINI_QUESTIONS, { ...base, answers, position })).start();

describe('When answering', () => {
  it('starts at the first question, in the answering mode', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('answering');
    expect(a.getSnapshot().context.currentId).toBe('who');
  });

  it('keeps the person on a required question with an error until it is answered', () => {
    const a = start();
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot().context.currentId).toBe('who');
    expect(a.getSnapshot().context.error).toMatch(/answer this question/);
    expect(a.getSnapshot().can({ type: 'nav.skip' })).toBe(false);
    a.send({ type: 'nav.skip' });
    expect(a.getSnapshot().context.currentId).toBe('who');
    a.send({ type: 'answer.set', questionId: 'who', value: 'industry' });
    expect(a.getSnapshot().context.error).toBeNull();
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot().context.currentId).toBe('rare');
  });

  it('skips an optional question, leaving it unanswered, and skips hidden branches', () => {
    const a = start({ answers: { who: 'industry' }, questionId: 'rare' });
    a.send({ type: 'answer.set', questionId: 'rare', value: 'yes' });
    a.send({ type: 'nav.skip' });
    expect(a.getSnapshot().context.answers.rare).toBeUndefined();
    // The registry question is hidden once "rare" is unanswered: the next core question is "why".
    expect(a.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'why' } });
  });

  it('goes back across sections to the previous visible question', () => {
    const a = start({
      answers: { who: 'industry', rare: 'no', why: ['endpoints'] },
      questionId: 'why',
    });
    a.send({ type: 'nav.back' });
    expect(a.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'rare' } });
  });

  it('asks only the core questions on the way to the first plan, then reviews', () => {
    const a = start();
    const asked: (string | null)[] = [];
    for (const [id, value] of [
      ['who', 'academic'],
      ['rare', 'yes'],
      ['registry', 'Our registry'],
      ['why', ['hta']],
    ] as const) {
      asked.push(a.getSnapshot().context.currentId);
      a.send({ type: 'answer.set', questionId: id, value: value as never });
      a.send({ type: 'nav.next' });
    }
    // hta-body (now visible) and confidence refine the plan: they are not asked yet.
    expect(asked).toEqual(['who', 'rare', 'registry', 'why']);
    expect(a.getSnapshot()).toMatchObject({ value: 'review', context: { currentId: null } });
    a.send({ type: 'questionnaire.finish' });
    expect(a.getSnapshot().value).toBe('done');
  });
});

describe('When refining', () => {
  it('opens the first unanswered refining question, pages through them only, and returns to the review', () => {
    const a = resume({ who: 'industry', why: ['hta'] }, { questionId: null, stage: 'done' });
    expect(a.getSnapshot().value).toBe('done');
    a.send({ type: 'refine.start' });
    expect(a.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'hta-body' } });
    // Back does not leave the refining questions for the core ones.
    expect(a.getSnapshot().can({ type: 'nav.back' })).toBe(false);
    a.send({ type: 'answer.set', questionId: 'hta-body', value: 'nice' });
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot().context.currentId).toBe('confidence');
    a.send({ type: 'nav.back' });
    expect(a.getSnapshot().context.currentId).toBe('hta-body');
    a.send({ type: 'nav.next' });
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot()).toMatchObject({ value: 'review', context: { answers: { 'hta-body': 'nice' } } });
    // Started again, refining opens the question still unanswered.
    a.send({ type: 'refine.start' });
    expect(a.getSnapshot().context.currentId).toBe('confidence');
  });

  it('can go back to the review from any refining question, even after a reload', () => {
    const a = resume({ who: 'industry', why: ['hta'] }, { questionId: 'confidence', stage: 'answering' });
    expect(a.getSnapshot().can({ type: 'nav.review' })).toBe(true);
    a.send({ type: 'nav.review' });
    expect(a.getSnapshot().value).toBe('review');
  });

  it('cannot refine when no refining question is shown', () => {
    const only = createQuestionnaireMachine(MINI_QUESTIONS.filter((q) => q.core));
    const a = createActor(only, { input: { answers: { who: 'industry', why: ['hta'] } } }).start();
    for (let i = 0; i < 3; i++) a.send({ type: 'nav.next' }); // who, rare, why
    expect(a.getSnapshot().value).toBe('review');
    expect(a.getSnapshot().can({ type: 'refine.start' })).toBe(false);
  });
});

describe('When reviewing', () => {
  const reviewing = () => resume({ who: 'industry', why: ['hta'] }, { questionId: null, stage: 'review' });

  it('jumps to any visible question and comes straight back', () => {
    const a = reviewing();
    expect(a.getSnapshot().value).toBe('review');
    a.send({ type: 'review.goto', questionId: 'rare' });
    expect(a.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'rare', returnToReview: true } });
    a.send({ type: 'nav.review' });
    expect(a.getSnapshot().value).toBe('review');
  });

  it('refuses to jump to a hidden question', () => {
    const a = reviewing();
    a.send({ type: 'review.goto', questionId: 'registry' });
    expect(a.getSnapshot().value).toBe('review');
  });

  it('goes back to the last core question, not to a refining one', () => {
    const a = reviewing();
    a.send({ type: 'nav.back' });
    expect(a.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'why' } });
  });

  it('finishes only when required answers are there, and says which is missing', () => {
    const a = resume({ who: 'industry' }, { questionId: null, stage: 'review' });
    a.send({ type: 'questionnaire.finish' });
    expect(a.getSnapshot().value).toBe('review');
    expect(a.getSnapshot().context.error).toMatch(/Purposes/);
    const b = reviewing();
    b.send({ type: 'questionnaire.finish' });
    expect(b.getSnapshot().value).toBe('done');
  });
});

describe('When resuming after a reload (from answers and position only)', () => {
  it('returns to the same question with every answer', () => {
    const answers = { who: 'industry', rare: 'yes' };
    const b = resume(answers, { questionId: 'registry', stage: 'answering' });
    expect(b.getSnapshot()).toMatchObject({ value: 'answering', context: { currentId: 'registry', answers } });
    b.send({ type: 'nav.back' });
    expect(b.getSnapshot().context.currentId).toBe('rare');
  });

  it.each([
    ['review', { questionId: null, stage: 'review' }, 'review', null],
    ['done', { questionId: null, stage: 'done' }, 'done', null],
    ['a question gone from the content', { questionId: 'deleted', stage: 'answering' }, 'answering', 'who'],
    ['a question these answers hide', { questionId: 'registry', stage: 'answering' }, 'answering', 'who'],
  ] as const)('resumes at %s', (_, position, mode, currentId) => {
    const b = resume({ who: 'industry', rare: 'no' }, position);
    expect(b.getSnapshot()).toMatchObject({ value: mode, context: { currentId, error: null } });
  });

  it('a saved position is what the machine reports back: resume → position → resume is stable', () => {
    for (const position of [
      { questionId: 'rare', stage: 'answering' as const },
      { questionId: 'confidence', stage: 'answering' as const },
      { questionId: null, stage: 'review' as const },
      { questionId: null, stage: 'done' as const },
    ]) {
      const b = resume({ who: 'industry', why: ['endpoints'] }, position);
      expect(positionOf(String(b.getSnapshot().value), b.getSnapshot().context.currentId)).toEqual(position);
    }
  });

  it('a fresh start on a question that does not exist starts at the first question', () => {
    expect(start({ answers: {}, questionId: 'deleted' }).getSnapshot().context.currentId).toBe('who');
  });
});
