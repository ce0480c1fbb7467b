import { type Question, type Section } from '../content/schema';
import { isAnswered, type Answers } from '../answers';
import { visibleQuestions } from './visibility';

export function firstQuestionId(questions: readonly Question[], answers: Answers, section?: Section): string | null {
  const visible = visibleQuestions(questions, answers);
  return (section ? visible.find((q) => q.section === section) : visible[0])?.id ?? null;
}

export function nextQuestionId(questions: readonly Question[], answers: Answers, currentId: string): string | null {
  const visible = visibleQuestions(questions, answers);
  const i = visible.findIndex((q) => q.id === currentId);
  return i < 0 ? (visible[0]?.id ?? null) : (visible[i + 1]?.id ?? null);
}

export function previousQuestionId(questions: readonly Question[], answers: Answers, currentId: string): string | null {
  const visible = visibleQuestions(questions, answers);
  const i = visible.findIndex((q) => q.id === currentId);
  return i <= 0 ? null : (visible[i - 1]?.id ?? null);
}

export function lastQuestionId(questions: readonly Question[], answers: Answers): string | null {
  return visibleQuestions(questions, answers).at(-1)?.id ?? null;
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

/** Honest progress: counts only the questions these answers make visible. */
export function progress(questions: readonly Question[], answers: Answers, currentId: string | null): Progress {
  const visible = visibleQuestions(questions, answers);
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
