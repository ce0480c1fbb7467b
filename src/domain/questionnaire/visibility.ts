import type { Question } from '../content/schema';
import { evaluate } from '../conditions';
import { isNotSure, type Answer, type Answers } from '../answers';

/** The value an answer stands for: "not sure" becomes the default the question says it implies. */
export function resolveAnswer(question: Question, answer: Answer | undefined): Answer | undefined {
  if (!isNotSure(answer)) return answer;
  return question.notSure ? question.notSure.implies : undefined;
}

export interface AnswerView {
  /** Questions shown for these answers, in asking order. */
  visible: Question[];
  /** Answers to visible questions only, with "not sure" resolved: what the engine sees. */
  resolved: Answers;
  /** Answers to visible questions only, as given (keeps "not sure"). */
  given: Answers;
}

/**
 * Walks the questions in order. A question is visible when its condition holds over the answers
 * to earlier visible questions, so answers to hidden questions never reach the plan.
 */
export function viewAnswers(questions: readonly Question[], answers: Answers): AnswerView {
  const visible: Question[] = [];
  const resolved: Answers = {};
  const given: Answers = {};
  for (const q of questions) {
    if (q.showIf && !evaluate(q.showIf, resolved, given)) continue;
    visible.push(q);
    const answer = answers[q.id];
    if (answer === undefined) continue;
    given[q.id] = answer;
    const value = resolveAnswer(q, answer);
    if (value !== undefined) resolved[q.id] = value;
  }
  return { visible, resolved, given };
}

export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  return viewAnswers(questions, answers).visible;
}
