import { assign, setup } from 'xstate';
import { type Question, type Section } from '../domain/content/schema';
import { SECTIONS } from '../domain/content/constants';
import type { Answer, Answers } from '../domain/answers';
import type { QuestionnairePosition } from '../domain/document/types';
import {
  firstQuestionId,
  lastQuestionId,
  nextQuestionId,
  previousQuestionId,
  sectionOf,
} from '../domain/questionnaire/navigation';
import { visibleQuestions } from '../domain/questionnaire/visibility';
import { validateAnswer } from '../domain/questionnaire/validation';

/** Bump when states or context change shape: older snapshots then fall back to the saved answers. */
export const MACHINE_VERSION = 1;

export interface QuestionnaireContext {
  answers: Answers;
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
  | { type: 'questionnaire.finish' };

export interface QuestionnaireInput {
  answers?: Answers;
  position?: QuestionnairePosition;
}

export type QuestionnaireState = Section | 'review' | 'done';
export const STATE_NAMES: readonly QuestionnaireState[] = [...SECTIONS, 'review', 'done'];

export function createQuestionnaireMachine(questions: readonly Question[]) {
  const current = (ctx: QuestionnaireContext) => questions.find((q) => q.id === ctx.currentId);
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

  const withoutAnswer = (answers: Answers, id: string): Answers => {
    const rest = { ...answers };
    delete rest[id];
    return rest;
  };

  const machineSetup = setup({
    types: {
      context: {} as QuestionnaireContext,
      events: {} as QuestionnaireEvent,
      input: {} as QuestionnaireInput,
    },
    guards: {
      currentInvalid: ({ context }) => currentError(context) !== null,
      currentSkippable: ({ context }) => current(context)?.required !== true,
      nextIn: ({ context }, params: { section: Section }) => sectionOf(questions, nextId(context)) === params.section,
      prevIn: ({ context }, params: { section: Section }) => sectionOf(questions, prevId(context)) === params.section,
      // Skipping leaves an optional question unanswered; required questions cannot be skipped.
      nextAfterSkipIn: ({ context }, params: { section: Section }) => {
        if (current(context)?.required === true) return false;
        const ctx = { ...context, answers: withoutAnswer(context.answers, context.currentId ?? '') };
        return sectionOf(questions, nextId(ctx)) === params.section;
      },
      returningToReview: ({ context }) => context.returnToReview,
      lastIn: ({ context }, params: { section: Section }) =>
        sectionOf(questions, lastQuestionId(questions, context.answers)) === params.section,
      canReturnToReview: ({ context }) => context.returnToReview && currentError(context) === null,
      gotoIn: ({ context, event }, params: { section: Section }) =>
        event.type === 'review.goto' &&
        visibleQuestions(questions, context.answers).some((q) => q.id === event.questionId) &&
        sectionOf(questions, event.questionId) === params.section,
      canFinish: ({ context }) => missingRequired(context) === undefined,
      startIn: ({ context }, params: { section: Section }) =>
        sectionOf(questions, context.currentId) === params.section,
      startAtReview: ({ context }) => context.currentId === null,
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
      skip: assign(({ context }) => {
        const answers = withoutAnswer(context.answers, context.currentId ?? '');
        return { answers, currentId: nextId({ ...context, answers }), error: null };
      }),
      leaveForReview: assign({ currentId: null, returnToReview: false, error: null }),
      goto: assign(({ event }) =>
        event.type === 'review.goto' ? { currentId: event.questionId, returnToReview: true, error: null } : {},
      ),
      toLast: assign(({ context }) => ({
        currentId: lastQuestionId(questions, context.answers),
        returnToReview: false,
      })),
      explainMissing: assign(({ context }) => {
        const q = missingRequired(context);
        return { error: q ? `“${q.short}” still needs an answer before the plan can be made.` : null };
      }),
    },
  });

  const inSection = (section: Section) => {
    const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1);
    const earlier = SECTIONS.slice(0, SECTIONS.indexOf(section)).reverse();
    return {
      on: {
        'answer.set': { actions: 'setAnswer' },
        'answer.clear': { actions: 'clearAnswer' },
        'nav.next': [
          { guard: 'currentInvalid', actions: 'showError' },
          { guard: { type: 'nextIn', params: { section } }, actions: 'goNext' },
          ...later.map((s) => ({
            guard: { type: 'nextIn' as const, params: { section: s } },
            target: s,
            actions: 'goNext' as const,
          })),
          { target: 'review', actions: 'leaveForReview' },
        ],
        'nav.skip': [
          { guard: { type: 'nextAfterSkipIn', params: { section } }, actions: 'skip' },
          ...later.map((s) => ({
            guard: { type: 'nextAfterSkipIn' as const, params: { section: s } },
            target: s,
            actions: 'skip' as const,
          })),
          { guard: 'currentSkippable', target: 'review', actions: ['skip', 'leaveForReview'] },
        ],
        'nav.back': [
          { guard: { type: 'prevIn', params: { section } }, actions: 'goPrev' },
          ...earlier.map((s) => ({
            guard: { type: 'prevIn' as const, params: { section: s } },
            target: s,
            actions: 'goPrev' as const,
          })),
        ],
        'nav.review': [
          { guard: 'canReturnToReview', target: 'review', actions: 'leaveForReview' },
          { guard: 'returningToReview', actions: 'showError' },
        ],
      },
    };
  };
  const gotoSection = SECTIONS.map((s) => ({
    guard: { type: 'gotoIn' as const, params: { section: s } },
    target: s,
    actions: 'goto' as const,
  }));

  return machineSetup.createMachine({
    id: 'questionnaire',
    context: ({ input }) => ({
      answers: input.answers ?? {},
      currentId:
        input.position?.stage === 'answering' || input.position === undefined
          ? visibleQuestions(questions, input.answers ?? {}).some((q) => q.id === input.position?.questionId)
            ? (input.position?.questionId ?? null)
            : firstQuestionId(questions, input.answers ?? {})
          : null,
      returnToReview: false,
      error: null,
    }),
    initial: 'start',
    states: {
      start: {
        always: [
          ...SECTIONS.map((s) => ({ guard: { type: 'startIn' as const, params: { section: s } }, target: s })),
          { guard: 'startAtReview', target: 'review' },
        ],
      },
      ...Object.fromEntries(SECTIONS.map((s) => [s, inSection(s)])),
      review: {
        on: {
          'review.goto': gotoSection,
          'nav.back': SECTIONS.map((s) => ({
            guard: { type: 'lastIn' as const, params: { section: s } },
            target: s,
            actions: 'toLast' as const,
          })),
          'questionnaire.finish': [{ guard: 'canFinish', target: 'done' }, { actions: 'explainMissing' }],
        },
      },
      done: {
        on: {
          'review.open': { target: 'review' },
          'review.goto': gotoSection,
        },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
