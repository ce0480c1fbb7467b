/**
 * Addresses a person can type or paste: a malformed `%` must show "Page not found" inside the app's
 * shell (header and navigation still there), never a blank page, and the app keeps working.
 */
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser, url } from './helpers';

describe('addresses', () => {
  const browser = useBrowser();

  it.each(['#/%', '#/glossary/%', '#/plan/%E0%A4%A', '#/plan/%zz/questions'])(
    '%s shows "Page not found" inside the shell',
    async (hash) => {
      const app = await openApp(browser(), { hash });
      const { page } = app;
      try {
        await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
        await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
        // The app still works from here: the home link leads home.
        await page.getByRole('link', { name: 'Go to your plans' }).click();
        await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
        // And typing a bad address into a running app does not blank it either.
        await page.goto(url('#/%'));
        await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      } finally {
        await app.close();
      }
    },
  );
});
