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
    const note = section.getByText(/Implementing Regulation \(EU\) 2024\/3169 sets the procedure/);
    await note.waitFor({ state: 'visible' });
    expect((await focused(page))?.text).toBe('European Union');
    const link = section.getByRole('link', { name: /Implementing Regulation \(EU\) 2024\/3169/ });
    expect(await link.getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg_impl/2024/3169/oj');

    await expectNoAxeViolations(page, 'the region notes', { include: 'section[aria-labelledby="regions-heading"]' });
  });
});
