import type { Question } from './schema';

/** Option ids a question accepts (yes/no questions always accept yes and no). */
export function optionIds(question: Question): string[] {
  const ids = (question.options ?? []).map((o) => o.id);
  return question.type === 'yesno' ? [...new Set(['yes', 'no', ...ids])] : ids;
}

export function optionLabel(question: Question, id: string): string {
  const option = question.options?.find((o) => o.id === id);
  if (option) return option.label;
  if (question.type === 'yesno') return id === 'yes' ? 'Yes' : id === 'no' ? 'No' : id;
  return id;
}
