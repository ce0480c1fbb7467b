import type { Content, Reference } from '../../../domain/content/schema';
import type { PlanDocument } from '../../../domain/document/types';
import type { Plan } from '../../../domain/plan/types';
import type { PdfOptions } from '../options';
import { label } from '../text';
import type { Writer } from '../writer';
import { formatDate, formatMoney } from '../../../domain/plan/labels';
import { planRegions } from '../../../domain/plan/regions';
import { starterMetrics } from '../../../domain/engine/starterMetrics';

export interface Ctx {
  w: Writer;
  plan: Plan;
  content: Content;
  document: PlanDocument;
  options: PdfOptions;
  now: Date;
  name: {
    stakeholder(id: string): string;
    ped(id: string): string;
    level(id: string): string;
    phase(id: string): string;
  };
  refs: {
    /** The references the document cites, in order of first citation. */
    list: Reference[];
    number(id: string): number | undefined;
    /** "[3] FDA, 2020": the short citation used next to each point. */
    cite(id: string): string;
    /** The ids whose reference applies to this programme (`plan.referencesHere`). */
    here(ids: readonly string[]): string[];
  };
  dateText(d: Date | string): string;
  money(amount: number, currency: string): string;
}

export function makeCtx(
  w: Writer,
  input: { plan: Plan; content: Content; document: PlanDocument; options: PdfOptions; now: Date },
): Ctx {
  const { plan, content } = input;
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const stakeholders = byId(content.stakeholders);
  const peds = byId(content.pedTypes);
  const levels = new Map(content.levels.map((l) => [l.id as string, l]));
  const phases = byId(content.phases);
  const references = byId(content.references);

  const cited: string[] = [];
  const seen = new Set<string>();
  const add = (ids: readonly string[]) => {
    for (const id of ids)
      if (!seen.has(id) && references.has(id)) {
        seen.add(id);
        cited.push(id);
      }
  };
  for (const p of plan.phases)
    for (const item of p.items) add([...item.references, ...item.reasons.flatMap((r) => r.references)]);
  for (const c of plan.considerations) add([...c.consideration.references, ...c.reasons.flatMap((r) => r.references)]);
  for (const q of plan.qualityCriteria) add(q.references);
  // The method guide and starter metrics cite their sources too, leaving out those that do not
  // apply to this programme (the engine's list, from each source's appliesTo and title).
  const applies = new Set(plan.referencesHere);
  const here = (ids: readonly string[]) => ids.filter((id) => references.has(id) && applies.has(id));
  if (input.options.sections.considerations) for (const r of planRegions(content, plan)) add(here(r.references));
  for (const p of plan.phases) for (const item of p.items) for (const m of item.methods) add(here(m.method.references));
  for (const s of starterMetrics(plan, content)) add(here(s.metric.references));
  const list = cited.map((id) => references.get(id)).filter((r): r is Reference => r !== undefined);
  const numbers = new Map(list.map((r, i) => [r.id, i + 1]));
  const withNumbers = input.options.sections.references;

  return {
    w,
    ...input,
    name: {
      stakeholder: (id) => stakeholders.get(id)?.name ?? label(id),
      ped: (id) => {
        const p = peds.get(id);
        return p ? (p.abbreviation ? `${p.name} (${p.abbreviation})` : p.name) : label(id);
      },
      level: (id) => levels.get(id)?.name ?? label(id),
      phase: (id) => phases.get(id)?.name ?? label(id),
    },
    refs: {
      list,
      here,
      number: (id) => numbers.get(id),
      cite: (id) => {
        const r = references.get(id);
        if (!r) return id;
        const short = `${r.publisherShort}, ${r.year}`;
        const n = numbers.get(id);
        return withNumbers && n !== undefined ? `[${n}] ${short}` : short;
      },
    },
    dateText: formatDate,
    money: formatMoney,
  };
}
