/**
 * Journey: the team's own edits, as a keyboard user makes them. Add a custom point with two
 * stakeholders, a priority and patient hours, and see them in the list and the summary; type an
 * owner and move on to another point without saving, and find the owner still there after a
 * reload; close the details with Escape and land back on the card; leave a point out and land on
 * the control that puts it back; download the PDF and keep focus on the button; follow a point's
 * links.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focused, openApp, pressButton, tabTo, useBrowser } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Cancer medicine heading for HTA in Europe and Canada';
const CUSTOM = 'Carers’ café';
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';

const nodes = (page: Page) => page.locator('.react-flow__node-point');
const detail = (page: Page) => page.locator('aside.detail');
/** A point's own button in the list (its title), not the links to it from other cards. */
const listButton = (page: Page, title: string) =>
  page.locator('button.point-title').filter({ hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`) });

async function openExample(page: Page) {
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
}
async function showList(page: Page) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
}
async function showMap(page: Page) {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await nodes(page).first().waitFor();
}
const hoursFigure = async (page: Page) =>
  ((await page.locator('.summary .stats li').filter({ hasText: 'patient-partner hours' }).textContent()) ?? '').trim();
/** The data-id of the focused map card, or null when focus is elsewhere. */
const focusedCardId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
const headingOfDetail = (page: Page) => detail(page).getByRole('heading', { level: 2 });

describe('the team’s edits', () => {
  const browser = useBrowser();

  it('adds a custom point by keyboard with the stakeholders, priority and hours ticked and typed', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await openExample(page);
      await showList(page);
      // Oncology example: 932 h, the catch-up and set-up points' 96, the safety-reporting set-up (1 h × 4)
      // and the materials check (2 h × 4) from content/points/specialist.yaml (tests/unit/customPoints.test.ts).
      expect(await hoursFigure(page)).toBe('1,040 patient-partner hours');

      // Open the form from the keyboard and fill it in.
      await page.locator('summary', { hasText: 'Add your own engagement point' }).focus();
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'custom-title', 'the title field');
      await page.keyboard.type(CUSTOM);
      await tabTo(page, (f) => f.id === 'custom-phase', 'the phase');
      await page.locator('#custom-phase').selectOption({ label: 'Launch, patient information and support' });
      await tabTo(page, (f) => f.id === 'custom-description', 'the description');
      await page.keyboard.type('Carers tell us what the support programme should offer.');
      const want = new Set(['Carers and family members', 'Patient organisations']);
      // Tab through the "Who takes part" boxes, Space where the state must change.
      for (;;) {
        await page.keyboard.press('Tab');
        const box = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (el?.type !== 'checkbox' || !el.closest('fieldset')?.textContent?.startsWith('Who takes part'))
            return null;
          return { label: el.closest('label')?.textContent?.trim() ?? '', checked: el.checked };
        });
        if (!box) break;
        if (box.checked !== want.has(box.label)) await page.keyboard.press('Space');
      }
      const ticked = await page
        .locator('.who-choices')
        .filter({ hasText: 'Who takes part' })
        .locator('label:has(input:checked)')
        .allTextContents();
      expect(ticked).toEqual([...want]);
      await tabTo(page, (f) => f.id === 'custom-priority', 'the priority', { max: 2 });
      await page.locator('#custom-priority').selectOption({ label: 'Essential' });
      await tabTo(page, (f) => f.id === 'custom-hours', 'the patient time');
      await page.keyboard.type('12');
      await pressButton(page, 'Add point');
      await page.getByText(`Added “${CUSTOM}” to Launch, patient information and support.`).waitFor();

      // The list card shows who takes part and the priority; the summary counts the hours.
      const card = page.locator('.point-card').filter({ has: listButton(page, CUSTOM) });
      await card.getByText('Who: Carers and family members, Patient organisations', { exact: true }).waitFor();
      expect(await card.locator('.badge').first().textContent()).toBe('Essential');
      expect(await hoursFigure(page)).toBe('1,052 patient-partner hours');

      // And so does the plan after a reload.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
      await page
        .locator('.point-card')
        .filter({ has: listButton(page, CUSTOM) })
        .getByText('Who: Carers and family members, Patient organisations', { exact: true })
        .waitFor();
      expect(await hoursFigure(page)).toBe('1,052 patient-partner hours');

      // The point's details show the team's estimate.
      await listButton(page, CUSTOM).click();
      await detail(page).getByText('12 hours in all (your team’s estimate)').waitFor();
      await expectNoAxeViolations(page, 'the plan list with a custom point open');
    } finally {
      await app.close();
    }
  });

  it('keeps an owner typed without saving when the user clicks another point, and after a reload', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await openExample(page);
      await showMap(page);
      const titles = await page.locator('.react-flow__node-point .map-node-title').allTextContents();
      const [first, second] = [titles[0]!, titles[1]!];
      const openNode = async (title: string) => {
        await nodes(page)
          .filter({ has: page.locator('.map-node-title', { hasText: title }) })
          .first()
          .click();
        await headingOfDetail(page).filter({ hasText: title }).waitFor();
      };
      await openNode(first);
      await detail(page).getByLabel('Owner').pressSequentially('Dr Ada Example');
      // No Save pressed, no pause: straight on to another point.
      await openNode(second);
      await openNode(first);
      expect(await detail(page).getByLabel('Owner').inputValue()).toBe('Dr Ada Example');

      await detail(page).getByLabel('Notes').pressSequentially('Ask the patient board.');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      await nodes(page).first().waitFor();
      await openNode(first);
      expect(await detail(page).getByLabel('Owner').inputValue()).toBe('Dr Ada Example');
      expect(await detail(page).getByLabel('Notes').inputValue()).toBe('Ask the patient board.');
    } finally {
      await app.close();
    }
  });

  it('returns focus to the card on Escape, to the Put back control after leaving a point out, and keeps it on Download PDF', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      await openExample(page);
      await showMap(page);

      // Map: Tab to a card, Enter opens it, Escape closes it and focus is back on that card.
      await page.getByRole('button', { name: 'List', exact: true }).focus();
      await tabTo(page, (f) => f.className.includes('react-flow__node-point'), 'a map card');
      const cardId = await focusedCardId(page);
      expect(cardId).not.toBeNull();
      await page.keyboard.press('Enter');
      await headingOfDetail(page).waitFor();
      await expect.poll(() => focused(page).then((f) => f?.tag)).toBe('h2');
      await page.keyboard.press('Escape');
      await detail(page).waitFor({ state: 'detached' });
      await expect.poll(() => focusedCardId(page)).toBe(cardId);

      // List: the same, back to the point's button.
      await showList(page);
      await listButton(page, ENDPOINTS).focus();
      await page.keyboard.press('Enter');
      await headingOfDetail(page).filter({ hasText: ENDPOINTS }).waitFor();
      await page.keyboard.press('Escape');
      await detail(page).waitFor({ state: 'detached' });
      await expect.poll(() => focused(page).then((f) => f?.text)).toBe(ENDPOINTS);

      // A link in the list opens the linked point.
      const card = page.locator('.point-card').filter({ has: listButton(page, ENDPOINTS) });
      const feeds = card.getByRole('list', { name: `${ENDPOINTS} feeds into` });
      expect(await feeds.getByRole('button').allTextContents()).toEqual([
        'Build the patient experience data package for the dossier',
        'Patients in scientific advice and regulatory meetings',
        'Patient input to HTA scoping (PICO)',
        'Outcomes patients and carers value in the value assessment',
      ]);
      await feeds.getByRole('button', { name: 'Patient input to HTA scoping (PICO)' }).focus();
      await page.keyboard.press('Enter');
      await headingOfDetail(page).filter({ hasText: 'Patient input to HTA scoping (PICO)' }).waitFor();
      await detail(page).getByRole('list', { name: 'Patient input to HTA scoping (PICO) uses data from' }).waitFor();
      await expectNoAxeViolations(page, 'the list view with a linked point open');

      // Leave it out: focus lands on "Put back", which is announced with the point's title.
      await pressButton(page, 'Leave this point out of the plan');
      await detail(page).waitFor({ state: 'detached' });
      await page.getByText('“Patient input to HTA scoping (PICO)” is left out of the plan.').waitFor();
      await expect.poll(() => focused(page).then((f) => f?.text)).toBe('Put back Patient input to HTA scoping (PICO)');
      await expectNoAxeViolations(page, 'the plan screen after leaving a point out');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page).then((f) => f?.text)).toBe('Patient input to HTA scoping (PICO)');

      // Download PDF from the keyboard: focus stays on the button while the PDF is made and after.
      await openTool(page, 'Export');
      await page.getByRole('button', { name: 'Download PDF' }).focus();
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.keyboard.press('Enter');
      await (await downloading).path();
      await page.getByText(/^Downloaded .+\.pdf \(\d+ KB\)\.$/).waitFor({ timeout: 60_000 });
      const after = await focused(page);
      expect(after?.text).toBe('Download PDF');
      expect(after?.disabled).toBe(false);
    } finally {
      await app.close();
    }
  });
});
