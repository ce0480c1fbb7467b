import type { GlossaryTerm } from '../domain/content/schema';

/** Plain definitions of the terms a question uses, each one a native disclosure. */
export function GlossaryTerms({ terms }: { terms: GlossaryTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <div className="glossary-terms">
      {terms.map((t) => (
        <details key={t.id}>
          <summary>What does “{t.term}” mean?</summary>
          <p>{t.plain}</p>
        </details>
      ))}
    </div>
  );
}
