/**
 * Legal duties apply only within their scope (findings of the independent regulatory review).
 *
 * 1. The EU Clinical Trials Regulation (EU) No 536/2014 covers clinical trials, not
 *    non-interventional studies (its article 1). The amended UK clinical trials regulations (SI
 *    2025/538) cover trials of investigational medicinal products, and MDR article 77(5) covers
 *    device clinical investigations. An observational study, a registry or a safety study after
 *    approval that only observes usual care is none of these: its plain summary of results is good
 *    practice, not a duty. An unanswered study type keeps the trial plan.
 * 2. The 21st Century Cures Act statement of the patient experience data FDA reviewed (FD&C Act
 *    section 569C(b)) covers drug and biologic applications only, not devices.
 * 3. FDA Patient Representatives vote on drug and biologic advisory committees, but sit on device
 *    panels without a vote (FDA, FAQs about the FDA Patient Representative Program).
 *
 * What is checked is what a user reads on the point: its priority, its legal duty, its reasons and
 * the "why it matters" text with the notes that apply. Expected words are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { Answers } from '../../src/domain/answers';
import type { PlanItem } from '../../src/domain/plan/types';
import { lintVocabulary } from '../../src/domain/content/vocabularyLint';
import { realContent } from './realContent';

const content = realContent();

const medicine: Answers = {
  'planner-type': 'industry',
  'product-type': 'medicine',
  'therapeutic-area': 'respiratory',
  'rare-disease': 'no',
  populations: ['none'],
  'development-stage': 'confirmatory',
};
const device: Answers = { ...medicine, 'product-type': 'device' };
// Only the phase under test, so the cap on essentials never decides a priority here.
const dissemination: Answers = { 'phases-in-scope': ['dissemination'] };
const regulatory: Answers = { 'phases-in-scope': ['regulatory'] };

function point(answers: Answers, id: string): PlanItem {
  const plan = buildPlan(content, { answers });
  const item = plan.phases.flatMap((p) => p.items).find((i) => i.id === id);
  expect(item, `${id} is in the plan`).toBeDefined();
  return item!;
}

/** What the detail panel shows: priority, the legal duty, the reasons and the "why it matters" text. */
function read(answers: Answers, id: string) {
  const item = point(answers, id);
  return {
    priority: item.priority,
    duty: item.duty,
    reasons: item.reasons.map((r) => r.text).join(' '),
    why: item.point?.whyItMatters ?? '',
    references: item.references,
  };
}

const CTR_NOTE = 'The EU Clinical Trials Regulation 536/2014 (Article 37 and Annex V) requires a summary of results';
const UK_NOTE = 'the amended UK clinical trials regulations require a summary of results';
const MDR_NOTE = 'Under the EU MDR (Article 77(5))';

describe('the EU lay summary duty covers trials, not observational studies', () => {
  const eu = { ...medicine, ...dissemination, regions: ['eu'] };

  it('an EU observational registry of a medicine has a recommended lay summary, as good practice, not a duty', () => {
    const lay = read({ ...eu, 'study-type': 'observational' }, 'diss-lay-summary');
    expect(lay.priority).toBe('recommended');
    expect(lay.duty).toBeUndefined();
    expect(lay.reasons).not.toMatch(/must be posted|Required by law|EU rules for medicine trials/);
    expect(lay.reasons).toContain('no clinical trial law asks for a lay summary of its results');
    expect(lay.reasons).toContain('good practice');
    expect(lay.why).not.toContain('Clinical Trials Regulation');
    expect(lay.why).not.toContain('Good Lay Summary Practice');
    expect(lay.references).not.toContain('eu-ctr-536');
  });

  it('an EU safety study after approval is not taken for a trial, and the plan says what would make it one', () => {
    const lay = read({ ...eu, 'study-type': 'pass', 'development-stage': 'marketed' }, 'diss-lay-summary');
    expect(lay.priority).toBe('recommended');
    expect(lay.duty).toBeUndefined();
    expect(lay.reasons).not.toMatch(/must be posted|Required by law/);
    expect(lay.reasons).toContain('good practice');
    expect(lay.reasons).toContain('If your study assigns the treatment, it is a clinical trial');
    expect(lay.why).not.toContain('Clinical Trials Regulation');
  });

  it('an EU randomised trial of a medicine keeps the legal duty, due within a year', () => {
    const lay = read({ ...eu, 'study-type': 'randomised-trial' }, 'diss-lay-summary');
    expect(lay.priority).toBe('essential');
    expect(lay.duty).toMatch(/within a year of the end of the trial$/);
    expect(lay.reasons).toContain('Required by law: the EU Clinical Trials Regulation (article 37 and annex V)');
    expect(lay.why).toContain(CTR_NOTE);
    expect(lay.references).toContain('eu-ctr-536');
  });

  it('an unanswered study type keeps the trial plan: a medicine programme will run trials', () => {
    const lay = read(eu, 'diss-lay-summary');
    expect(lay.priority).toBe('essential');
    expect(lay.duty).toMatch(/within a year of the end of the trial$/);
    expect(lay.why).toContain(CTR_NOTE);
  });

  it('a grant application is not held to the duty yet, but hears what the Regulation asks of a trial', () => {
    const lay = read({ ...eu, 'study-type': 'grant-application' }, 'diss-lay-summary');
    expect(lay.duty).toBeUndefined();
    expect(lay.reasons).not.toMatch(/must be posted|Required by law/);
    expect(lay.why).toContain(CTR_NOTE);
  });

  it('the consent information rules of the Regulation reach only trials', () => {
    const children = { ...medicine, regions: ['eu'], populations: ['children'], 'phases-in-scope': ['early-clinical'] };
    const rule = 'The EU Clinical Trials Regulation requires information that is comprehensive';
    expect(read({ ...children, 'study-type': 'observational' }, 'ec-consent-materials').why).not.toContain(rule);
    expect(read({ ...children, 'study-type': 'randomised-trial' }, 'ec-consent-materials').why).toContain(rule);
  });
});

describe('a lay summary is not called required where no law requires it', () => {
  it('sharing results with communities, in an observational study and in a US device study', () => {
    const community = (answers: Answers) => read({ ...answers, ...dissemination }, 'diss-community').why;
    for (const answers of [
      { ...medicine, regions: ['eu'], 'study-type': 'observational' },
      { ...device, regions: ['us'], 'study-type': 'randomised-trial' },
    ])
      expect(community(answers)).not.toContain('required lay summary');
  });
});

describe('the UK results summary duty covers trials of medicines', () => {
  const uk = { ...medicine, ...dissemination, regions: ['uk'] };

  it('a UK observational study of a medicine is not told the trial regulations require a summary', () => {
    const lay = read({ ...uk, 'study-type': 'observational' }, 'diss-lay-summary');
    expect(lay.why).not.toContain(UK_NOTE);
    expect(lay.priority).toBe('recommended');
    expect(lay.reasons).toContain('good practice');
  });

  it('a UK randomised trial of a medicine is', () => {
    const lay = read({ ...uk, 'study-type': 'randomised-trial' }, 'diss-lay-summary');
    expect(lay.why).toContain(UK_NOTE);
  });
});

describe('the MDR clinical investigation summary covers clinical investigations', () => {
  const eu = { ...device, ...dissemination, regions: ['eu'] };

  it('an EU observational study of a device has no MDR article 77(5) duty or note', () => {
    const lay = read({ ...eu, 'study-type': 'observational' }, 'diss-lay-summary');
    expect(lay.duty).toBeUndefined();
    expect(lay.priority).toBe('recommended');
    expect(lay.why).not.toContain(MDR_NOTE);
    expect(lay.reasons).toContain('good practice');
  });

  it('an EU single-arm investigation of a device keeps both', () => {
    const lay = read({ ...eu, 'study-type': 'single-arm' }, 'diss-lay-summary');
    expect(lay.priority).toBe('essential');
    expect(lay.duty).toContain('the EU Medical Device Regulation (article 77(5))');
    expect(lay.why).toContain(MDR_NOTE);
  });

  it('an unanswered study type of a device keeps both', () => {
    const lay = read(eu, 'diss-lay-summary');
    expect(lay.duty).toContain('the EU Medical Device Regulation (article 77(5))');
    expect(lay.why).toContain(MDR_NOTE);
  });
});

/**
 * Texts outside this change's files that still name a trial law in a non-interventional plan. Each
 * is a known gap reported to their owner; the test fails as soon as one is fixed, so the list cannot
 * go stale (remove the line then).
 */
const KNOWN_OUT_OF_SCOPE: string[] = [];

describe('no text of a non-interventional plan uses trial-law words', () => {
  it('EU and UK observational and safety studies of medicines and devices', () => {
    const programmes = ['medicine', 'device'].flatMap((product) =>
      ['observational', 'pass'].flatMap((study) =>
        ['eu', 'uk'].map((region) => ({
          label: `${product} ${study} ${region}`,
          answers: {
            ...medicine,
            'product-type': product,
            'study-type': study,
            regions: [region],
            'development-stage': study === 'pass' ? 'marketed' : 'confirmatory',
          },
        })),
      ),
    );
    expect(lintVocabulary(content, programmes)).toEqual(KNOWN_OUT_OF_SCOPE);
  });
});

describe('the Cures Act statement of patient experience data covers medicines, not devices', () => {
  const us = { ...regulatory, regions: ['us'], 'us-filing-date': '2028-06-01' };
  const CURES_NOTE = 'section 3001 of the 21st Century Cures Act requires FDA to state which patient experience data';

  it('a US medicine with a filing date is told FDA states which patient experience data it reviewed', () => {
    const ped = read({ ...medicine, ...us }, 'reg-ped-package');
    expect(ped.reasons).toContain('(the FDA states which it reviewed, under the 21st Century Cures Act)');
    expect(ped.why).toContain(CURES_NOTE);
  });

  it("a US device with a filing date is not, and hears of FDA's guidance on patient preference information", () => {
    const ped = read({ ...device, ...us }, 'reg-ped-package');
    expect(ped.reasons).not.toContain('Cures Act');
    expect(ped.why).not.toContain('Cures Act');
    expect(ped.reasons).toContain("FDA's 2026 guidance on patient preference information");
    expect(ped.why).toContain('For a device, no law makes FDA list the patient experience data it reviewed');
    expect(ped.references).not.toContain('cures-act');
    expect(ped.references).toContain('fda-ppi-tplc-2026');
  });
});

describe('FDA Patient Representatives vote on drug committees, not on device panels', () => {
  const us = { ...regulatory, regions: ['us'], 'us-filing-date': '2028-06-01' };

  it('a medicine: temporary voting members', () => {
    const why = read({ ...medicine, ...us }, 'reg-testimony').why;
    expect(why).toContain(
      'On committees that review medicines, trained FDA Patient Representatives can sit as temporary voting members.',
    );
    expect(why).not.toContain('without a vote');
  });

  it('a device: temporary members without a vote', () => {
    const why = read({ ...device, ...us, 'device-us-pathway': 'pma' }, 'reg-testimony').why;
    expect(why).toContain(
      'On a device panel, a trained FDA Patient Representative can sit as a temporary member, without a vote.',
    );
    expect(why).not.toContain('voting member');
  });
});
