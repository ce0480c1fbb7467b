import type { Condition } from './content/schema';
import { isAnswered, isNotSure, type Answer } from './answers';

/** Answers as conditions see them: "not sure" already replaced by the default it implies. */
export type ResolvedAnswers = Record<string, Answer>;

function values(answer: Answer | undefined): string[] {
  if (answer === undefined || isNotSure(answer)) return [];
  if (Array.isArray(answer)) return answer;
  return [String(answer)];
}

/**
 * `contexts` holds the ids of the named contexts (content/contexts.yaml) that are true for these
 * answers; a `{ context }` leaf is false without it.
 */
export function evaluate(
  condition: Condition,
  answers: ResolvedAnswers,
  raw?: ResolvedAnswers,
  contexts?: ReadonlySet<string>,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, raw, contexts));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, raw, contexts));
  if ('not' in condition) return !evaluate(condition.not, answers, raw, contexts);
  if ('context' in condition) return contexts?.has(condition.context) ?? false;
  const answer = answers[condition.q];
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if ('notSure' in condition) return isNotSure((raw ?? answers)[condition.q]) === condition.notSure;
  if ('is' in condition) return values(answer)[0] === condition.is && !Array.isArray(answer);
  if ('in' in condition) return !Array.isArray(answer) && condition.in.includes(values(answer)[0] ?? '');
  if ('has' in condition) return values(answer).includes(condition.has);
  if ('hasAny' in condition) return values(answer).some((v) => condition.hasAny.includes(v));
  if ('gte' in condition) return typeof answer === 'number' && answer >= condition.gte;
  // Dates are ISO strings (YYYY-MM-DD), so they compare as text.
  if ('onOrAfter' in condition) return typeof answer === 'string' && answer !== '' && answer >= condition.onOrAfter;
  if ('before' in condition) return typeof answer === 'string' && answer !== '' && answer < condition.before;
  return typeof answer === 'number' && answer <= condition.lte;
}
