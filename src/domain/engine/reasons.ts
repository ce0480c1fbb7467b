import type { Content, EngagementPoint } from '../content/schema';
import type { Answers } from '../answers';
import type { Reason } from '../plan/types';
import { evaluate } from '../conditions';
import { answerInWords, questionsById, triggeringAnswers } from './describe';
import { asAsked } from '../questionnaire/wording';
import { joinWords } from '../plan/labels';

type WordKey = keyof Content['scoring']['why']['words'];
const PLACEHOLDER = /\{(product|study|condition|people|regions)\}/g;

/** A line split once into text and placeholders (lines are content, so the split is kept). */
const split = new Map<string, (string | { key: WordKey })[]>();
function segments(text: string): (string | { key: WordKey })[] {
  let parts = split.get(text);
  if (!parts) {
    parts = [];
    let at = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (m.index > at) parts.push(text.slice(at, m.index));
      parts.push({ key: m[1] as WordKey });
      at = m.index + m[0].length;
    }
    if (at < text.length) parts.push(text.slice(at));
    split.set(text, parts);
  }
  return parts;
}

/** The words for one placeholder, and the question whose answer gave them (null: the fallback words). */
function wordsFor(
  key: WordKey,
  content: Pick<Content, 'scoring' | 'questions'>,
  resolved: Answers,
): { text: string; question: string | null } {
  const spec = content.scoring.why.words[key];
  if (!spec) return { text: '', question: null };
  const questions = questionsById(content.questions);
  for (const id of spec.from) {
    const answer = resolved[id];
    if (questions.get(id)?.type === 'text') {
      if (typeof answer === 'string' && answer.trim() !== '') return { text: answer.trim(), question: id };
      continue;
    }
    const picked = (Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [])
      .map((o) => spec.options[o])
      .filter((w): w is string => w !== undefined);
    if (picked.length) return { text: joinWords(picked), question: id };
  }
  return { text: spec.otherwise, question: null };
}

/** The words each placeholder stands for in this programme, with the answer they came from, in words. */
export type ProgrammeWords = Map<string, { text: string; answer: string | null }>;

export function programmeWords(
  content: Pick<Content, 'scoring' | 'questions'>,
  resolved: Answers,
  given: Answers,
): ProgrammeWords {
  const questions = questionsById(content.questions);
  const out: ProgrammeWords = new Map();
  for (const key of Object.keys(content.scoring.why.words) as WordKey[]) {
    const { text, question } = wordsFor(key, content, resolved);
    const q = question === null ? undefined : questions.get(question);
    out.set(key, {
      text,
      answer: q ? `${q.short}: ${answerInWords(asAsked(q, resolved), given[q.id], resolved[q.id])}` : null,
    });
  }
  return out;
}

/**
 * Why a point matters in this programme: the point's "why here" lines whose condition holds (the
 * specific ones first, then the one that always applies), with the answers filled in and named.
 */
export function whyHereReason(
  point: EngagementPoint,
  content: Pick<Content, 'scoring' | 'questions' | 'contexts'>,
  resolved: Answers,
  given: Answers,
  contexts: ReadonlySet<string>,
  words: ProgrammeWords = programmeWords(content, resolved, given),
): Reason {
  const lines = point.whyHere.filter((l) => l.when !== undefined && evaluate(l.when, resolved, given, contexts));
  const always = point.whyHere.filter((l) => l.when === undefined);
  const answers: string[] = [];
  // Where the point applies at all (device, older adults, the US) is part of why it is here.
  if (point.appliesTo) answers.push(...triggeringAnswers(point.appliesTo, content, resolved, given, contexts));
  for (const l of lines) answers.push(...triggeringAnswers(l.when!, content, resolved, given, contexts));
  const fill = (text: string) => {
    let out = '';
    for (const part of segments(text)) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const w = words.get(part.key);
      if (w?.answer) answers.push(w.answer);
      out += w?.text ?? '';
    }
    return out;
  };
  const text = [...lines, ...always].map((l) => fill(l.text)).join(' ');
  return {
    ruleId: null,
    text: `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
    answers: [...new Set(answers)],
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
