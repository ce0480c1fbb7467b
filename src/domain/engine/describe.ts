import type { Condition, Content, Context, Question } from '../content/schema';
import { optionLabel } from '../content/options';
import { evaluate } from '../conditions';
import { isNotSure, type Answer, type Answers } from '../answers';
import { asAsked } from '../questionnaire/wording';

/** An answer in words, e.g. "Children, Carers", with a note when it was "not sure". */
export function answerInWords(question: Question, given: Answer | undefined, resolved: Answer | undefined): string {
  const value = resolved ?? given;
  const words = (v: Answer | undefined): string => {
    if (v === undefined) return 'not answered';
    if (isNotSure(v)) return 'not sure';
    if (Array.isArray(v)) return v.length ? v.map((x) => optionLabel(question, x)).join(', ') : 'none chosen';
    if (typeof v === 'number') return question.scale ? `${v} of ${question.scale.max}` : String(v);
    return question.options || question.type === 'yesno' ? optionLabel(question, v) : v;
  };
  if (!isNotSure(given)) return words(value);
  return `not sure (so we assumed: ${impliedInWords(question, value)})`;
}

/** What a "not sure" answer is taken to mean, in words. An empty list defers to the other answers. */
export function impliedInWords(question: Question, implied: Answer | undefined = question.notSure?.implies): string {
  if (Array.isArray(implied) && implied.length === 0) return 'what your other answers suggest';
  return answerInWords(question, implied, implied);
}

const questionIndex = new WeakMap<readonly Question[], Map<string, Question>>();
/** The questions by id, built once per knowledge base. */
export function questionsById(questions: readonly Question[]): Map<string, Question> {
  let index = questionIndex.get(questions);
  if (!index) questionIndex.set(questions, (index = new Map(questions.map((q) => [q.id, q]))));
  return index;
}

const contextIndex = new WeakMap<readonly Context[], Map<string, Context>>();
function contextsById(contexts: readonly Context[]): Map<string, Context> {
  let index = contextIndex.get(contexts);
  if (!index) contextIndex.set(contexts, (index = new Map(contexts.map((c) => [c.id, c]))));
  return index;
}

/**
 * "Short label: answer in words" for one question, kept per resolved answers (one plan's build makes
 * them once, and many rules and points name the same answers).
 */
const answerLines = new WeakMap<Answers, Map<Question, string>>();
export function answerLine(question: Question, given: Answers, resolved: Answers): string {
  let lines = answerLines.get(resolved);
  if (!lines) answerLines.set(resolved, (lines = new Map()));
  let line = lines.get(question);
  if (line === undefined) {
    line = `${question.short}: ${answerInWords(asAsked(question, resolved), given[question.id], resolved[question.id])}`;
    lines.set(question, line);
  }
  return line;
}

/** The answers that make a condition true, in words: "Rare disease: Yes". */
export function triggeringAnswers(
  condition: Condition,
  content: Pick<Content, 'questions' | 'contexts'>,
  resolved: Answers,
  given: Answers,
  contexts?: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const questions = questionsById(content.questions);
  const named = contextsById(content.contexts);
  const visit = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(visit);
    if ('any' in c) return c.any.filter((x) => evaluate(x, resolved, given, contexts)).forEach(visit);
    if ('not' in c) return visitNegated(c.not);
    if ('context' in c) {
      const context = named.get(c.context);
      return context ? visit(context.when) : undefined;
    }
    const q = questions.get(c.q);
    if (q) out.push(answerLine(q, given, resolved));
  };
  const visitNegated = (c: Condition) => {
    for (const leaf of 'q' in c ? [c] : []) {
      const q = questions.get(leaf.q);
      if (q) out.push(answerLine(q, given, resolved));
    }
  };
  visit(condition);
  return [...new Set(out)];
}
