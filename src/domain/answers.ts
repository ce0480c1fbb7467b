/** Answers as the questionnaire stores them. "Not sure" is an explicit answer, not a missing one. */
export type AnswerValue = string | string[] | number;
export interface NotSure {
  notSure: true;
}
export type Answer = AnswerValue | NotSure;
export type Answers = Record<string, Answer>;

export const NOT_SURE: NotSure = { notSure: true };

export function isNotSure(answer: Answer | undefined): answer is NotSure {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) && answer.notSure === true;
}

export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (isNotSure(answer)) return true;
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'string') return answer.trim().length > 0;
  return Number.isFinite(answer);
}
