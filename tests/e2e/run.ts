/**
 * `npm run test:e2e`: builds the app, serves the build with `vite preview` on a free port, runs the
 * end-to-end journeys (vitest, tests/e2e/vitest.e2e.config.ts) against it, and always stops the
 * server. Then runs the dev journey (tests/e2e/dev.e2e.ts) once more against the Vite dev server
 * (tests/support/devServer.ts). Exits with vitest's exit code. Extra arguments go to vitest, for example
 *   npm run test:e2e -- plan.e2e.ts
 *
 * Never skips: without Chromium it installs Debian's chromium package when run as root (apt-get),
 * and otherwise fails and prints the command to run.
 * Environment: CHROME_PATH (default /usr/bin/chromium); E2E_KEEP_BUILD=1 keeps the build folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '../support/chromium';
import { BIN, ROOT, startPreview, type Preview } from '../support/preview';
import { runDevJourney, selectsDevJourney } from '../support/devServer';

function log(message: string): void {
  process.stdout.write(`\n[e2e] ${message}\n`);
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    current = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

let preview: Preview | null = null;
let current: ChildProcess | null = null;
let outDir: string | null = null;

/** Stops the preview server (SIGTERM, then SIGKILL) and removes the build folder. */
async function cleanUp(): Promise<void> {
  const server = preview;
  preview = null;
  await server?.stop();
  if (outDir && !process.env.E2E_KEEP_BUILD) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    current?.kill(signal);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const chromePath = await ensureChromium(log);
  // Build into a folder of our own so a build by someone else in the checkout cannot change what we test.
  outDir = mkdtempSync(join(tmpdir(), 'pep-e2e-dist-'));
  log(`Building the app into ${outDir}`);
  const built = await run(join(BIN, 'vite'), [
    'build',
    '--configLoader',
    'runner',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  if (built !== 0) {
    console.error('[e2e] The build failed; no tests were run.');
    return built;
  }

  log('Starting vite preview');
  preview = await startPreview(outDir);
  const baseUrl = preview.url;

  log('Running the end-to-end journeys');
  const args = process.argv.slice(2);
  let code = await run(join(BIN, 'vitest'), ['run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...args], {
    ...process.env,
    E2E_BASE_URL: baseUrl,
    E2E_DIST: outDir,
    CHROME_PATH: chromePath,
  });
  if (selectsDevJourney(args)) {
    log('Running the dev journey against the Vite dev server (what `npm start` serves)');
    const dev = await runDevJourney(args, (vitestArgs, env) =>
      run(join(BIN, 'vitest'), vitestArgs, { ...env, CHROME_PATH: chromePath }),
    );
    code = code || dev;
  }
  log(`Finished in ${((Date.now() - started) / 1000).toFixed(1)} s (vitest exit code ${code}).`);
  return code;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error('[e2e]', error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
