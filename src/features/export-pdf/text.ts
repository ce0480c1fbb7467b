/** Text helpers for the PDF: sanitising for the embedded font, and wrapping (including URLs). */

/** Typographic replacements for characters that are commonly missing from fonts. */
const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
};

/** Zero-width and joiner characters: dropped silently (they only glue emoji and scripts). */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|[\ufe00-\ufe0f]/g;

export type HasGlyph = (codePoint: number) => boolean;

/**
 * Makes text safe for the embedded font: NFC, no control characters, no characters the font has
 * no glyph for (emoji and the like are dropped, with the spaces around them tidied), single spaces.
 * Newlines are kept when `keepNewlines` is set.
 */
export function makeSanitiser(
  hasGlyph: HasGlyph,
  /** Receives each character left out because the font cannot draw it. */
  onDrop?: (ch: string) => void,
): (text: string, keepNewlines?: boolean) => string {
  const cache = new Map<number, boolean>();
  const ok = (cp: number) => {
    let v = cache.get(cp);
    if (v === undefined) {
      v = cp <= 0xffff && hasGlyph(cp);
      cache.set(cp, v);
    }
    return v;
  };
  return (text, keepNewlines = false) => {
    let out = '';
    const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
    for (const ch of normalised) {
      const replaced = REPLACEMENTS[ch];
      if (replaced !== undefined) {
        out += replaced;
        continue;
      }
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n') out += keepNewlines ? '\n' : ' ';
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      else if (ok(cp)) out += ch;
      else onDrop?.(ch); // a character the font cannot draw (emoji, other scripts): dropped, and reported
    }
    return out
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  };
}

/**
 * Breaks a URL into lines no wider than `width`, preferring to break after / ? & = - _ . # and
 * falling back to single characters for very long runs. `measure` returns a string's width.
 */
export function wrapUrl(url: string, width: number, measure: (s: string) => number): string[] {
  const pieces = url.match(/[^/?&=\-_.#]*[/?&=\-_.#]*/g)?.filter((p) => p.length > 0) ?? [url];
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (measure(line + piece) <= width) {
      line += piece;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(piece) <= width) {
      line = piece;
      return;
    }
    for (const ch of piece) {
      if (line && measure(line + ch) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  };
  for (const piece of pieces) push(piece);
  if (line) lines.push(line);
  return lines;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** "essential" → "Essential"; "in-progress" → "In progress". */
export function label(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A small, stable 128-bit hex hash (FNV-1a, four lanes) for the PDF file id. */
export function hashHex(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2166136a];
  return seeds
    .map((seed, lane) => {
      let h = seed ^ lane;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193 + lane * 2);
      }
      return (h >>> 0).toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}
