import { and, assign, not, setup } from 'xstate';
import type { Question } from '../domain/content/schema';
import type { Answer, Answers } from '../domain/answers';
import type { QuestionnairePosition } from '../domain/document/types';
import {
  trackOf,
  firstQuestionId,
  firstRefineId,
  lastQuestionId,
  nextQuestionId,
  previousQuestionId,
} from '../domain/questionnaire/navigation';
import { visibleQuestions } from '../domain/questionnaire/visibility';
import { validateAnswer } from '../domain/questionnaire/validation';

export interface QuestionnaireContext {
  answers: Answers;
  /** The question on screen while answering; null on the review. Its section and track follow from it. */
  currentId: string | null;
  /** Set when the person jumped here from the review screen, so they can go straight back. */
  returnToReview: boolean;
  error: string | null;
}

export type QuestionnaireEvent =
  | { type: 'answer.set'; questionId: string; value: Answer }
  | { type: 'answer.clear'; questionId: string }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.skip' }
  | { type: 'nav.review' }
  | { type: 'review.goto'; questionId: string }
  | { type: 'review.open' }
  | { type: 'refine.start' }
  | { type: 'questionnaire.finish' };

/** A fresh start, answering. A saved plan resumes in any mode through `resumeOptions` (restore.ts). */
export interface QuestionnaireInput {
  answers?: Answers;
  questionId?: string | null;
}

/** The machine's states are modes; the saved position's stage names the same three. */
export type QuestionnaireMode = QuestionnairePosition['stage'];
export const MODES: readonly QuestionnaireMode[] = ['answering', 'review', 'done'];

export function createQuestionnaireMachine(questions: readonly Question[]) {
  const current = (ctx: QuestionnaireContext) => questions.find((q) => q.id === ctx.currentId);
  const isVisible = (answers: Answers, id: string | null) =>
    visibleQuestions(questions, answers).some((q) => q.id === id);
  const nextId = (ctx: QuestionnaireContext) =>
    ctx.currentId ? nextQuestionId(questions, ctx.answers, ctx.currentId) : firstQuestionId(questions, ctx.answers);
  const prevId = (ctx: QuestionnaireContext) =>
    ctx.currentId ? previousQuestionId(questions, ctx.answers, ctx.currentId) : lastQuestionId(questions, ctx.answers);
  const currentError = (ctx: QuestionnaireContext) => {
    const q = current(ctx);
    return q ? validateAnswer(q, ctx.answers[q.id]) : null;
  };
  const missingRequired = (ctx: QuestionnaireContext) =>
    visibleQuestions(questions, ctx.answers).find((q) => validateAnswer(q, ctx.answers[q.id]) !== null);

  // Refining questions are always a step away from the review, whichever way the person got there.
  const returnsToReview = (ctx: QuestionnaireContext) => {
    const q = current(ctx);
    return ctx.returnToReview || (q !== undefined && trackOf(q) === 'refine');
  };

  const withoutAnswer = (answers: Answers, id: string): Answers => {
    const rest = { ...answers };
    delete rest[id];
    return rest;
  };
  const afterSkip = (ctx: QuestionnaireContext) => {
    const answers = withoutAnswer(ctx.answers, ctx.currentId ?? '');
    return { answers, currentId: nextId({ ...ctx, answers }) };
  };

  return setup({
    types: {
      context: {} as QuestionnaireContext,
      events: {} as QuestionnaireEvent,
      input: {} as QuestionnaireInput,
    },
    guards: {
      noQuestion: ({ context }) => !isVisible(context.answers, context.currentId),
      currentInvalid: ({ context }) => currentError(context) !== null,
      // Required questions cannot be skipped.
      currentRequired: ({ context }) => current(context)?.required === true,
      hasNext: ({ context }) => nextId(context) !== null,
      hasNextAfterSkip: ({ context }) => afterSkip(context).currentId !== null,
      hasPrev: ({ context }) => prevId(context) !== null,
      returningToReview: ({ context }) => returnsToReview(context),
      canReturnToReview: ({ context }) => returnsToReview(context) && currentError(context) === null,
      hasLast: ({ context }) => lastQuestionId(questions, context.answers) !== null,
      gotoVisible: ({ context, event }) => event.type === 'review.goto' && isVisible(context.answers, event.questionId),
      canRefine: ({ context }) => firstRefineId(questions, context.answers) !== null,
      canFinish: ({ context }) => missingRequired(context) === undefined,
    },
    actions: {
      setAnswer: assign(({ context, event }) =>
        event.type === 'answer.set'
          ? { answers: { ...context.answers, [event.questionId]: event.value }, error: null }
          : {},
      ),
      clearAnswer: assign(({ context, event }) =>
        event.type === 'answer.clear' ? { answers: withoutAnswer(context.answers, event.questionId), error: null } : {},
      ),
      showError: assign(({ context }) => ({ error: currentError(context) })),
      goNext: assign(({ context }) => ({ currentId: nextId(context), error: null })),
      goPrev: assign(({ context }) => ({ currentId: prevId(context), error: null, returnToReview: false })),
      skip: assign(({ context }) => ({ ...afterSkip(context), error: null })),
      leaveForReview: assign({ currentId: null, returnToReview: false, error: null }),
      goto: assign(({ event }) =>
        event.type === 'review.goto' ? { currentId: event.questionId, returnToReview: true, error: null } : {},
      ),
      startRefine: assign(({ context }) => ({
        currentId: firstRefineId(questions, context.answers),
        returnToReview: false,
        error: null,
      })),
      toLast: assign(({ context }) => ({
        currentId: lastQuestionId(questions, context.answers),
        returnToReview: false,
        error: null,
      })),
      explainMissing: assign(({ context }) => {
        const q = missingRequired(context);
        return { error: q ? `“${q.short}” still needs an answer before the plan can be made.` : null };
      }),
    },
  }).createMachine({
    id: 'questionnaire',
    context: ({ input }) => {
      const answers = input.answers ?? {};
      const saved = input.questionId ?? null;
      return {
        answers,
        currentId: saved !== null && isVisible(answers, saved) ? saved : firstQuestionId(questions, answers),
        returnToReview: false,
        error: null,
      };
    },
    initial: 'answering',
    states: {
      answering: {
        // Answering always shows a visible question; with none to show, the review is next.
        always: { guard: 'noQuestion', target: 'review', actions: 'leaveForReview' },
        on: {
          'answer.set': { actions: 'setAnswer' },
          'answer.clear': { actions: 'clearAnswer' },
          'nav.next': [
            { guard: 'currentInvalid', actions: 'showError' },
            { guard: 'hasNext', actions: 'goNext' },
            { target: 'review', actions: 'leaveForReview' },
          ],
          'nav.skip': [
            { guard: and([not('currentRequired'), 'hasNextAfterSkip']), actions: 'skip' },
            { guard: not('currentRequired'), target: 'review', actions: ['skip', 'leaveForReview'] },
          ],
          'nav.back': { guard: 'hasPrev', actions: 'goPrev' },
          'nav.review': [
            { guard: 'canReturnToReview', target: 'review', actions: 'leaveForReview' },
            { guard: 'returningToReview', actions: 'showError' },
          ],
        },
      },
      review: {
        on: {
          'review.goto': { guard: 'gotoVisible', target: 'answering', actions: 'goto' },
          'refine.start': { guard: 'canRefine', target: 'answering', actions: 'startRefine' },
          'nav.back': { guard: 'hasLast', target: 'answering', actions: 'toLast' },
          'questionnaire.finish': [{ guard: 'canFinish', target: 'done' }, { actions: 'explainMissing' }],
        },
      },
      done: {
        on: {
          'review.open': { target: 'review' },
          'review.goto': { guard: 'gotoVisible', target: 'answering', actions: 'goto' },
          'refine.start': { guard: 'canRefine', target: 'answering', actions: 'startRefine' },
        },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
