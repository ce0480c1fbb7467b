/** The e2e run's browser step: use the browser found, install Debian's as root, or say what to run. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumStep, findChromium, INSTALL_COMMAND } from '../support/chromium';

describe('the browser for the end-to-end tests', () => {
  it('uses the Chromium it finds, whoever runs the tests', () => {
    expect(chromiumStep('/usr/bin/chromium', { root: false, aptGet: false })).toEqual({
      action: 'use',
      path: '/usr/bin/chromium',
    });
  });

  it('installs Debian’s chromium package when it is missing and the user is root', () => {
    const step = chromiumStep(null, { root: true, aptGet: true });
    expect(step.action).toBe('install');
    if (step.action === 'install') {
      expect(step.message).toContain("installing Debian's chromium package");
      expect(step.message).toContain('apt-get update && apt-get install -y --no-install-recommends chromium');
      expect(step.message).not.toContain('\n');
    }
  });

  it('stops with the command to run when the user is not root', () => {
    const step = chromiumStep(null, { root: false, aptGet: true });
    expect(step).toEqual({
      action: 'fail',
      message: expect.stringContaining(
        "Installing it needs root: run `sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium'`",
      ),
    });
  });

  it('stops with the command to run on a machine without apt-get', () => {
    const step = chromiumStep(null, { root: true, aptGet: false });
    expect(step.action).toBe('fail');
    if (step.action === 'fail') {
      expect(step.message).toContain('this machine has no apt-get');
      expect(step.message).toContain(INSTALL_COMMAND);
      expect(step.message).toContain('CHROME_PATH');
    }
  });

  it('takes the first browser that can run', () => {
    expect(findChromium(['/nonexistent/chromium', '/bin/sh'])).toBe('/bin/sh');
    expect(findChromium(['/nonexistent/chromium', '/nonexistent/other'])).toBeNull();
    // A file that exists but cannot run is not a browser.
    const dir = mkdtempSync(join(tmpdir(), 'pep-chromium-'));
    try {
      writeFileSync(join(dir, 'chromium'), 'not a program', { mode: 0o644 });
      expect(findChromium([join(dir, 'chromium')])).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
