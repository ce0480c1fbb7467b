/**
 * The Vite dev server (`npm start`, what a newcomer opens), on a free loopback port, and one e2e run
 * against it. The production build strips warnings that the dev build logs (React Flow's error codes,
 * React's warnings), so one journey runs here too, with the console guard of tests/e2e/helpers.ts.
 *
 * The server runs in its own process group, and the whole group is stopped at the end (also when the
 * runner exits early), so no Vite or esbuild child is left listening.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BIN, freePort, ROOT } from './preview';

/** The journey that runs against the dev server as well as the build. */
export const DEV_JOURNEY = 'tests/e2e/dev.e2e.ts';

export interface DevServer {
  url: string;
  stop: () => Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* the group is gone already */
  }
}

/** Starts `vite --configLoader runner --port <free> --strictPort` and waits until it serves the app. */
export async function startDevServer(timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    join(BIN, 'vite'),
    ['--configLoader', 'runner', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    if (child.exitCode === null && child.signalCode === null) await exited;
    clearTimeout(timer);
    // Vite's own children may outlive it: make sure the whole group is gone.
    killGroup(child, 'SIGKILL');
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Vite dev server exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes('/src/main.tsx')) return { url, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The Vite dev server did not answer at ${url} within ${timeoutMs / 1000} s:\n${output}`);
}

/** Whether the vitest arguments (file filters, if any) select the dev journey. */
export function selectsDevJourney(args: string[]): boolean {
  const filters = args.filter((a) => !a.startsWith('-'));
  return filters.length === 0 || filters.some((f) => DEV_JOURNEY.includes(f));
}

/**
 * Starts the dev server, runs the dev journey against it with `runVitest` (given the vitest arguments
 * and E2E_BASE_URL), always stops the server, and returns vitest's exit code. File filters in `args`
 * are replaced by the dev journey, and a JSON report goes to its own file.
 */
export async function runDevJourney(
  args: string[],
  runVitest: (vitestArgs: string[], env: NodeJS.ProcessEnv) => Promise<number>,
): Promise<number> {
  const server = await startDevServer();
  try {
    const options = args
      .filter((a) => a.startsWith('-'))
      .map((a) => a.replace(/^(--outputFile\.json=.*?)(\.json)?$/, '$1-dev.json'));
    return await runVitest(['run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...options, DEV_JOURNEY], {
      ...process.env,
      E2E_BASE_URL: server.url,
      E2E_SERVER: 'dev',
    });
  } finally {
    await server.stop();
  }
}
