/**
 * Vitest global setup: reads and validates the real knowledge base (content/) once per run, not
 * once per test file, and hands it to every test file through `provide` / `inject` (see
 * tests/unit/realContent.ts). Invalid content fails the whole run with every problem listed.
 *
 * The root config and each project inherit this file; whichever runs it first provides the content
 * on the root project, which every project's context includes, and the others find it there.
 */
import type { TestProject } from 'vitest/node';
import { loadContentDir } from '../../src/cli/readContentDir';

export default function setup(project: TestProject): void {
  if (project.vitest.getProvidedContext().content) return;
  const started = performance.now();
  const result = loadContentDir();
  if (!result.ok) throw new Error(`content/ is invalid:\n  ${result.errors.join('\n  ')}`);
  project.vitest.provide('content', result.content);
  if (process.env.CONTENT_SETUP_VERBOSE)
    console.log(`[content] loaded and validated once in ${Math.round(performance.now() - started)} ms`);
}
