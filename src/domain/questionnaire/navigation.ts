import { type Question, type Section } from '../content/schema';
import { isAnswered, type Answers } from '../answers';
import { visibleQuestions } from './visibility';

/**
 * Two tracks through the questions: the core questions lead to a first plan; the others refine it
 * afterwards. Next and Back stay on the track of the question on screen.
 */
export type Track = 'core' | 'refine';

export const trackOf = (question: Question): Track => (question.core === true ? 'core' : 'refine');

/** The visible questions of one track, in asking order. */
export function trackQuestions(questions: readonly Question[], answers: Answers, track: Track): Question[] {
  return visibleQuestions(questions, answers).filter((q) => trackOf(q) === track);
}

function trackAround(questions: readonly Question[], answers: Answers, currentId: string): Question[] {
  const q = questions.find((x) => x.id === currentId);
  return trackQuestions(questions, answers, q ? trackOf(q) : 'core');
}

export function firstQuestionId(questions: readonly Question[], answers: Answers, section?: Section): string | null {
  const core = trackQuestions(questions, answers, 'core');
  return (section ? core.find((q) => q.section === section) : core[0])?.id ?? null;
}

export function nextQuestionId(questions: readonly Question[], answers: Answers, currentId: string): string | null {
  const track = trackAround(questions, answers, currentId);
  const i = track.findIndex((q) => q.id === currentId);
  return i < 0 ? (track[0]?.id ?? null) : (track[i + 1]?.id ?? null);
}

export function previousQuestionId(questions: readonly Question[], answers: Answers, currentId: string): string | null {
  const track = trackAround(questions, answers, currentId);
  const i = track.findIndex((q) => q.id === currentId);
  return i <= 0 ? null : (track[i - 1]?.id ?? null);
}

/** The last core question: where "Back" from the review goes. */
export function lastQuestionId(questions: readonly Question[], answers: Answers): string | null {
  return trackQuestions(questions, answers, 'core').at(-1)?.id ?? null;
}

/** Where refining starts: the first refining question not yet answered, else the first one. */
export function firstRefineId(questions: readonly Question[], answers: Answers): string | null {
  const refine = trackQuestions(questions, answers, 'refine');
  return (refine.find((q) => !isAnswered(answers[q.id])) ?? refine[0])?.id ?? null;
}

/** Refining questions these answers make visible and that are still unanswered. */
export function openRefineCount(questions: readonly Question[], answers: Answers): number {
  return trackQuestions(questions, answers, 'refine').filter((q) => !isAnswered(answers[q.id])).length;
}

export function sectionOf(questions: readonly Question[], id: string | null): Section | null {
  return questions.find((q) => q.id === id)?.section ?? null;
}

export interface Progress {
  answered: number;
  total: number;
  position: number;
  percent: number;
}

/** Honest progress: counts only the questions of the current track that these answers make visible. */
export function progress(questions: readonly Question[], answers: Answers, currentId: string | null): Progress {
  const current = questions.find((q) => q.id === currentId);
  const visible = trackQuestions(questions, answers, current ? trackOf(current) : 'core');
  const answered = visible.filter((q) => isAnswered(answers[q.id])).length;
  const index = visible.findIndex((q) => q.id === currentId);
  const total = visible.length;
  return {
    answered,
    total,
    position: index < 0 ? total : index + 1,
    percent: total === 0 ? 100 : Math.round((answered / total) * 100),
  };
}
