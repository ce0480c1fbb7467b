/**
 * `npm run plan -- <answers.json|plan.json> [--json]`
 * Prints the plan the app would build: points with priority, scores and reasons, then the summary with
 * the cost, currency, hours and the budget check. answers.json maps question ids to answers, as a plan
 * file's `answers` does. With --json the last line is one JSON object:
 * `{ points: [{ id, phase, title, priority }], summary: { essential, cost: { amount, currency }, budgetFits } }`.
 */
import { readFileSync } from 'node:fs';
import { loadContentDir } from './readContentDir';
import { buildPlan } from '../domain/engine/buildPlan';
import { restoreDocument } from '../domain/document/migrations';
import { checkAnswers } from '../domain/content/integrity';
import { isNotSure, type Answers } from '../domain/answers';
import type { PlanEdits, PlanSettings } from '../domain/document/types';
import { formatMoney, formatRate, PRIORITY_LABEL } from '../domain/plan/labels';
import type { Plan } from '../domain/plan/types';
import type { Content } from '../domain/content/schema';

const USAGE = 'Usage: npm run plan -- <answers.json|plan.json> [--json]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A plan file (it has a schema version) or a bare answers object. */
function readInput(file: string, json: unknown): { answers: Answers; settings?: PlanSettings; edits?: PlanEdits } {
  if (!isRecord(json)) fail(`${file}: expected a JSON object of question id → answer, or a saved plan.`);
  if ('schemaVersion' in json) {
    const restored = restoreDocument(json);
    if (!restored.ok) fail(`${file} is not a valid saved plan: ${restored.error}`);
    return { answers: restored.document.answers, settings: restored.document.settings, edits: restored.document.edits };
  }
  for (const [id, value] of Object.entries(json)) {
    const ok =
      typeof value === 'string' ||
      typeof value === 'number' ||
      (Array.isArray(value) && value.every((v) => typeof v === 'string')) ||
      isNotSure(value as Answers[string]);
    if (!ok)
      fail(`${file}: the answer to "${id}" must be a string, a list of strings, a number or { "notSure": true }.`);
  }
  return { answers: json as Answers };
}

function validate(file: string, answers: Answers, content: Content): void {
  const plain: Record<string, string | string[] | number> = {};
  for (const [id, value] of Object.entries(answers)) if (!isNotSure(value)) plain[id] = value;
  // "Not sure" needs no option check, but its question must exist.
  for (const id of Object.keys(answers))
    if (isNotSure(answers[id]) && !content.questions.some((q) => q.id === id)) plain[id] = '';
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const errors = checkAnswers(plain, questions, file);
  if (errors.length) fail(`${file} has answers the questionnaire does not know:\n  ${errors.join('\n  ')}`);
}

function print(plan: Plan, content: Content): void {
  const money = (n: number) => formatMoney(n, plan.summary.cost.currency);
  for (const p of plan.phases) {
    console.log(`\n${p.phase.order}. ${p.phase.name}`);
    for (const item of p.items) {
      const s = item.score;
      const scores = s ? ` · benefit ${s.benefit} · investment ${s.investment} · ${s.quadrant}` : '';
      console.log(`  [${PRIORITY_LABEL[item.priority]}] ${item.title} (${item.id})${scores}`);
      for (const r of item.reasons)
        console.log(`      why: ${r.text}${r.answers.length ? ` (${r.answers.join('; ')})` : ''}`);
      if (s) {
        console.log(`      benefit: ${s.benefitParts.map((x) => `${x.label} +${x.points}`).join(', ')}`);
        console.log(`      investment: ${s.investmentParts.map((x) => `${x.label} +${x.points}`).join(', ')}`);
      }
    }
  }
  for (const b of plan.beyondTimeline) console.log(`\nBeyond your timeline: ${b.name} (${b.points} points)`);
  const s = plan.summary;
  console.log('\nSummary');
  console.log(
    `  ${s.points} points: ${s.byPriority.essential} essential (cap ${s.essentialCap}), ${s.byPriority.recommended} recommended, ${s.byPriority.optional} optional`,
  );
  console.log(`  ${s.patientHours} patient-partner hours; ${s.participants} research participants (counted apart)`);
  const region = content.regions.find((r) => r.id === s.cost.basis.region)?.name ?? s.cost.basis.region;
  console.log(
    `  Estimate: ${money(s.cost.total)} (${s.cost.currency}, rates for ${region}: ${formatRate(s.cost.rate, s.cost.currency)} an hour)`,
  );
  for (const l of s.cost.lines) console.log(`    ${l.label}: ${money(l.amount)} (${l.basis})`);
  console.log(`  Rate source: ${s.cost.basis.source}`);
  console.log(`  Budget: ${s.budget.message}`);
  for (const step of s.budget.lean?.steps ?? []) console.log(`    - ${step.text} Saves ${money(step.saving)}.`);
}

function main(argv: string[]): void {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  for (const f of flags) if (!['--json', '--help'].includes(f)) fail(`Unknown option ${f}.\n${USAGE}`);
  if (flags.has('--help')) {
    console.log(USAGE);
    return;
  }
  const [file, extra] = argv.filter((a) => !a.startsWith('--'));
  if (!file || extra) fail(USAGE);
  const loaded = loadContentDir();
  if (!loaded.ok)
    fail(
      `The knowledge base in content/ is invalid; run npm run content:check.\n  ${loaded.errors.slice(0, 10).join('\n  ')}`,
    );
  const content = loaded.content;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`Could not read ${file}: ${(error as Error).message}`);
  }
  const input = readInput(file, json);
  validate(file, input.answers, content);
  const plan = buildPlan(content, input);
  print(plan, content);
  if (flags.has('--json'))
    console.log(
      JSON.stringify({
        points: plan.phases.flatMap((p) =>
          p.items.map((i) => ({ id: i.id, phase: i.phaseId, title: i.title, priority: i.priority })),
        ),
        summary: {
          points: plan.summary.points,
          essential: plan.summary.byPriority.essential,
          patientHours: plan.summary.patientHours,
          participants: plan.summary.participants,
          cost: { amount: plan.summary.cost.total, currency: plan.summary.cost.currency },
          budgetFits: plan.summary.budget.fits,
          lean: plan.summary.budget.lean
            ? { amount: plan.summary.budget.lean.total, fits: plan.summary.budget.lean.fits }
            : null,
        },
      }),
    );
}

main(process.argv.slice(2));
