/**
 * The system Chromium, as every browser test and benchmark here launches it. Nothing is downloaded
 * from a browser host: when it is missing, `npm run test:e2e` installs Debian's `chromium` package
 * with apt-get (as root), or stops and prints the command to run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROME_PATH = process.env.CHROME_PATH ?? DEBIAN_CHROMIUM;

/** Run as root on Debian, it installs the browser the tests use. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y --no-install-recommends chromium';

/** This machine's network is closed: without these flags Chromium keeps trying to reach Google. */
const CHROME_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const MISSING_CHROMIUM = `Chromium not found at ${CHROME_PATH}. Install it as root with: ${INSTALL_COMMAND} (or set CHROME_PATH to a Chromium binary).`;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumAvailable(): boolean {
  return executable(CHROME_PATH);
}

/** The first of these browsers that can run (by default the one at CHROME_PATH). */
export function findChromium(candidates: string[] = [CHROME_PATH]): string | null {
  return [...new Set(candidates)].find(executable) ?? null;
}

export type ChromiumStep =
  { action: 'use'; path: string } | { action: 'install'; message: string } | { action: 'fail'; message: string };

/** What to do about the browser: use the one found, install Debian's (root with apt-get only), or stop and say how. */
export function chromiumStep(found: string | null, machine: { root: boolean; aptGet: boolean }): ChromiumStep {
  if (found) return { action: 'use', path: found };
  const missing = `Chromium not found at ${CHROME_PATH}`;
  if (!machine.aptGet)
    return {
      action: 'fail',
      message: `${missing}, and this machine has no apt-get. Install Chromium and set CHROME_PATH to it, or on Debian run as root: ${INSTALL_COMMAND}`,
    };
  if (!machine.root)
    return {
      action: 'fail',
      message: `${missing}. Installing it needs root: run \`sudo sh -c '${INSTALL_COMMAND}'\` (or set CHROME_PATH to a Chromium binary), then npm test again.`,
    };
  return {
    action: 'install',
    message: `${missing}: installing Debian's chromium package for the browser tests (${INSTALL_COMMAND}).`,
  };
}

function hasAptGet(): boolean {
  return !spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error;
}

function apt(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', () => resolve(127));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * The path of a Chromium that runs, installing Debian's package first when none is found and this
 * is root on a machine with apt-get. Rejects with the command to run when it cannot.
 */
export async function ensureChromium(log: (message: string) => void): Promise<string> {
  const step = chromiumStep(findChromium(), { root: process.getuid?.() === 0, aptGet: hasAptGet() });
  if (step.action === 'use') return step.path;
  if (step.action === 'fail') throw new Error(step.message);
  log(step.message);
  const failed =
    (await apt(['update', '-qq'])) || (await apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']));
  // Debian's package puts it at /usr/bin/chromium, whatever CHROME_PATH said.
  const found = findChromium([CHROME_PATH, DEBIAN_CHROMIUM]);
  if (failed || !found)
    throw new Error(
      `Installing chromium with apt-get failed${failed ? ` (exit code ${failed})` : `: still no browser at ${DEBIAN_CHROMIUM}`}. ` +
        `Run as root: ${INSTALL_COMMAND} (or set CHROME_PATH to a Chromium binary).`,
    );
  log(`Chromium installed: ${found}`);
  return found;
}

/** Launches the browser at CHROME_PATH (tests/e2e/run.ts sets it to the one it found or installed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}
