import type { Content, EngagementPoint, Fit, Method } from '../content/schema';
import type { Answers } from '../answers';
import type { RankedMethod } from '../plan/types';
import { Q } from './answerKeys';

const FIT_SCORE: Record<Fit, number> = { high: 3, medium: 2, low: 1 };
const RULE_BONUS = 2;

function list(answer: Answers[string] | undefined): string[] {
  return Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
}

/** How well a method suits these answers: budget, timeline, modes and population. */
export function methodAdjustments(method: Method, answers: Answers): { delta: number; note: string }[] {
  const out: { delta: number; note: string }[] = [];
  const budget = answers[Q.budget];
  if (budget === 'minimal' && method.cost === 'high') out.push({ delta: -2, note: 'costly for a minimal budget' });
  else if (budget === 'minimal' && method.cost === 'low')
    out.push({ delta: 1, note: 'low cost suits a minimal budget' });
  else if (budget === 'modest' && method.cost === 'high') out.push({ delta: -1, note: 'costly for a modest budget' });

  const timeline = answers[Q.timeline];
  if (timeline === 'under-6-months' && method.duration === 'year-plus')
    out.push({ delta: -2, note: 'takes over a year; the timeline is under 6 months' });
  else if (timeline === 'under-6-months' && method.duration === 'months')
    out.push({ delta: -1, note: 'takes months; the timeline is short' });
  else if (timeline === '6-to-12-months' && method.duration === 'year-plus')
    out.push({ delta: -1, note: 'may not finish within 12 months' });

  const modes = list(answers[Q.modes]);
  if (modes.length > 0) {
    const offered = new Set<string>(method.modes);
    const ok = modes.some((m) => offered.has(m) || (m === 'hybrid' && offered.size > 1));
    if (!ok) out.push({ delta: -2, note: `not usually run ${modes.map((m) => m.replace('-', ' ')).join(' or ')}` });
    else if (modes.length === 1 && modes[0] === 'remote' && offered.has('remote'))
      out.push({ delta: 1, note: 'works well remotely' });
  }

  const populations = list(answers[Q.populations]);
  const suits = (method.suitableFor ?? []).filter((p) => populations.includes(p));
  if (suits.length) out.push({ delta: 1, note: `suits the populations you named (${suits.join(', ')})` });
  return out;
}

const methodIndex = new WeakMap<readonly Method[], Map<string, Method>>();
function methodsById(methods: readonly Method[]): Map<string, Method> {
  let index = methodIndex.get(methods);
  if (!index) methodIndex.set(methods, (index = new Map(methods.map((m) => [m.id, m]))));
  return index;
}

/** Ranks a point's methods, best first; ties keep the order the content lists them in. */
export function rankMethods(
  point: Pick<EngagementPoint, 'methods'>,
  content: Pick<Content, 'methods'>,
  answers: Answers,
  favoured: ReadonlySet<string>,
): RankedMethod[] {
  const byId = methodsById(content.methods);
  const ranked: RankedMethod[] = [];
  for (const pm of point.methods) {
    const method = byId.get(pm.method);
    if (!method) continue;
    const adjustments = methodAdjustments(method, answers);
    const notes = [pm.why, ...adjustments.map((a) => a.note)];
    let score = FIT_SCORE[pm.fit] + adjustments.reduce((n, a) => n + a.delta, 0);
    if (favoured.has(method.id)) {
      score += RULE_BONUS;
      notes.push('favoured by your answers');
    }
    ranked.push({ method, fit: pm.fit, score, notes });
  }
  for (const id of favoured) {
    const method = byId.get(id);
    if (!method || point.methods.some((m) => m.method === id)) continue;
    const adjustments = methodAdjustments(method, answers);
    ranked.push({
      method,
      fit: 'medium',
      score: FIT_SCORE.medium + RULE_BONUS + adjustments.reduce((n, a) => n + a.delta, 0),
      notes: ['added because of your answers', ...adjustments.map((a) => a.note)],
    });
  }
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.score - a.r.score || a.i - b.i)
    .map(({ r }) => r);
}
