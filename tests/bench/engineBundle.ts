/**
 * The engine as it ships: a minified production bundle built with Vite in this run. Timing the
 * tsx-transformed source instead would add its name-keeping wrappers to every call.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { buildPlan } from '../../src/domain/engine/buildPlan';
import { ROOT } from '../support/preview';

export async function bundledBuildPlan(outDir: string): Promise<typeof buildPlan> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: join(ROOT, 'src/domain/engine/buildPlan.ts'), formats: ['es'], fileName: () => 'engine.mjs' },
    },
  });
  const engine = (await import(pathToFileURL(join(outDir, 'engine.mjs')).href)) as { buildPlan: typeof buildPlan };
  return engine.buildPlan;
}
