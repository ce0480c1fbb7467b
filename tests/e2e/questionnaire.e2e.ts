/**
 * Journey: a keyboard-only user creates a plan, answers the core questions (with branches, Skip, Back
 * and a reload halfway), then from the review every question that refines the plan ("Not sure",
 * more branches), changes one answer and makes the plan.
 * No mouse: every action is Tab / Shift+Tab, arrows, Space, Enter or typing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  answerByKeyboard,
  currentQuestionId,
  expectNoAxeViolations,
  expectQuestionFocused,
  focused,
  useBrowser,
  openApp,
  pressButton,
  tabTo,
  type KeyboardAnswer,
} from './helpers';
import { savedPlans } from './tabs.helpers';

const PLAN_NAME = 'Keyboard journey plan';

/** The core questions (on the way to a first plan) → answer, in the order they should appear. */
const CORE: [string, KeyboardAnswer | 'skip'][] = [
  ['planner-type', { choose: 'A university or academic research team' }],
  ['funder', 'skip'],
  ['programme-summary', { type: 'A trial of a new medicine for a rare muscle disease in children.' }],
  ['product-type', { choose: 'A medicine' }],
  ['study-type', 'skip'],
  ['therapeutic-area', { choose: 'Brain and nerves' }],
  ['rare-disease', { choose: 'Yes' }],
  ['populations', { tick: ['Children (under 12)', 'Family members or carers who give care'] }],
  ['development-stage', { choose: 'Early trials in people' }],
  ['regions', { tick: ['European Union', 'United Kingdom'] }],
  // Branch: an EU medicine asks for its EU filing date on the core path.
  ['eu-filing-date', 'skip'],
  [
    'ped-purposes',
    {
      tick: ['Choose outcomes and endpoints that matter to patients', 'Make the trial protocol workable for patients'],
    },
  ],
  ['existing-evidence', 'skip'],
  ['budget', { choose: 'Substantial' }],
  ['timeline', { choose: '1 to 3 years' }],
];

/** The questions that refine the plan, opened from the review, in the order they should appear. */
const REFINE: [string, KeyboardAnswer | 'skip'][] = [
  ['therapeutic-area-detail', 'skip'],
  ['product-designations', 'skip'],
  // Branch: rare disease = yes adds these three.
  ['patient-org-exists', { notSure: true }],
  ['registry-status', { choose: 'Yes, one is running' }],
  ['natural-history-known', { choose: 'Very little is known' }],
  // Branch: children add assent, young persons' group, carers reporting and age bands.
  ['assent-plan', { choose: 'Materials co-designed and tested with young people' }],
  ['ypag-access', { choose: 'Yes, we have one or can reach one' }],
  ['obsro-need', { choose: 'For some' }],
  ['paediatric-age-bands', 'skip'],
  ['fih-population', 'skip'],
  ['languages', { tick: ['English'] }],
  ['ped-types', { notSure: true }],
  ['coa-status', { choose: 'We need to adapt existing measures' }],
  ['digital-measures', { choose: 'No' }],
  [
    'stakeholders',
    { tick: ['Patients', 'Carers and family members', 'Patient organisations', 'Children and young people'] },
  ],
  ['existing-partnerships', { choose: 'Yes, we have active partners' }],
  ['team-experience', { choose: '3' }],
  ['engagement-level', { choose: 'Collaborate' }],
  ['modes', { tick: ['A mix of both'] }],
  ['payment-policy', { choose: 'Yes, at a fair rate' }],
  ['accessibility-needs', { tick: ['Tiredness or pain that limits time'] }],
  ['phases-in-scope', { none: true }],
  ['key-milestone-date', { date: '2027-03-31' }],
];

/** Points these answers must bring (titles from content/points), each for a reason in the answers. */
const MUST_BRING = [
  // A medicine in early trials: consent and assent materials (essential in that phase).
  'Co-develop and user-test consent and assent materials',
  // Measures to adapt, and endpoints as a purpose: test outcome measures early.
  'Test outcome measures in early trials',
  // Shared decisions ("Collaborate") bring a patient onto the data monitoring committee (conditional point).
  'Patient member of the data monitoring committee',
  // Endpoints as a purpose.
  'Choose endpoints and meaningful change that matter to patients',
  // A medicine for children: their input to the paediatric development plan (PIP / iPSP).
  "Young people's input to the paediatric development plan",
  // Any product: agree before engagement starts how side effects heard in it are reported.
  'Agree how side effects heard during engagement are reported',
  // Passed phases are not silently lost: their points that still matter are caught up now (unmet need,
  // outcomes that matter, the outcome-measure strategy), and set-up work is kept whatever the scope
  // (the partnership; the natural-history study, since very little is known of a rare disease).
  'Understand life with the condition and what is missing',
  'Find the outcomes that matter to patients',
  'Choose or build the outcome measures (COA strategy)',
  "Set up the programme's patient partnership",
  'Co-design a registry or natural history study',
];
/** Points they must not bring. */
const MUST_NOT_BRING = [
  // A 1–3 year timeline reaches four phases from early trials (early trials to regulatory review,
  // content/scoring.yaml timelinePhases) plus results return: post-marketing is beyond it.
  'Co-design real-world evidence and registry studies',
  // A medicine, not a device.
  'Test usability and use-related risks of devices and digital tools',
  // Benefit–risk is not a purpose, and no underserved communities were named.
  'Run a patient preference study for benefit-risk',
  'Community advisory board for sites and communities',
];

/** Tab to Next (or "Review my answers" on the last question) and press Enter. */
async function next(page: Page) {
  await pressButton(page, /^(Next|Review my answers)$/);
}

async function checkedLabels(page: Page): Promise<string[]> {
  return page.$$eval('form.question fieldset .choice input:checked', (inputs) =>
    inputs.map((i) =>
      (document.querySelector(`label[for="${CSS.escape(i.id)}"]`)?.firstChild?.textContent ?? '').trim(),
    ),
  );
}

describe('questionnaire by keyboard only', () => {
  const browser = useBrowser();

  it('creates a plan, answers the core and then the refining questions with branches, survives a reload, reviews and makes the plan', async () => {
    const app = await openApp(browser());
    const { page } = app;
    try {
      // ── Home: the app puts focus on <main>; the first Tab reaches the plan name field.
      await page.getByRole('heading', { level: 1, name: 'Plan how patients shape your research' }).waitFor();
      await tabTo(page, (f) => f.id === 'plan-name', 'the plan name field');
      await page.keyboard.type(PLAN_NAME);
      await page.keyboard.press('Tab');
      expect((await focused(page))?.id).toBe('plan-org');
      await page.keyboard.type('Keyboard University');
      await page.keyboard.press('Enter');

      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/plan\/[^/]+\/questions$/);
      const questionsUrl = page.url();

      // ── First question: required; submitting without an answer shows an error announced as an alert.
      await expectQuestionFocused(page, 'planner-type');
      await expectNoAxeViolations(page, 'the question screen');
      await next(page);
      const alert = page.locator('form.question [role="alert"]');
      await expect.poll(() => alert.textContent()).toBe('Please answer this question to continue.');
      expect(await currentQuestionId(page)).toBe('planner-type');
      const invalid = await page.$$eval('form.question fieldset input', (inputs) =>
        inputs.every((i) => i.getAttribute('aria-invalid') === 'true'),
      );
      expect(invalid, 'options are marked aria-invalid').toBe(true);
      expect(await page.locator('form.question fieldset').getAttribute('aria-describedby')).toContain(
        'error-planner-type',
      );
      await expectNoAxeViolations(page, 'the question screen with an error');

      const visited: string[] = [];
      let reloaded = false;
      let wentBack = false;
      const answerAll = async (list: [string, KeyboardAnswer | 'skip'][]) => {
        for (const [id, answer] of list) {
          // After the error above, focus stays on the Next button; every later question gets focus on its heading.
          if (visited.length === 0) expect(await currentQuestionId(page)).toBe(id);
          else await expectQuestionFocused(page, id);
          visited.push(id);

          if (id === 'development-stage' && !reloaded) {
            // ── Reload halfway: back at the same question, earlier answers kept.
            reloaded = true;
            await page.reload();
            expect(page.url()).toBe(questionsUrl);
            await expectQuestionFocused(page, 'development-stage');
            await pressButton(page, /^Back$/);
            await expectQuestionFocused(page, 'populations');
            expect(await checkedLabels(page)).toEqual([
              'Children (under 12)',
              'Family members or carers who give care',
            ]);
            await next(page);
            await expectQuestionFocused(page, 'development-stage');
          }

          if (answer === 'skip') {
            await pressButton(page, 'Skip this question');
            continue;
          }
          await answerByKeyboard(page, answer);

          if ('notSure' in answer && id === 'patient-org-exists') {
            // "Not sure" explains the assumption we plan with.
            const assumption = page.locator('form.question .assumption[role="status"]');
            await assumption.waitFor();
            expect(await assumption.textContent()).toContain('We assume there is no group to lean on');
            // It says what we plan with, not "not sure (so we assumed: …)" (a bug this journey found).
            expect(await assumption.textContent()).toContain('We will assume: No, or none that is active.');
          }

          if (id === 'rare-disease' && !wentBack) {
            // ── Back once: the previous answer is still there; then forward again, keeping "Yes".
            wentBack = true;
            await pressButton(page, /^Back$/);
            await expectQuestionFocused(page, 'therapeutic-area');
            expect(await checkedLabels(page)).toEqual(['Brain and nerves (neurology)']);
            await next(page);
            await expectQuestionFocused(page, 'rare-disease');
            expect(await checkedLabels(page)).toEqual(['Yes']);
          }
          await next(page);
        }
      };

      // ── The core questions lead to a first plan: branches that refine it are not asked yet.
      await answerAll(CORE);
      expect(reloaded && wentBack).toBe(true);
      for (const id of ['patient-org-exists', 'assent-plan', 'stakeholders', 'team-experience'])
        expect(visited).not.toContain(id);
      const reviewHeading = page.getByRole('heading', { level: 1, name: 'Check your answers' });
      await reviewHeading.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe('Check your answers');

      // ── Refine from the review: the remaining questions, with their own branches.
      await page.getByRole('heading', { level: 2, name: 'Refine your plan' }).waitFor();
      await pressButton(page, /^Answer the \d+ remaining questions$/);
      await answerAll(REFINE);

      // Branches: rare-disease and children questions appeared; device and HTA ones did not.
      for (const id of ['patient-org-exists', 'registry-status', 'natural-history-known', 'assent-plan', 'ypag-access'])
        expect(visited).toContain(id);
      for (const id of ['device-risk-class', 'human-factors-status', 'hta-bodies', 'hta-timing', 'ppi-interest'])
        expect(visited).not.toContain(id);

      // ── Review: focus on its heading, the answers in words (the refining ones behind "Or choose a question").
      await reviewHeading.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe('Check your answers');
      const row = (prompt: string) =>
        page.locator('.review-row').filter({ has: page.getByRole('term').filter({ hasText: prompt }) });
      expect(await row('Is it a rare disease?').locator('dd').first().textContent()).toBe('Yes');
      const openRefining = async () => {
        await tabTo(page, (f) => f.tag === 'summary' && f.text === 'Or choose a question', 'the refining questions');
        await page.keyboard.press('Enter');
        await page.locator('.refine details[open]').waitFor();
      };
      await openRefining();
      expect(await row('Is there a patient organisation for this condition?').locator('dd').first().textContent()).toBe(
        'not sure (so we assumed: No, or none that is active)',
      );
      expect(await row('Which condition, exactly? (optional)').locator('dd').first().textContent()).toBe(
        'Not answered',
      );
      expect(await row('How experienced is your team').locator('dd').first().textContent()).toBe('3 of 5');
      await expectNoAxeViolations(page, 'the review screen');

      // ── Change one answer from the review and come back to it.
      await pressButton(page, 'Change answer to “Team experience”');
      await expectQuestionFocused(page, 'team-experience');
      await answerByKeyboard(page, { choose: '4' });
      await pressButton(page, 'Back to review');
      await reviewHeading.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe('Check your answers');
      await openRefining();
      await expect.poll(() => row('How experienced is your team').locator('dd').first().textContent()).toBe('4 of 5');

      // ── Make the plan.
      await pressButton(page, 'Make my plan', { backwards: true });
      await page.getByRole('heading', { level: 1, name: PLAN_NAME }).waitFor();
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/plan\/[^/]+$/);
      // The new screen starts with focus on <main>.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The 1–3 year timeline reaches early trials to regulatory review, plus results return: 24 points
      // there (two of them, in MUST_BRING, for a children's medicine and any product), and 5 caught up or
      // set up from the passed phases (listed in MUST_BRING): 29 points.
      await expect
        .poll(() => page.locator('.filters p[aria-live]').textContent())
        .toBe('Showing 29 of 29 engagement points.');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Engagement points by phase' }).waitFor();
      const titles = await page.locator('.plan-list-view .point-card .point-title').allTextContents();
      expect(titles).toHaveLength(29);
      // Phases the purposes do not call for are named with the reason, not dropped silently: these
      // purposes (endpoints, a workable protocol) name neither HTA nor follow-up after approval.
      const leftOut = page.getByRole('region', { name: 'Left out because of the phases in scope' });
      await leftOut
        .getByText(/You did not name HTA and access among the purposes/)
        .first()
        .waitFor();
      await leftOut
        .getByText(/You did not name follow-up after approval among your purposes/)
        .first()
        .waitFor();
      for (const title of MUST_BRING) expect(titles, `the answers bring “${title}”`).toContain(title);
      for (const title of MUST_NOT_BRING) expect(titles, `the answers leave out “${title}”`).not.toContain(title);

      // The saved plan holds the answers (including the changed one) and is marked done.
      const savedDoc = async () => Object.values(await savedPlans(page)).find((d) => d.name === PLAN_NAME);
      await expect.poll(async () => (await savedDoc())?.position.stage).toBe('done');
      const doc = await savedDoc();
      expect(doc?.answers['team-experience']).toBe(4);
      expect(doc?.answers['populations']).toEqual(['children', 'carers']);
      expect(doc?.answers['key-milestone-date']).toBe('2027-03-31');
      expect(doc?.answers['therapeutic-area-detail']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
