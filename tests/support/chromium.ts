/** The system Chromium, as every browser test and benchmark here launches it. Nothing is downloaded. */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** This machine's network is closed: without these flags Chromium keeps trying to reach Google. */
const CHROME_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const MISSING_CHROMIUM = `Chromium not found at ${CHROME_PATH}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`;

export function chromiumAvailable(): boolean {
  try {
    accessSync(CHROME_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}
