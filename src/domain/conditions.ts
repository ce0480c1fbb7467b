import type { Condition } from './content/schema';
import { isAnswered, isNotSure, type Answer } from './answers';

/** Answers as conditions see them: "not sure" already replaced by the default it implies. */
export type ResolvedAnswers = Record<string, Answer>;

function values(answer: Answer | undefined): string[] {
  if (answer === undefined || isNotSure(answer)) return [];
  if (Array.isArray(answer)) return answer;
  return [String(answer)];
}

type Compiled = (
  answers: ResolvedAnswers,
  raw: ResolvedAnswers | undefined,
  contexts: ReadonlySet<string> | undefined,
) => boolean;

/** Each condition compiled once to a function (conditions are content, so they never change). */
const compiled = new WeakMap<Condition, Compiled>();

function compile(condition: Condition): Compiled {
  if ('all' in condition) {
    const parts = condition.all.map(compileOnce);
    return (a, r, c) => parts.every((p) => p(a, r, c));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileOnce);
    return (a, r, c) => parts.some((p) => p(a, r, c));
  }
  if ('not' in condition) {
    const inner = compileOnce(condition.not);
    return (a, r, c) => !inner(a, r, c);
  }
  if ('context' in condition) {
    const id = condition.context;
    return (_a, _r, c) => c?.has(id) ?? false;
  }
  const q = condition.q;
  if ('answered' in condition) {
    const want = condition.answered;
    return (a) => isAnswered(a[q]) === want;
  }
  if ('notSure' in condition) {
    const want = condition.notSure;
    return (a, r) => isNotSure((r ?? a)[q]) === want;
  }
  if ('is' in condition) {
    const is = condition.is;
    return (a) => {
      const answer = a[q];
      return values(answer)[0] === is && !Array.isArray(answer);
    };
  }
  if ('in' in condition) {
    const list = condition.in;
    return (a) => {
      const answer = a[q];
      return !Array.isArray(answer) && list.includes(values(answer)[0] ?? '');
    };
  }
  if ('has' in condition) {
    const has = condition.has;
    return (a) => values(a[q]).includes(has);
  }
  if ('hasAny' in condition) {
    const any = condition.hasAny;
    return (a) => values(a[q]).some((v) => any.includes(v));
  }
  if ('gte' in condition) {
    const gte = condition.gte;
    return (a) => {
      const answer = a[q];
      return typeof answer === 'number' && answer >= gte;
    };
  }
  // Dates are ISO strings (YYYY-MM-DD), so they compare as text.
  if ('onOrAfter' in condition) {
    const from = condition.onOrAfter;
    return (a) => {
      const answer = a[q];
      return typeof answer === 'string' && answer !== '' && answer >= from;
    };
  }
  if ('before' in condition) {
    const until = condition.before;
    return (a) => {
      const answer = a[q];
      return typeof answer === 'string' && answer !== '' && answer < until;
    };
  }
  const lte = condition.lte;
  return (a) => {
    const answer = a[q];
    return typeof answer === 'number' && answer <= lte;
  };
}

function compileOnce(condition: Condition): Compiled {
  let f = compiled.get(condition);
  if (!f) compiled.set(condition, (f = compile(condition)));
  return f;
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
  return compileOnce(condition)(answers, raw, contexts);
}
