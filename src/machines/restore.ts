import type { Question } from '../domain/content/schema';
import type { PlanDocument, QuestionnairePosition } from '../domain/document/types';
import { firstQuestionId } from '../domain/questionnaire/navigation';
import { visibleQuestions } from '../domain/questionnaire/visibility';
import type { QuestionnaireInput, QuestionnaireMachine, QuestionnaireMode } from './questionnaire.machine';

/**
 * The questionnaire resumes from what a plan saves, its answers and position, and nothing else:
 * the mode is the position's stage, and the question on screen its question id when that question is
 * still shown for these answers (else the first question). Content changes and tampered files can
 * therefore never resume into a state that does not fit.
 */
export function resumeOptions(machine: QuestionnaireMachine, questions: readonly Question[], doc: PlanDocument) {
  const { answers, position } = doc;
  const visible = (id: string | null) => id !== null && visibleQuestions(questions, answers).some((q) => q.id === id);
  const questionId = visible(position.questionId) ? position.questionId : firstQuestionId(questions, answers);
  const answering = position.stage === 'answering' && questionId !== null;
  const mode: QuestionnaireMode = answering ? 'answering' : position.stage === 'done' ? 'done' : 'review';
  const snapshot = machine.resolveState({
    value: mode,
    context: { answers, currentId: answering ? questionId : null, returnToReview: false, error: null },
  });
  // The input is unused when a snapshot is given; the actor's options still name one.
  return { snapshot, input: {} satisfies QuestionnaireInput };
}

export function positionOf(mode: string, currentId: string | null): QuestionnairePosition {
  if (mode === 'done') return { questionId: null, stage: 'done' };
  if (mode === 'review') return { questionId: null, stage: 'review' };
  return { questionId: currentId, stage: 'answering' };
}
