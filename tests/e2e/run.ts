/**
 * `npm run test:e2e`: builds the app, serves the build with `vite preview` on a free port, runs the
 * end-to-end journeys (vitest, tests/e2e/vitest.e2e.config.ts) against it, and always stops the
 * server. Exits with vitest's exit code. Extra arguments go to vitest, for example
 *   npm run test:e2e -- plan.e2e.ts
 *
 * Never skips: without Chromium it fails and says how to install it.
 * Environment: CHROME_PATH (default /usr/bin/chromium); E2E_KEEP_BUILD=1 keeps the build folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function log(message: string): void {
  process.stdout.write(`\n[e2e] ${message}\n`);
}

function chromeExists(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port found.'))));
    });
  });
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

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early with code ${server.exitCode}.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

let preview: ChildProcess | null = null;
let current: ChildProcess | null = null;
let outDir: string | null = null;

/** Stops the preview server (SIGTERM, then SIGKILL) and removes the build folder. */
async function cleanUp(): Promise<void> {
  const server = preview;
  preview = null;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
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
  if (!chromeExists(CHROME_PATH)) {
    console.error(
      `Chromium not found at ${CHROME_PATH}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`,
    );
    return 1;
  }
  const started = Date.now();
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

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}/`;
  log(`Starting vite preview at ${baseUrl}`);
  preview = spawn(
    join(BIN, 'vite'),
    ['preview', '--configLoader', 'runner', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, env: process.env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForServer(baseUrl, preview);

  log('Running the end-to-end journeys');
  const code = await run(
    join(BIN, 'vitest'),
    ['run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)],
    { ...process.env, E2E_BASE_URL: baseUrl, CHROME_PATH },
  );
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
