/**
 * Journey: open an example plan for the US and the EU and read what differs in each region, by
 * keyboard, with linked sources; nothing for a region the programme does not work in.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, focused, openApp, useBrowser } from './helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';

describe('region notes on the plan screen', () => {
  const browser = useBrowser();

  it('shows the notes of the plan regions, opens one by keyboard and links its sources', async () => {
    const { page } = await openApp(browser());
    await page.getByRole('button', { name: EXAMPLE }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();

    const section = page.getByRole('region', { name: 'What differs where you work' });
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.locator('summary').allTextContents()).toEqual(['United States', 'European Union']);

    const eu = section.locator('summary', { hasText: 'European Union' });
    await eu.focus();
    await page.keyboard.press('Enter');
    const note = section.getByText(/requires a lay summary of results, covering the ten elements in Annex V/);
    await note.waitFor({ state: 'visible' });
    expect((await focused(page))?.text).toBe('European Union');
    const link = section.getByRole('link', { name: /Regulation \(EU\) No 536\/2014 on clinical trials/ });
    expect(await link.getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg/2014/536/oj');
    // Joint scientific consultations are for products heading for EU joint clinical assessment; this
    // programme (no orphan designation, early trials) is not, so neither the note nor its source shows.
    expect(await section.getByText(/joint scientific consultation/i).count()).toBe(0);
    expect(await section.getByRole('link', { name: /2024\/3169/ }).count()).toBe(0);

    await expectNoAxeViolations(page, 'the region notes', { include: 'section[aria-labelledby="regions-heading"]' });
  });
});
