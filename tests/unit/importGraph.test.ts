/**
 * The house's shape: src/ has no import cycle, and the lint rules that keep it so fail on the knot
 * this project once had (app/prefetch ↔ app/screens ↔ a screen importing the prefetch) and on a
 * domain module importing a feature.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
// @ts-expect-error: a plain JavaScript module shared with eslint.config.js
import { findCycles, importGraph } from '../../eslint/importGraph.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'import-cycle');
const rel = (files: string[], base: string) => files.map((f) => relative(base, f)).sort();

describe('import graph', () => {
  it('src/ has no import cycle', () => {
    expect((findCycles(importGraph(join(ROOT, 'src'))) as string[][]).map((g) => rel(g, ROOT))).toEqual([]);
  });

  it('finds the old knot of three modules as one cycle', () => {
    expect((findCycles(importGraph(FIXTURE)) as string[][]).map((g) => rel(g, FIXTURE))).toEqual([
      ['app/prefetch.ts', 'app/screens.ts', 'features/plan/PlanScreen.ts'],
    ]);
  });

  it('the lint fails on the cycle and on an import against the layers', async () => {
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: (await import('typescript-eslint')).parser },
          // @ts-expect-error: a plain JavaScript module shared with eslint.config.js
          plugins: { local: (await import('../../eslint/local.js')).default },
          rules: {
            'local/no-cycle': ['error', { root: FIXTURE }],
            'local/layers': ['error', { root: FIXTURE }],
          },
        },
      ],
    });
    const results = await eslint.lintFiles([join(FIXTURE, '**/*.ts')]);
    const messages = results
      .flatMap((r) => r.messages.map((m) => `${relative(FIXTURE, r.filePath)}: ${m.message.split(':')[0]}`))
      .sort();
    expect(messages).toEqual([
      'app/prefetch.ts: Import cycle',
      'app/screens.ts: Import cycle',
      'domain/rate.ts: domain (layer domain) may not import features/plan/legend.ts (layer features)',
      'features/plan/PlanScreen.ts: Import cycle',
      'features/plan/PlanScreen.ts: features/plan (layer features) may not import app/prefetch.ts (layer app/main.tsx)',
    ]);
  }, 60_000);
});
