/** `npm run content:check`: validates content/ and prints its counts as one JSON line. */
import { loadContentDir } from './readContentDir';
import { plainTexts } from '../domain/content/plainTexts';
import { fleschKincaidGrade } from '../domain/text/readability';
import { SECTIONS } from '../domain/content/schema';
import { lintVocabulary } from '../domain/content/integrity';
import { namedDocumentsWithoutReference, supersededCitedAsCurrent } from '../domain/content/referenceChecks';
import {
  referencesOutOfContext,
  regionBoundWithoutAppliesTo,
  textsNamingSourcesOutOfContext,
} from '../domain/content/sourceLint';

const MIN = {
  phases: 10,
  engagementPoints: 65,
  methods: 32,
  stakeholders: 12,
  pedTypes: 12,
  references: 110,
  glossary: 150,
  questions: 30,
  rules: 40,
};
const GRADE_MEAN_MAX = 6;
const GRADE_MAX = 8;
/** A point's "why here" is read by the team, so it may read a little above the partners' plain text. */
const WHY_GRADE_MAX = 10;

const result = loadContentDir();
if (!result.ok) {
  console.error(`Content check failed with ${result.errors.length} problem(s):`);
  for (const e of result.errors) console.error(`  ✗ ${e}`);
  process.exit(1);
}
const c = result.content;
const problems: string[] = [];
// Out-of-context words: "assent" in an adult-only plan, a package leaflet for a device, NICE outside the UK.
problems.push(...lintVocabulary(c));
// Sources from another context: an FDA guidance in a UK-only plan, a dementia paper where no adult
// may lack capacity. Every source the representative plans show must apply to their answers, and a
// source from a region-bound issuer (FDA, EMA, NICE …) must say where it applies.
const regionBound = regionBoundWithoutAppliesTo(c);
const outOfContext = referencesOutOfContext(c);
// A text that names such a source ("FDA PFDD guidance 1 asks …") is out of context with it.
const namingOutOfContext = textsNamingSourcesOutOfContext(c);
problems.push(...regionBound, ...outOfContext, ...namingOutOfContext);

// Every named document (ICH E6(R3), Regulation (EU) 2021/2282, IEC 62366-1 …) is traceable to a reference.
const unnamed = namedDocumentsWithoutReference(c);
problems.push(...unnamed);

const grades = plainTexts(c).map((t) => ({ ...t, grade: fleschKincaidGrade(t.text) }));
for (const g of grades)
  if (g.grade > GRADE_MAX)
    problems.push(`${g.where}: plain text reads at grade ${g.grade.toFixed(1)} (max ${GRADE_MAX})`);
const mean = grades.reduce((n, g) => n + g.grade, 0) / Math.max(1, grades.length);
const max = Math.max(...grades.map((g) => g.grade));
if (mean > GRADE_MEAN_MAX) problems.push(`plain text averages grade ${mean.toFixed(2)} (max ${GRADE_MEAN_MAX})`);
// Each point's "why here" stays short and plain; a placeholder reads as one short word.
for (const p of c.points)
  for (const [i, l] of p.whyHere.entries()) {
    const grade = fleschKincaidGrade(l.text.replace(/\{[a-z]+\}/g, 'it'));
    if (grade > WHY_GRADE_MAX)
      problems.push(`point "${p.id}" whyHere.${i}: reads at grade ${grade.toFixed(1)} (max ${WHY_GRADE_MAX})`);
  }

const questionsBySection = Object.fromEntries(
  SECTIONS.map((s) => [s, c.questions.filter((q) => q.section === s).length]),
);
const counts = {
  contentVersion: c.meta.version,
  phases: c.phases.length,
  engagementPoints: c.points.length,
  methods: c.methods.length,
  stakeholders: c.stakeholders.length,
  pedTypes: c.pedTypes.length,
  references: c.references.length,
  referencesByStatus: Object.fromEntries(
    (['final', 'draft', 'superseded'] as const).map((s) => [s, c.references.filter((r) => r.status === s).length]),
  ),
  papersWithDoi: c.references.filter((r) => r.kind === 'paper' && r.doi).length,
  namedDocumentsWithoutReference: unnamed.length,
  supersededCitedAsCurrent: supersededCitedAsCurrent(c).length,
  referencesOutOfContext: outOfContext.length,
  textsNamingSourcesOutOfContext: namingOutOfContext.length,
  regionBoundWithoutAppliesTo: regionBound.length,
  glossary: c.glossary.length,
  considerations: c.considerations.length,
  questions: c.questions.length,
  questionsBySection,
  rules: c.rules.length,
  plainGradeMean: Math.round(mean * 100) / 100,
  plainGradeMax: Math.round(max * 100) / 100,
};
for (const [key, min] of Object.entries(MIN)) {
  const n = counts[key as keyof typeof MIN];
  if (n < min) problems.push(`${key}: ${n}, at least ${min} needed`);
}
for (const s of SECTIONS) if (!questionsBySection[s]) problems.push(`section "${s}" has no questions`);

if (problems.length) {
  console.error(`Content check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ✗ ${p}`);
}
console.log(JSON.stringify(counts));
process.exit(problems.length ? 1 : 0);
