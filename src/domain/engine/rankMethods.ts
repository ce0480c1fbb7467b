import type { Content, EngagementPoint, Method, Scoring } from '../content/schema';
import type { Answers } from '../answers';
import type { RankedMethod } from '../plan/types';
import { Q } from './answerKeys';

type Weights = Scoring['methodRanking'];

function list(answer: Answers[string] | undefined): string[] {
  return Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
}

/** How well a method suits these answers: budget, timeline, modes and population (weights from content). */
export function methodAdjustments(method: Method, answers: Answers, w: Weights): { delta: number; note: string }[] {
  const out: { delta: number; note: string }[] = [];
  const budget = answers[Q.budget];
  const b = w.budget.find((x) => x.budget === budget && x.cost === method.cost);
  if (b) out.push({ delta: b.delta, note: b.note });

  const timeline = answers[Q.timeline];
  const t = w.timeline.find((x) => x.timeline === timeline && x.duration === method.duration);
  if (t) out.push({ delta: t.delta, note: t.note });

  const modes = list(answers[Q.modes]);
  if (modes.length > 0) {
    const offered = new Set<string>(method.modes);
    const ok = modes.some((m) => offered.has(m) || (m === 'hybrid' && offered.size > 1));
    if (!ok)
      out.push({
        delta: w.modeMismatch,
        note: `not usually run ${modes.map((m) => m.replace('-', ' ')).join(' or ')}`,
      });
    else if (modes.length === 1 && modes[0] === 'remote' && offered.has('remote'))
      out.push({ delta: w.remoteOnlyBonus, note: 'works well remotely' });
  }

  const populations = list(answers[Q.populations]);
  const suits = (method.suitableFor ?? []).filter((p) => populations.includes(p));
  if (suits.length) out.push({ delta: w.population, note: `suits the populations you named (${suits.join(', ')})` });
  return out;
}

/**
 * How to run a method for the access needs named, or implied by a population named (people with
 * speech or language difficulties): notes only, never a change of rank.
 */
export function deliveryNotes(answers: Answers, scoring: Pick<Scoring, 'accessNeeds' | 'expenses'>): string[] {
  const needs = list(answers[scoring.expenses.accessQuestion]);
  const populations = list(answers[Q.populations]);
  return scoring.accessNeeds
    .filter((a) => needs.includes(a.need) || (a.populations ?? []).some((p) => populations.includes(p)))
    .map((a) => a.note);
}

const methodIndex = new WeakMap<readonly Method[], Map<string, Method>>();
function methodsById(methods: readonly Method[]): Map<string, Method> {
  let index = methodIndex.get(methods);
  if (!index) methodIndex.set(methods, (index = new Map(methods.map((m) => [m.id, m]))));
  return index;
}

/** What one plan's answers do to each method, worked out once per plan rather than once per point. */
export interface MethodCache {
  adjustments: Map<string, { delta: number; note: string }[]>;
  delivery?: string[];
}
export const newMethodCache = (): MethodCache => ({ adjustments: new Map() });

/** Ranks a point's methods, best first; ties keep the order the content lists them in. */
export function rankMethods(
  point: Pick<EngagementPoint, 'methods'>,
  content: Pick<Content, 'methods' | 'scoring'>,
  answers: Answers,
  favoured: ReadonlySet<string>,
  cache: MethodCache = newMethodCache(),
): RankedMethod[] {
  const w = content.scoring.methodRanking;
  const byId = methodsById(content.methods);
  const delivery = (cache.delivery ??= deliveryNotes(answers, content.scoring));
  const adjust = (method: Method) => {
    let a = cache.adjustments.get(method.id);
    if (!a) cache.adjustments.set(method.id, (a = methodAdjustments(method, answers, w)));
    return a;
  };
  const ranked: RankedMethod[] = [];
  for (const pm of point.methods) {
    const method = byId.get(pm.method);
    if (!method) continue;
    const adjustments = adjust(method);
    const notes = [pm.why, ...adjustments.map((a) => a.note)];
    let score = w.fit[pm.fit] + adjustments.reduce((n, a) => n + a.delta, 0);
    if (favoured.has(method.id)) {
      score += w.ruleBonus;
      notes.push('favoured by your answers');
    }
    ranked.push({ method, fit: pm.fit, score, notes: [...notes, ...delivery] });
  }
  for (const id of favoured) {
    const method = byId.get(id);
    if (!method || point.methods.some((m) => m.method === id)) continue;
    const adjustments = adjust(method);
    ranked.push({
      method,
      fit: 'medium',
      score: w.fit.medium + w.ruleBonus + adjustments.reduce((n, a) => n + a.delta, 0),
      notes: ['added because of your answers', ...adjustments.map((a) => a.note), ...delivery],
    });
  }
  // Array sort is stable, so ties keep the content's order.
  return ranked.sort((a, b) => b.score - a.score);
}
