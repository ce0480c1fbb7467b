import type { Reference } from '../domain/content/schema';

/** "Sources: A; B": the references named by id, each a link to the source, unknown ids left out. */
export function SourceLinks({ ids, references }: { ids: readonly string[]; references: readonly Reference[] }) {
  const found = ids.map((id) => references.find((r) => r.id === id)).filter((r) => r !== undefined);
  return (
    <p className="muted">
      Sources:{' '}
      {found.map((r, i) => (
        <span key={r.id}>
          {i > 0 && '; '}
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            {r.title}
          </a>
        </span>
      ))}
    </p>
  );
}
