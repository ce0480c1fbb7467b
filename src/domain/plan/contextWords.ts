import type { Content, Context } from '../content/schema';

/** A term with two or more capitals is an acronym and matches case-sensitively; others ignore case. */
export function termPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const acronym = (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
  return new RegExp(`(?<![A-Za-z])${escaped}`, acronym ? '' : 'i');
}

const patterns = new WeakMap<readonly Context[], { id: string; terms: RegExp[] }[]>();

/** Each context's terms as patterns, built once per knowledge base. */
export function contextPatterns(content: Pick<Content, 'contexts'>): { id: string; terms: RegExp[] }[] {
  let out = patterns.get(content.contexts);
  if (!out) {
    out = content.contexts.map((c) => ({ id: c.id, terms: c.terms.map(termPattern) }));
    patterns.set(content.contexts, out);
  }
  return out;
}

/** The contexts whose words a text uses. */
export function contextsNamed(content: Pick<Content, 'contexts'>, text: string): string[] {
  return contextPatterns(content)
    .filter((c) => c.terms.some((t) => t.test(text)))
    .map((c) => c.id);
}

/**
 * A test for text from another context: true when the text uses a word of a context that does
 * not hold for this plan ("assent" in an adult-only plan, "pharmacovigilance" for a device).
 */
export function fromOtherContext(
  content: Pick<Content, 'contexts'>,
  active: Iterable<string>,
): (text: string) => boolean {
  const on = new Set(active);
  const off = contextPatterns(content).filter((c) => !on.has(c.id));
  return (text) => off.some((c) => c.terms.some((t) => t.test(text)));
}

/** Where one sentence ends and the next starts. */
export const SENTENCE = /(?<=[.!?])\s+(?=[A-Z(“"'])/;

/**
 * A filter for general texts (method details, region notes) that are not written per context: it
 * keeps the sentences that use no word of a context this plan lacks, so a sentence on EU package
 * leaflets never reaches a US device plan. Returns '' when nothing is left.
 */
export function inContext(content: Pick<Content, 'contexts'>, active: Iterable<string>): (text: string) => string {
  const other = fromOtherContext(content, active);
  return (text) =>
    text
      .split(SENTENCE)
      .filter((sentence) => !other(sentence))
      .join(' ');
}
