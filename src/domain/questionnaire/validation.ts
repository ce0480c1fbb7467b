import type { Question } from '../content/schema';
import { isAnswered, isNotSure, type Answer } from '../answers';
import { optionIds } from '../content/options';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A message for the person answering, or null when the answer can be accepted. */
export function validateAnswer(question: Question, answer: Answer | undefined): string | null {
  if (!isAnswered(answer)) {
    if (!question.required) return null;
    return question.notSure
      ? 'Please choose an answer, or “Not sure” if you do not know yet.'
      : 'Please answer this question to continue.';
  }
  if (isNotSure(answer)) return question.notSure ? null : 'This question needs an answer.';
  const options = optionIds(question);
  switch (question.type) {
    case 'single':
    case 'yesno':
      return typeof answer === 'string' && options.includes(answer) ? null : 'Please choose one of the options.';
    case 'multi':
      return Array.isArray(answer) && answer.every((a) => options.includes(a))
        ? null
        : 'Please choose from the options shown.';
    case 'scale': {
      const s = question.scale;
      return typeof answer === 'number' && s && answer >= s.min && answer <= s.max && Number.isInteger(answer)
        ? null
        : `Please choose a number from ${s?.min ?? 1} to ${s?.max ?? 5}.`;
    }
    case 'date': {
      if (typeof answer !== 'string' || !ISO_DATE.test(answer) || Number.isNaN(Date.parse(answer)))
        return 'Please enter a date as year-month-day, for example 2027-03-31.';
      return null;
    }
    case 'text': {
      if (typeof answer !== 'string') return 'Please type your answer.';
      const max = question.maxLength ?? 500;
      return answer.length > max ? `Please keep this under ${max} characters (now ${answer.length}).` : null;
    }
  }
}
