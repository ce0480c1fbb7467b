import { useEffect, useMemo, useState } from 'react';
import { useQuestionnaireContent } from '../../content/load';

export default function GlossaryScreen({ term }: { term?: string }) {
  const content = useQuestionnaireContent();
  const [query, setQuery] = useState('');
  const terms = useMemo(() => {
    const q = query.trim().toLowerCase();
    return [...content.glossary]
      .sort((a, b) => a.term.localeCompare(b.term))
      .filter((g) => !q || [g.term, ...(g.aliases ?? []), g.plain].some((t) => t.toLowerCase().includes(q)));
  }, [content, query]);
  useEffect(() => {
    if (term) document.getElementById(`term-${term}`)?.scrollIntoView();
  }, [term]);
  return (
    <div className="panel glossary">
      <h1>Glossary</h1>
      <p>Plain explanations of the words this planner uses.</p>
      <div className="field">
        <label htmlFor="glossary-search">Search the glossary</label>
        <input id="glossary-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p aria-live="polite" className="muted">
        {terms.length} terms
      </p>
      <dl className="glossary-list">
        {terms.map((g) => (
          <div key={g.id} id={`term-${g.id}`} className={g.id === term ? 'highlight' : undefined}>
            <dt>
              {g.term}
              {g.aliases?.length ? <span className="muted"> ({g.aliases.join(', ')})</span> : null}
            </dt>
            <dd>{g.plain}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
