import { inject } from 'vitest';
import type { Content } from '../../src/domain/content/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    content: Content;
  }
}

/**
 * The real knowledge base, loaded and validated once per Vitest run by tests/support/contentSetup.ts
 * (a run stops with every problem listed if content/ is invalid). Each call returns a copy of its
 * own, so a test that changes it cannot affect another.
 */
export function realContent(): Content {
  const content = inject('content');
  if (!content) throw new Error('No content was provided: run the tests with the Vitest config (vite.config.ts).');
  return structuredClone(content);
}
