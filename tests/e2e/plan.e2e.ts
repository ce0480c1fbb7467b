/**
 * Journey: open an example plan, explore the phase map (mouse and keyboard), filter to where
 * patients contribute, edit a point and see the edit survive a reload, leave a point out, and
 * check that the list view shows exactly the points the map shows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focused, useBrowser, openApp, saveDownload, tabTo, tempDir, url } from './helpers';
import { openTool } from './plan.helpers';

const EXAMPLE = 'Rare childhood muscle disease, early trials';
const PATIENT_FILTER = 'Where patients, carers and patient organisations contribute';
/** Names of the patient-side stakeholders (content/stakeholders.yaml, group: patient-side). */
const PATIENT_SIDE = [
  'Patients',
  'Carers and family members',
  'Patient organisations',
  'Trained patient experts',
  'Children and young people',
  'Communities and underserved groups',
  'Members of the public',
];
const PROFESSIONAL_POINT = 'Brief trial site staff on the visit schedule';

const nodes = (page: Page) => page.locator('.react-flow__node-point');
const mapTitles = (page: Page) => page.locator('.react-flow__node-point .map-node-title').allTextContents();
const listTitles = (page: Page) => page.locator('.plan-list-view .point-card .point-title').allTextContents();
const detail = (page: Page) => page.locator('aside.detail');

async function shown(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.locator('.filters p[aria-live]').textContent()) ?? '';
  const m = /^Showing (\d+) of (\d+) engagement points\.$/.exec(text);
  if (!m) throw new Error(`Unexpected count text: “${text}”`);
  return { shown: Number(m[1]), total: Number(m[2]) };
}

async function showMap(page: Page) {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await nodes(page).first().waitFor();
}
async function showList(page: Page) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
}

/** Opens a node's details by clicking it and waits for the panel with its title. */
async function openNode(page: Page, title: string) {
  await nodes(page)
    .filter({ has: page.locator('.map-node-title', { hasText: title }) })
    .first()
    .click();
  await detail(page).getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

describe('the plan screen', () => {
  const browser = useBrowser();

  it('shows the example plan as a map, opens points, saves edits, leaves a point out and filters map and list alike', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const files = tempDir('pep-e2e-plan-');
    try {
      await page.getByRole('button', { name: EXAMPLE }).click();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      const planUrl = page.url();

      // ── The map renders one node per point shown.
      await nodes(page).first().waitFor();
      const start = await shown(page);
      expect(start.shown).toBe(start.total);
      expect(start.total).toBeGreaterThan(5);
      expect(await nodes(page).count()).toBe(start.shown);
      const titles = await mapTitles(page);

      // ── Click a node: the detail panel explains why it is there and cites its sources.
      const first = titles[0]!;
      await openNode(page, first);
      await expect.poll(() => focused(page).then((f) => f?.text)).toBe(first);
      const panel = detail(page);
      await panel.getByRole('heading', { level: 3, name: 'Why this is in your plan' }).waitFor();
      expect(await panel.locator('h3:text-is("Why this is in your plan") + ul > li').count()).toBeGreaterThan(0);
      await panel.getByRole('heading', { level: 3, name: 'Sources' }).waitFor();
      const sources = await panel
        .locator('ul.references a')
        .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.href).toMatch(/^https?:\/\//);
        expect(s.text.trim()).not.toBe('');
      }
      await expectNoAxeViolations(page, 'the plan screen (map view, details open)');
      await panel.getByRole('button', { name: /^Close/ }).click();
      await panel.waitFor({ state: 'detached' });

      // ── Keyboard: Tab from the view switch to a map node, Enter opens its details.
      await page.getByRole('button', { name: 'List', exact: true }).focus();
      const node = await tabTo(page, (f) => f.className.includes('react-flow__node-point'), 'a map node');
      const nodeTitle = await page.evaluate(
        () => document.activeElement?.querySelector('.map-node-title')?.textContent ?? '',
      );
      expect(titles).toContain(nodeTitle);
      expect(node.tag).toBe('div');
      await page.keyboard.press('Enter');
      await panel.getByRole('heading', { level: 2, name: nodeTitle, exact: true }).waitFor();
      await expect.poll(() => focused(page).then((f) => f?.text)).toBe(nodeTitle);
      await panel.getByRole('heading', { level: 3, name: 'Why this is in your plan' }).waitFor();
      await panel.getByRole('heading', { level: 3, name: 'Sources' }).waitFor();
      await panel.getByRole('button', { name: /^Close/ }).click();

      // ── Edit a point: owner, status, notes; the edit survives a reload.
      const edited = titles[1]!;
      await openNode(page, edited);
      await panel.getByLabel('Owner').fill('Dr Ada Example');
      await panel.getByLabel('Status').selectOption({ label: 'In progress' });
      await panel.getByLabel('Notes').fill('Book the family advisory group for March.');
      await panel.getByRole('button', { name: 'Save changes' }).click();
      await panel.getByText('Saved.', { exact: true }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
      expect(page.url()).toBe(planUrl);
      await nodes(page).first().waitFor();
      await openNode(page, edited);
      expect(await panel.getByLabel('Owner').inputValue()).toBe('Dr Ada Example');
      expect(await panel.getByLabel('Status').locator('option:checked').textContent()).toBe('In progress');
      expect(await panel.getByLabel('Notes').inputValue()).toBe('Book the family advisory group for March.');

      // ── Leave a point out, with a reason: it leaves the map and shows under "Left out by your team".
      const dropped = titles[2]!;
      await openNode(page, dropped);
      await panel.getByLabel('Reason for leaving this point out').fill('Covered by the partner charity’s own work.');
      await panel.getByRole('button', { name: 'Leave this point out of the plan' }).click();
      await panel.waitFor({ state: 'detached' });
      await expect.poll(() => shown(page)).toEqual({ shown: start.total - 1, total: start.total - 1 });
      expect(await mapTitles(page)).not.toContain(dropped);

      await showList(page);
      const leftOut = page.locator('details.excluded').filter({ hasText: dropped });
      expect(await leftOut.locator('summary').textContent()).toBe('Left out by your team (1)');
      await leftOut.locator('summary').click();
      await leftOut.getByText('Covered by the partner charity’s own work.').waitFor();
      expect(await listTitles(page)).not.toContain(dropped);
      // The list also shows the saved owner.
      const card = page.locator('.point-card').filter({ has: page.getByRole('button', { name: edited, exact: true }) });
      await card.getByText('Owner: Dr Ada Example').waitFor();
      await expectNoAxeViolations(page, 'the plan screen (list view)');

      // ── Every built-in point involves someone on the patient side, so to see the patient filter work
      // the plan gets a professional-only point: export the plan file, add the point, import it.
      await openTool(page, 'Export');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download plan file' }).click();
      const exported = JSON.parse((await saveDownload(await downloading, files.dir)).text);
      const phaseId = await page.locator('.plan-list-view section.phase-section h3').first().getAttribute('id');
      exported.edits.custom.push({
        id: 'custom-site-briefing',
        phase: phaseId!.replace(/^phase-/, ''),
        title: PROFESSIONAL_POINT,
        description: 'Walk site staff through the visit schedule the families helped design.',
        who: ['site-staff', 'clinicians'],
        level: 'inform',
      });
      await page.goto(url('#/'));
      await page.locator('#import-file').setInputFiles({
        name: 'plan-with-professional-point.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
      await page.getByText(`Imported “${EXAMPLE} (imported)” as a new plan.`).waitFor();
      await page.getByRole('link', { name: `${EXAMPLE} (imported)` }).click();
      await page.getByRole('heading', { level: 1, name: `${EXAMPLE} (imported)` }).waitFor();
      await showMap(page);

      const all = await shown(page);
      expect(all).toEqual({ shown: start.total, total: start.total });
      expect(await mapTitles(page)).toContain(PROFESSIONAL_POINT);

      // ── Patient filter on: the count drops, and map and list show only (and the same) matching points.
      await openTool(page, 'Filters');
      const filter = page.getByRole('button', { name: PATIENT_FILTER });
      expect(await filter.getAttribute('aria-pressed')).toBe('false');
      await filter.click();
      await expect.poll(() => filter.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => shown(page)).toEqual({ shown: all.total - 1, total: all.total });
      // A pressed toggle under the mouse must keep its contrast (it once lost it to the hover style).
      await expectNoAxeViolations(page, 'the pressed filter button under the mouse', {
        include: '.filters .filter-row',
        keepMouse: true,
      });
      await expect.poll(() => nodes(page).count()).toBe(all.total - 1);
      const filteredMap = await mapTitles(page);
      expect(filteredMap).not.toContain(PROFESSIONAL_POINT);
      for (const who of await page.locator('.react-flow__node-point .map-node-who').allTextContents())
        expect(
          PATIENT_SIDE.some((name) => who.includes(name)),
          `map node “who” includes a patient-side group: ${who}`,
        ).toBe(true);
      await expectNoAxeViolations(page, 'the plan screen (map view, filtered)');

      await showList(page);
      const filteredList = await listTitles(page);
      expect([...filteredList].sort()).toEqual([...filteredMap].sort());
      expect(filteredList.length).toBe(all.total - 1);
      for (const who of await page
        .locator('.plan-list-view .point-card p.muted')
        .filter({ hasText: /^Who: / })
        .allTextContents())
        expect(
          PATIENT_SIDE.some((name) => who.includes(name)),
          `list card “who” includes a patient-side group: ${who}`,
        ).toBe(true);

      // Filter off again: map and list agree on the full set too.
      await filter.click();
      await expect.poll(() => shown(page)).toEqual(all);
      const fullList = await listTitles(page);
      await showMap(page);
      expect([...(await mapTitles(page))].sort()).toEqual([...fullList].sort());
      expect(fullList).toContain(PROFESSIONAL_POINT);

      // ── Glossary.
      await page.getByRole('link', { name: 'Glossary' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      expect(await page.locator('.glossary-list dt').count()).toBeGreaterThan(10);
      await expectNoAxeViolations(page, 'the glossary screen');
    } finally {
      files.remove();
      await app.close();
    }
  });
});
