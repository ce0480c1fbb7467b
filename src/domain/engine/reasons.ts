import type { Content, EngagementPoint, Priority } from '../content/schema';
import type { Answers } from '../answers';
import type { Reason } from '../plan/types';
import { answerInWords, questionsById } from './describe';

/** The answers a default recommendation rests on: what is developed and in what kind of study. */
const BASELINE_QUESTIONS = ['product-type', 'study-type'] as const;

/** The answers every default recommendation rests on, in words (the same for every point of a plan). */
export function baselineAnswers(content: Pick<Content, 'questions'>, resolved: Answers, given: Answers): string[] {
  const questions = questionsById(content.questions);
  return BASELINE_QUESTIONS.map((id) => questions.get(id))
    .filter((q) => q !== undefined && resolved[q.id] !== undefined)
    .map((q) => `${q!.short}: ${answerInWords(q!, given[q!.id], resolved[q!.id])}`);
}

/** Why a point is in the plan by default, naming the answers that make it fit this programme. */
export function baselineReason(
  point: EngagementPoint,
  baseline: Priority,
  content: Pick<Content, 'questions' | 'phases'>,
  resolved: Answers,
  given: Answers,
  answers: string[] = baselineAnswers(content, resolved, given),
): Reason {
  const phase = content.phases.find((p) => p.id === point.phase)?.name ?? point.phase;
  return {
    ruleId: null,
    text: `${baseline[0]!.toUpperCase()}${baseline.slice(1)} by default for a programme like yours in ${phase.toLowerCase()}: ${point.decision}`,
    answers: [...answers],
    references: point.references,
  };
}

/** Why a point from another phase sits in the first phase in scope. */
export function carriedReason(
  point: EngagementPoint,
  kind: 'setup' | 'catch-up',
  content: Pick<Content, 'phases'>,
): Reason {
  const phase = content.phases.find((p) => p.id === point.phase)?.name ?? point.phase;
  const text =
    kind === 'setup'
      ? `Set-up work from ${phase.toLowerCase()}: it stays in the plan although that phase is out of scope, because the engagement that follows depends on it.`
      : `Catch up now: your programme is past ${phase.toLowerCase()}, but this still matters. ${point.catchUp ?? ''}`.trim();
  return { ruleId: null, text, answers: [], references: point.references };
}
