import { contentSchema, type Content } from './schema';
import { COLLECTION_FILES, type CollectionKey, type RawContent } from './collections';
import { checkIntegrity } from './integrity';

export type ParseResult = { ok: true; content: Content } | { ok: false; errors: string[] };

function describePath(raw: RawContent, path: readonly PropertyKey[]): string {
  const [key, index, ...rest] = path;
  if (typeof key === 'string' && key in COLLECTION_FILES && typeof index === 'number') {
    const collection = key as CollectionKey;
    const entry = raw.collections[collection][index] as { id?: unknown } | undefined;
    const file = raw.sources[collection][index] ?? `${COLLECTION_FILES[collection]}.yaml`;
    const where = typeof entry?.id === 'string' ? `"${entry.id}"` : `entry ${index + 1}`;
    return `${file}: ${where}${rest.length ? ` → ${rest.join('.')}` : ''}`;
  }
  if (typeof key === 'string' && key in COLLECTION_FILES)
    return `${COLLECTION_FILES[key as CollectionKey]} (all files)`;
  if (key === 'scoring' || key === 'timeline')
    return `${key}.yaml${path.length > 1 ? ` → ${path.slice(1).join('.')}` : ''}`;
  return key === 'meta'
    ? `meta.yaml${rest.length || index !== undefined ? ` → ${path.slice(1).join('.')}` : ''}`
    : 'content';
}

/** Validates raw content against the schema, then checks every cross-reference. */
export function parseContent(raw: RawContent): ParseResult {
  const result = contentSchema.safeParse({
    meta: raw.meta,
    scoring: raw.scoring,
    timeline: raw.timeline,
    ...raw.collections,
  });
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`),
    };
  }
  const errors = checkIntegrity(result.data);
  return errors.length ? { ok: false, errors } : { ok: true, content: result.data };
}
