import type { Content, Effort, Method } from '../content/schema';
import type { Answers } from '../answers';
import type { BudgetCheck, CostLine, LeanStep, PlanItem } from '../plan/types';
import type { CostBasis } from '../plan/currency';
import { evaluate } from '../conditions';
import { isAnswered, isNotSure } from '../answers';
import { formatMoney, formatRate } from '../plan/labels';
import { Q } from './answerKeys';

/** How an item is run in the estimate: the full plan, or a leaner variant of it. */
export interface Variant {
  cost: Effort | null;
  hoursShare: number;
  /** Share of the patient partners in the group (a smaller group). */
  groupShare: number;
  peopleShare: number;
  deliveryShare: number;
  deferred: boolean;
}

export const FULL: Variant = {
  cost: null,
  hoursShare: 1,
  groupShare: 1,
  peopleShare: 1,
  deliveryShare: 1,
  deferred: false,
};

/** What the answers say about expenses: in-person share, carer cover and interpreters. */
export interface ExpenseContext {
  inPersonShare: number;
  carerShare: number;
  /** Interpreters at each session (sign language or other sensory needs). */
  interpreters: number;
  /** Languages beyond the first: each point's materials are translated into each. */
  languages: number;
  /** Said when `languages` is assumed (the languages question left open), from content. */
  languagesAssumed: string | null;
}

const list = (a: Answers[string] | undefined): string[] => (Array.isArray(a) ? a : typeof a === 'string' ? [a] : []);

/**
 * The expenses the answers imply. `given` tells a languages answer from one left open or "not
 * sure": then, where the regions or access needs point to another language, content's
 * `assumedLanguages` sets how many are costed, and the line says it is an assumption.
 */
export function expenseContext(
  content: Pick<Content, 'scoring'>,
  resolved: Answers,
  given: Answers = resolved,
): ExpenseContext {
  const e = content.scoring.expenses;
  const modes = list(resolved[Q.modes]).filter((m): m is keyof typeof e.inPersonShare => m in e.inPersonShare);
  const inPersonShare = modes.length ? Math.max(...modes.map((m) => e.inPersonShare[m])) : e.unknownModeShare;
  const populations = list(resolved[Q.populations]);
  const needs = list(resolved[e.accessQuestion]);
  const companions =
    populations.some((p) => e.carerPopulations.includes(p)) || needs.some((n) => e.carerNeeds.includes(n));
  const carerShare = companions ? e.carerShare : 0;
  const interpreters = needs.some((n) => e.interpreterNeeds.includes(n)) ? 1 : 0;
  const answered = isAnswered(given[e.languagesQuestion]) && !isNotSure(given[e.languagesQuestion]);
  const assumed = e.assumedLanguages;
  if (!answered && assumed && evaluate(assumed.when, resolved, given))
    return { inPersonShare, carerShare, interpreters, languages: assumed.count, languagesAssumed: assumed.note };
  const languages = list(resolved[e.languagesQuestion]).length;
  return { inPersonShare, carerShare, interpreters, languages: Math.max(0, languages - 1), languagesAssumed: null };
}

type Lines = Record<CostLine['id'], number>;
const zero = (): Lines => ({ partners: 0, participants: 0, travel: 0, carers: 0, interpreters: 0, delivery: 0 });

/** The cost lines of one item run as `variant`. */
export function itemLines(
  item: PlanItem,
  basis: CostBasis,
  ctx: ExpenseContext,
  content: Pick<Content, 'scoring'>,
  variant: Variant = FULL,
): Lines {
  const lines = zero();
  if (variant.deferred) return lines;
  const { rates } = basis;
  const sessionHours = content.scoring.expenses.sessionHours;
  const hours = item.patientHours * variant.hoursShare * variant.groupShare;
  const visits = Math.ceil(hours / sessionHours);
  const hoursEach = (item.point?.patientTime.hoursEach ?? item.patientHours) * variant.hoursShare;
  const sessions = hours > 0 ? Math.ceil(hoursEach / sessionHours) : 0;
  lines.partners = hours * basis.hourlyRate;
  const unpaid = content.scoring.unpaidParticipantMethods.includes(item.methods[0]?.method.id ?? '');
  lines.participants = unpaid
    ? 0
    : Math.round((item.participants?.people ?? 0) * variant.peopleShare) * rates.participantPayment;
  lines.travel = visits * ctx.inPersonShare * rates.travelPerVisit;
  lines.carers = visits * ctx.inPersonShare * ctx.carerShare * rates.carerPerVisit;
  lines.interpreters =
    sessions * ctx.interpreters * rates.interpreterPerSession +
    (hours > 0 || item.participants ? ctx.languages * rates.translationPerPoint : 0);
  const cost = variant.cost ?? item.methods[0]?.method.cost;
  lines.delivery = cost ? rates.delivery[cost] * variant.deliveryShare : 0;
  return lines;
}

const sum = (l: Lines) => l.partners + l.participants + l.travel + l.carers + l.interpreters + l.delivery;

export function itemCost(
  item: PlanItem,
  basis: CostBasis,
  ctx: ExpenseContext,
  content: Pick<Content, 'scoring'>,
  variant: Variant = FULL,
): number {
  return sum(itemLines(item, basis, ctx, content, variant));
}

const LINE_LABEL: Record<CostLine['id'], string> = {
  partners: 'Payment to patient partners',
  participants: 'Thank-you payments to research participants',
  travel: 'Travel',
  carers: 'Carers and companions',
  interpreters: 'Interpreters and translation',
  delivery: 'Running the activities (facilitation, venues, materials)',
};

/** The plan's estimate, line by line. */
export function estimate(
  items: PlanItem[],
  basis: CostBasis,
  ctx: ExpenseContext,
  content: Pick<Content, 'scoring'>,
  variants?: ReadonlyMap<PlanItem, Variant>,
): { lines: CostLine[]; total: number } {
  const total = zero();
  for (const item of items) {
    const l = itemLines(item, basis, ctx, content, variants?.get(item));
    for (const k of Object.keys(total) as CostLine['id'][]) total[k] += l[k];
  }
  const money = (n: number) => formatMoney(n, basis.currency);
  const r = basis.rates;
  const basisText: Record<CostLine['id'], string> = {
    partners: `partner hours × ${formatRate(basis.hourlyRate, basis.currency)} an hour`,
    participants: `${money(r.participantPayment)} for each research participant (none for feedback questionnaires from people already in the study)`,
    travel: `${money(r.travelPerVisit)} a visit, for the share of sessions held in person (${Math.round(ctx.inPersonShare * 100)}%)`,
    carers:
      ctx.carerShare > 0
        ? `${money(r.carerPerVisit)} a visit for the ${Math.round(ctx.carerShare * 100)}% of visits that need a carer or companion`
        : 'none: no population or access need you named usually needs a companion',
    interpreters:
      [
        ctx.interpreters > 0
          ? `${money(r.interpreterPerSession)} a session for a sign language or other interpreter`
          : '',
        ctx.languages > 0
          ? `${money(r.translationPerPoint)} a point to translate and check its materials in each of ${ctx.languages} more language${ctx.languages === 1 ? '' : 's'}, with bilingual facilitators running the sessions${ctx.languagesAssumed ? ` (${ctx.languagesAssumed})` : ''}`
          : '',
      ]
        .filter(Boolean)
        .join('; ') || 'none: one language and no sensory needs named',
    delivery: `${money(r.delivery.low)}, ${money(r.delivery.medium)} or ${money(r.delivery.high)} a point by the cost of its first method`,
  };
  const lines = (Object.keys(total) as CostLine['id'][]).map((id) => ({
    id,
    label: LINE_LABEL[id],
    amount: Math.round(total[id]),
    basis: basisText[id],
  }));
  return { lines, total: lines.reduce((n, l) => n + l.amount, 0) };
}

const methodMaps = new WeakMap<readonly Method[], Map<string, Method>>();
function cheapest(item: PlanItem, content: Pick<Content, 'methods' | 'scoring'>): Method | null {
  let byId = methodMaps.get(content.methods);
  if (!byId) methodMaps.set(content.methods, (byId = new Map(content.methods.map((m) => [m.id, m]))));
  const current = item.methods[0]?.method;
  if (!current || !item.point) return null;
  const order: Record<Effort, number> = { low: 0, medium: 1, high: 2 };
  const options = item.point.methods
    .filter((pm) => pm.fit === 'high')
    .map((pm) => byId.get(pm.method))
    .filter((m): m is Method => m !== undefined && order[m.cost] < order[current.cost]);
  options.sort((a, b) => order[a.cost] - order[b.cost]);
  return options[0] ?? null;
}

/**
 * How an item is run once the team chose lean changes for it (its edit's `lean`): the amounts come
 * from content, so a saved plan stores only the choice.
 */
export function teamVariant(
  item: PlanItem,
  content: Pick<Content, 'methods' | 'scoring'>,
  resolved: Answers,
  given: Answers,
): Variant {
  const chosen = item.edit.lean;
  if (!chosen?.length || !item.point) return FULL;
  const lean = content.scoring.lean;
  const v: Variant = { ...FULL };
  for (const change of chosen) {
    if (change === 'fewer-rounds') v.hoursShare = lean.fewerRoundsShare;
    else if (change === 'smaller-group') v.groupShare = lean.smallerGroupShare;
    else if (change === 'smaller-sample') v.peopleShare = lean.smallerSampleShare;
    else if (change === 'cheaper-method') v.cost = cheapest(item, content)?.cost ?? null;
    else {
      const rule = lean.reuse.find((r) => r.points.includes(item.id) && evaluate(r.when, resolved, given));
      if (rule) v.deliveryShare = rule.share;
    }
  }
  return v;
}

/** The costliest points the lean version keeps, in words: what the remaining money goes on. */
function stillNeeded(
  items: PlanItem[],
  variants: Map<PlanItem, Variant>,
  cost: (i: PlanItem) => number,
  money: (n: number) => string,
): string {
  const kept = items
    .filter((i) => !variants.get(i)?.deferred)
    .map((i) => ({ i, c: Math.round(cost(i)) }))
    .filter((x) => x.c > 0)
    .sort((a, b) => b.c - a.c)
    .slice(0, 3);
  if (!kept.length) return '';
  return `The largest costs left are ${kept.map(({ i, c }) => `“${i.title}” (${i.priority}, ${money(c)})`).join(', ')}.`;
}

/** Checks the estimate against the budget band and, when it is over, builds a lean version that fits. */
export function checkBudget(
  items: PlanItem[],
  total: number,
  basis: CostBasis,
  ctx: ExpenseContext,
  content: Pick<Content, 'methods' | 'scoring' | 'questions'>,
  resolved: Answers,
  given: Answers,
  chosen?: ReadonlyMap<PlanItem, Variant>,
): BudgetCheck {
  const money = (n: number) => formatMoney(n, basis.currency);
  if (isNotSure(given[Q.budget]))
    return {
      band: null,
      fits: true,
      lean: null,
      message: `You were not sure of the budget, so the plan is not checked against one: it needs about ${money(total)}. Choose a budget band to see whether it fits and what a lean version would cut.`,
    };
  const answer = resolved[Q.budget];
  const band = typeof answer === 'string' ? content.scoring.budget.find((b) => b.id === answer) : undefined;
  if (!band)
    return { band: null, fits: true, lean: null, message: `No budget given: the estimate is ${money(total)}.` };
  const question = content.questions.find((q) => q.id === Q.budget);
  const label = question?.options?.find((o) => o.id === band.id)?.label ?? band.id;
  const described = {
    id: band.id,
    label,
    ...(band.min !== undefined ? { min: band.min } : {}),
    ...(band.max !== undefined ? { max: band.max } : {}),
  };
  if (band.max === undefined || total <= band.max)
    return {
      band: described,
      fits: true,
      lean: null,
      message: `The estimate (${money(total)}) fits your budget: ${label}.`,
    };
  const max = band.max;

  // The lean version starts from what the team already chose, so it never proposes a change twice.
  const variants = new Map<PlanItem, Variant>(items.map((i) => [i, { ...(chosen?.get(i) ?? FULL) }]));
  const cost = (i: PlanItem) => itemCost(i, basis, ctx, content, variants.get(i));
  let running = items.reduce((n, i) => n + cost(i), 0);
  const steps: LeanStep[] = [];
  // Work a community's terms set is left whole, and the message says so.
  const ids = new Set(items.map((i) => i.id));
  const protections = content.scoring.lean.protect.filter(
    (p) => p.points.some((id) => ids.has(id)) && evaluate(p.when, resolved, given),
  );
  const whole = new Set(protections.flatMap((p) => p.points));
  const keptWhole = protections.map((p) => ` The lean version keeps ${p.text}.`).join('');
  const tryStep = (item: PlanItem, change: Partial<Variant>, kind: LeanStep['kind'], text: string) => {
    if (running <= max || whole.has(item.id)) return;
    const before = cost(item);
    const v = variants.get(item)!;
    const previous = { ...v };
    Object.assign(v, change);
    const saving = before - cost(item);
    if (saving <= 0) {
      Object.assign(v, previous);
      return;
    }
    running -= saving;
    steps.push({ kind, pointId: item.id, text, saving: Math.round(saving) });
  };
  const lean = content.scoring.lean;
  const full = new Map(items.map((i) => [i, cost(i)]));
  const defer = (item: PlanItem) => {
    if (running <= max || whole.has(item.id)) return;
    const v = variants.get(item)!;
    running -= cost(item);
    v.deferred = true;
    for (let k = steps.length - 1; k >= 0; k--) if (steps[k]!.pointId === item.id) steps.splice(k, 1);
    steps.push({
      kind: 'defer',
      pointId: item.id,
      text: `Leave “${item.title}” (${item.priority}, benefit ${item.score?.benefit ?? 0} of 10) for a later budget.`,
      saving: Math.round(full.get(item) ?? 0),
    });
  };
  const trims = (group: PlanItem[]) => {
    const candidates: {
      item: PlanItem;
      change: Partial<Variant>;
      kind: LeanStep['kind'];
      text: string;
      saving: number;
    }[] = [];
    for (const item of group) {
      const base = cost(item);
      const saving = (change: Partial<Variant>) =>
        base - itemCost(item, basis, ctx, content, { ...variants.get(item)!, ...change });
      const cheaper = cheapest(item, content);
      const current = item.methods[0]?.method;
      if (cheaper && current) {
        const change = { cost: cheaper.cost };
        candidates.push({
          item,
          change,
          kind: 'cheaper-method',
          saving: saving(change),
          text: `“${item.title}”: ${cheaper.name} (${cheaper.cost} cost) instead of ${current.name} (${current.cost} cost).`,
        });
      }
      const hoursEach = item.point?.patientTime.hoursEach ?? 0;
      if (item.patientHours > 0 && hoursEach >= lean.fewerRoundsMinHours && !lean.fixedSchedule.includes(item.id)) {
        const change = { hoursShare: lean.fewerRoundsShare };
        candidates.push({
          item,
          change,
          kind: 'fewer-rounds',
          saving: saving(change),
          text: `“${item.title}”: fewer rounds, about ${Math.round(item.patientHours * lean.fewerRoundsShare)} partner hours instead of ${item.patientHours}.`,
        });
      }
      const people = item.point?.patientTime.people ?? 0;
      if (item.patientHours > 0 && people >= lean.smallerGroupMinPeople && !lean.fixedSchedule.includes(item.id)) {
        const change = { groupShare: lean.smallerGroupShare };
        candidates.push({
          item,
          change,
          kind: 'smaller-group',
          saving: saving(change),
          text: `“${item.title}”: a smaller group, about ${Math.round(people * lean.smallerGroupShare)} patient partners instead of ${people}.`,
        });
      }
      if (item.participants) {
        const change = { peopleShare: lean.smallerSampleShare };
        candidates.push({
          item,
          change,
          kind: 'smaller-sample',
          saving: saving(change),
          text: `“${item.title}”: a smaller sample, about ${Math.round(item.participants.people * lean.smallerSampleShare)} research participants instead of ${item.participants.people}.`,
        });
      }
    }
    candidates.sort((a, b) => b.saving - a.saving);
    for (const c of candidates) tryStep(c.item, c.change, c.kind, c.text);
  };
  const byBenefit = (a: PlanItem, b: PlanItem) =>
    (a.score?.benefit ?? 0) - (b.score?.benefit ?? 0) || (full.get(b) ?? 0) - (full.get(a) ?? 0);
  const open = (p: PlanItem['priority']) => items.filter((i) => i.priority === p && !i.addedByTeam);

  for (const rule of lean.reuse) {
    if (!evaluate(rule.when, resolved, given)) continue;
    for (const item of items.filter((i) => rule.points.includes(i.id)))
      tryStep(item, { deliveryShare: rule.share }, 'reuse', `“${item.title}”: ${rule.text}.`);
  }
  for (const item of open('optional').sort(byBenefit)) defer(item);
  trims(items.filter((i) => i.priority === 'recommended'));
  trims(items.filter((i) => i.priority === 'essential'));
  for (const item of open('recommended').sort(byBenefit)) defer(item);

  // Largest savings first, so the team reads the changes that matter most at the top.
  steps.sort((a, b) => b.saving - a.saving);
  const leanTotal = Math.round(running);
  const fits = leanTotal <= max;
  const head = `The estimate (${money(total)}) is over your budget: ${label}.`;
  const message = fits
    ? `${head} A lean version costs ${money(leanTotal)} with the ${steps.length} change${steps.length === 1 ? '' : 's'} below.${keptWhole}`
    : `${head} Even a lean version costs ${money(leanTotal)}, with every essential point kept: ${money(leanTotal - max)} more than the band allows.${keptWhole} ${stillNeeded(items, variants, cost, money)} To fit, raise the budget by ${money(leanTotal - max)}, narrow the phases in scope or share the costs with a partner organisation.`;
  return { band: described, fits: false, lean: { total: leanTotal, fits, steps }, message };
}
