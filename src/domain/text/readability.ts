/** Flesch–Kincaid grade level, used to keep patient-facing text plain. */

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Heuristic English syllable count: vowel groups, minus a silent final e, at least one. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Soft g/c before -ment keeps its e silent: engagement, management, replacement.
  const trimmed = w
    .replace(/([gc])ement/, '$1ment')
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export function textStats(text: string): TextStats {
  const words = text.match(WORD) ?? [];
  // Sentences end at . ! ? or a line break between items; abbreviations like "e.g." are rare in plain text.
  const sentences = text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => WORD.test(s) && (WORD.lastIndex = 0) === 0).length;
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  return { words: words.length, sentences: Math.max(1, sentences), syllables };
}

export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
