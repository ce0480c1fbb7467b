import type { Scoring } from '../content/schema';
import type { PlanItem, PlanPhase, PointScore, Quadrant, ScorePart } from '../plan/types';

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp10 = (n: number) => Math.min(10, Math.max(0, round1(n)));

/** Benefit and investment (0 to 10) of one item, with the parts that add up to each. */
export function scoreItem(item: PlanItem, scoring: Scoring, cost: number): PointScore {
  const b = scoring.benefit;
  const benefitParts: ScorePart[] = [{ label: `${item.priority} in this phase`, points: b.priority[item.priority] }];
  const rules = new Set([
    ...item.reasons.filter((r) => r.ruleId !== null).map((r) => r.ruleId),
    ...(item.planWideRules ?? []),
  ]).size;
  if (rules > 0)
    benefitParts.push({
      label: rules === 1 ? 'raised by one of your answers' : `raised by ${rules} of your answers`,
      points: Math.min(rules, b.maxRules) * b.perRule,
    });
  const level = b.level[item.level];
  if (level > 0) benefitParts.push({ label: `patients ${item.level} in the decision`, points: level });
  if (item.feeds.length > 0)
    benefitParts.push({
      label: `its data feeds ${item.feeds.length} later point${item.feeds.length === 1 ? '' : 's'}`,
      points: Math.min(b.maxFeeds, item.feeds.length * b.perFeed),
    });

  const v = scoring.investment;
  const investmentParts: ScorePart[] = [
    { label: `${item.teamEffort} effort for the team`, points: v.teamEffort[item.teamEffort] },
  ];
  const method = item.methods[0]?.method;
  if (method) investmentParts.push({ label: `${method.name}: ${method.cost} cost`, points: v.methodCost[method.cost] });
  if (item.patientHours > 0)
    investmentParts.push({
      label: `${item.patientHours} patient-partner hours`,
      points: Math.min(v.maxPartnerHours, item.patientHours / v.partnerHoursPerPoint),
    });
  if (item.participants)
    investmentParts.push({
      label: `${item.participants.people} research participants`,
      points: Math.min(v.maxParticipants, item.participants.people / v.participantsPerPoint),
    });

  const sum = (parts: ScorePart[]) => parts.reduce((n, p) => n + p.points, 0);
  const benefit = clamp10(sum(benefitParts));
  const investment = clamp10(sum(investmentParts));
  return {
    benefit,
    investment,
    benefitParts: benefitParts.map((p) => ({ ...p, points: round1(p.points) })),
    investmentParts: investmentParts.map((p) => ({ ...p, points: round1(p.points) })),
    quadrant: quadrantOf(benefit, investment, scoring),
    cost,
  };
}

export function quadrantOf(benefit: number, investment: number, scoring: Pick<Scoring, 'threshold'>): Quadrant {
  const high = benefit >= scoring.threshold.benefit;
  const costly = investment >= scoring.threshold.investment;
  return high ? (costly ? 'major' : 'quick-win') : costly ? 'reconsider' : 'fill-in';
}

/** Best first: higher benefit, then lower investment, then the order the plan lists them in. */
export function byValue(a: { item: PlanItem; i: number }, b: { item: PlanItem; i: number }): number {
  const sa = a.item.score;
  const sb = b.item.score;
  return (sb?.benefit ?? 0) - (sa?.benefit ?? 0) || (sa?.investment ?? 0) - (sb?.investment ?? 0) || a.i - b.i;
}

/** What the cap did: the points it made recommended, and the legal duties it could not keep. */
export interface CapResult {
  demoted: string[];
  duties: number;
  /** Legal duties beyond the cap (made recommended because the cap is smaller than the duties). */
  dutiesOverCap: number;
}

/**
 * Keeps at most `cap` essentials. Legal duties come first, then the highest-benefit points (cheaper
 * first on a tie). The rest become recommended, with a reason that says so. Points the team added
 * stay as they are.
 */
export function capEssentials(phases: PlanPhase[], cap: number): CapResult {
  const essentials = phases
    .flatMap((p) => p.items)
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.priority === 'essential' && !item.addedByTeam && !item.edit.priority)
    .sort((a, b) => Number(b.item.duty !== undefined) - Number(a.item.duty !== undefined) || byValue(a, b));
  const duties = essentials.filter(({ item }) => item.duty !== undefined).length;
  const demoted = essentials.slice(cap).map(({ item }) => item);
  for (const item of demoted) {
    item.priority = 'recommended';
    item.reasons = [
      ...item.reasons,
      {
        ruleId: null,
        text: item.duty
          ? `Recommended rather than essential only because the plan keeps ${cap} points essential and it has ${duties} legal duties: raise the number of essentials to keep every duty essential.`
          : `Recommended rather than essential: the plan keeps its ${cap} highest-benefit points essential${duties ? `, legal duties first` : ''}, and this one scores ${item.score?.benefit ?? 0} for benefit.`,
        answers: [],
        references: [],
      },
    ];
    if (item.score) {
      const part = item.score.benefitParts[0];
      if (part) part.label = 'essential in this phase (capped to recommended)';
    }
  }
  return { demoted: demoted.map((i) => i.id), duties, dutiesOverCap: Math.max(0, duties - cap) };
}
