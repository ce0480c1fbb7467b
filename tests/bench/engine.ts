/** The plan engine's speed on the largest plan the content can produce. */
import type { Answers } from '../../src/domain/answers';
import { optionIds } from '../../src/domain/content/options';
import type { Content } from '../../src/domain/content/schema';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { summarise } from './stats';

export interface Scenario {
  label: string;
  /** The example's id, when the scenario is an example as shipped. */
  exampleId?: string;
  /** The example's name: the button on the home screen. */
  exampleName?: string;
  answers: Answers;
  points: number;
}

const count = (content: Content, answers: Answers): number =>
  buildPlan(content, { answers }).phases.reduce((n, p) => n + p.items.length, 0);

/** Every example as shipped, largest plan first. */
export function exampleScenarios(content: Content): Scenario[] {
  return content.examples
    .map((x) => ({
      label: `example ${x.id}`,
      exampleId: x.id,
      exampleName: x.name,
      answers: { ...x.answers },
      points: count(content, x.answers),
    }))
    .sort((a, b) => b.points - a.points);
}

/**
 * The widest answers: the largest example's answers with every multiple-choice question answered with all its
 * options (every phase, population, purpose, PED type, region…), every yes/no "yes", and the earliest stage.
 */
export function maximalScenario(content: Content, base: Answers): Scenario {
  const answers: Answers = { ...base };
  for (const q of content.questions) {
    const options = optionIds(q);
    if (q.type === 'multi' && options.length > 0) answers[q.id] = [...options];
    if (q.type === 'yesno' && options.length > 0) answers[q.id] = options.includes('yes') ? 'yes' : options[0]!;
  }
  const stage = content.questions.find((q) => q.id === 'development-stage');
  if (stage && optionIds(stage).includes('idea')) answers['development-stage'] = 'idea';
  return { label: 'every option chosen', answers, points: count(content, answers) };
}

export interface EngineResult {
  scenario: Scenario;
  runs: number;
  median: number;
  p95: number;
  max: number;
}

export function benchEngine(
  build: typeof buildPlan,
  content: Content,
  scenario: Scenario,
  runs = 2000,
  warmup = 300,
): EngineResult {
  const input = { answers: scenario.answers };
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += build(content, input).summary.points;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const plan = build(content, input);
    times.push(performance.now() - t0);
    sink += plan.summary.points;
  }
  if (sink <= 0) throw new Error('buildPlan produced empty plans');
  const s = summarise(times);
  return { scenario, runs, median: s.median, p95: s.p95, max: s.max };
}
