import type { Question } from '../content/schema';
import { evaluate } from '../conditions';
import type { Answers } from '../answers';

const worded = new WeakMap<Question, Map<number, Question>>();

/**
 * The question as this programme is asked it: the first wording variant that holds over the answers
 * replaces the prompt, help and option labels (the option ids, and so the answers, stay the same).
 */
export function asAsked(question: Question, answers: Answers): Question {
  const variants = question.variants;
  if (!variants?.length) return question;
  const index = variants.findIndex((v) => evaluate(v.when, answers));
  const variant = variants[index];
  if (!variant) return question;
  let byIndex = worded.get(question);
  if (!byIndex) worded.set(question, (byIndex = new Map()));
  let out = byIndex.get(index);
  if (!out) {
    const labels = variant.labels ?? {};
    out = {
      ...question,
      prompt: variant.prompt ?? question.prompt,
      help: variant.help ?? question.help,
      ...(variant.glossary ? { glossary: variant.glossary } : {}),
      ...(question.options ? { options: question.options.map((o) => ({ ...o, label: labels[o.id] ?? o.label })) } : {}),
    };
    byIndex.set(index, out);
  }
  return out;
}
