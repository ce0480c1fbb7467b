import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuestionnaireMachine, MACHINE_VERSION } from '../../src/machines/questionnaire.machine';
import { restoreOptions } from '../../src/machines/restore';
import { MINI_QUESTIONS } from '../fixtures/content-min/questions';
import { newDocument } from '../../src/domain/document/create';

const machine = createQuestionnaireMachine(MINI_QUESTIONS);
const start = (input = {}) => createActor(machine, { input }).start();

describe('When answering', () => {
  it('starts at the first question of the first section', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('context');
    expect(a.getSnapshot().context.currentId).toBe('who');
  });

  it('keeps the person on a required question with an error until it is answered', () => {
    const a = start();
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot().context.currentId).toBe('who');
    expect(a.getSnapshot().context.error).toMatch(/answer this question/);
    expect(a.getSnapshot().can({ type: 'nav.skip' })).toBe(false);
    a.send({ type: 'answer.set', questionId: 'who', value: 'industry' });
    expect(a.getSnapshot().context.error).toBeNull();
    a.send({ type: 'nav.next' });
    expect(a.getSnapshot().context.currentId).toBe('rare');
  });

  it('skips an optional question, leaving it unanswered, and skips hidden branches', () => {
    const a = start({ answers: { who: 'industry' }, position: { questionId: 'rare', stage: 'answering' } });
    a.send({ type: 'answer.set', questionId: 'rare', value: 'yes' });
    a.send({ type: 'nav.skip' });
    expect(a.getSnapshot().context.answers.rare).toBeUndefined();
    expect(a.getSnapshot().value).toBe('why'); // registry is hidden once "rare" is unanswered
  });

  it('goes back across sections to the previous visible question', () => {
    const a = start({
      answers: { who: 'industry', rare: 'no', why: ['endpoints'] },
      position: { questionId: 'why', stage: 'answering' },
    });
    expect(a.getSnapshot().value).toBe('why');
    a.send({ type: 'nav.back' });
    expect(a.getSnapshot()).toMatchObject({ value: 'context', context: { currentId: 'rare' } });
  });
});

describe('When reviewing', () => {
  const reviewing = () =>
    start({ answers: { who: 'industry', why: ['hta'] }, position: { questionId: null, stage: 'review' } });

  it('jumps to any visible question and comes straight back', () => {
    const a = reviewing();
    expect(a.getSnapshot().value).toBe('review');
    a.send({ type: 'review.goto', questionId: 'hta-body' });
    expect(a.getSnapshot()).toMatchObject({ value: 'who', context: { currentId: 'hta-body', returnToReview: true } });
    a.send({ type: 'nav.review' });
    expect(a.getSnapshot().value).toBe('review');
  });

  it('refuses to jump to a hidden question', () => {
    const a = reviewing();
    a.send({ type: 'review.goto', questionId: 'registry' });
    expect(a.getSnapshot().value).toBe('review');
  });

  it('finishes only when required answers are there, and says which is missing', () => {
    const a = start({ answers: { who: 'industry' }, position: { questionId: null, stage: 'review' } });
    a.send({ type: 'questionnaire.finish' });
    expect(a.getSnapshot().value).toBe('review');
    expect(a.getSnapshot().context.error).toMatch(/Purposes/);
    const b = reviewing();
    b.send({ type: 'questionnaire.finish' });
    expect(b.getSnapshot().value).toBe('done');
  });
});

describe('When resuming after a reload', () => {
  const doc = () => ({ ...newDocument({ id: 'p', name: 'P', contentVersion: 'v', now: '2026-01-01T00:00:00Z' }) });

  it('restores the exact snapshot when it still fits', () => {
    const a = start({
      answers: { who: 'industry', rare: 'yes' },
      position: { questionId: 'registry', stage: 'answering' },
    });
    const saved = {
      ...doc(),
      answers: a.getSnapshot().context.answers,
      machine: { machineVersion: MACHINE_VERSION, snapshot: a.getPersistedSnapshot() },
    };
    const options = restoreOptions(MINI_QUESTIONS, JSON.parse(JSON.stringify(saved)));
    expect('snapshot' in options).toBe(true);
    const b = createActor(machine, options as never).start();
    expect(b.getSnapshot()).toMatchObject({ value: 'context', context: { currentId: 'registry' } });
  });

  it('falls back to the saved answers and position when the snapshot no longer fits', () => {
    const answers = { who: 'industry', why: ['endpoints'] };
    for (const machineEnvelope of [
      { machineVersion: MACHINE_VERSION + 1, snapshot: {} },
      { machineVersion: MACHINE_VERSION, snapshot: { status: 'active', value: 'renamed-state', context: { answers } } },
      {
        machineVersion: MACHINE_VERSION,
        snapshot: { status: 'active', value: 'context', context: { answers, currentId: 'gone' } },
      },
      {
        // A tampered snapshot whose error is an object: React cannot render it as text.
        machineVersion: MACHINE_VERSION,
        snapshot: { status: 'active', value: 'why', context: { answers, currentId: 'why', error: { text: 'x' } } },
      },
    ]) {
      const saved = {
        ...doc(),
        answers,
        position: { questionId: 'why', stage: 'answering' as const },
        machine: machineEnvelope,
      };
      const options = restoreOptions(MINI_QUESTIONS, saved);
      expect('snapshot' in options).toBe(false);
      const b = createActor(machine, options).start();
      expect(b.getSnapshot()).toMatchObject({ value: 'why', context: { currentId: 'why', answers } });
    }
  });

  it('starts at the first question when the saved position has gone from the content', () => {
    const b = createActor(machine, {
      input: { answers: {}, position: { questionId: 'deleted', stage: 'answering' } },
    }).start();
    expect(b.getSnapshot().context.currentId).toBe('who');
  });
});
