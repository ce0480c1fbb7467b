import type { Content, GlossaryTerm } from '../content/schema';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Glossary terms that appear (by term or alias, whole words) in any of the given texts. */
export function termsUsed(content: Pick<Content, 'glossary'>, texts: readonly string[]): GlossaryTerm[] {
  const haystack = texts.join('\n');
  return content.glossary
    .filter((g) =>
      [g.term, ...(g.aliases ?? [])].some((t) => {
        const caseSensitive = t.length <= 5 && t === t.toUpperCase();
        return new RegExp(`(^|[^\\p{L}])${escape(t)}(?=$|[^\\p{L}])`, caseSensitive ? 'u' : 'iu').test(haystack);
      }),
    )
    .sort((a, b) => a.term.localeCompare(b.term));
}
