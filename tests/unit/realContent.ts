import { loadContentDir } from '../../src/cli/readContentDir';
import type { Content } from '../../src/domain/content/schema';

/** The real knowledge base, validated; tests fail loudly if it does not load. */
export function realContent(): Content {
  const result = loadContentDir();
  if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.join('\n')}`);
  return result.content;
}
