import type { Content, Reference } from '../../../domain/content/schema';
import type { PlanDocument } from '../../../domain/document/types';
import type { Plan } from '../../../domain/plan/types';
import type { PdfOptions } from '../options';
import { label, truncate } from '../text';
import type { Writer } from '../writer';
import { formatDate, formatMoney } from '../../../domain/plan/labels';

/** Patient-side stakeholders: the people the partner guide is written for. */
export const PATIENT_SIDE = [
  'patients',
  'carers',
  'patient-orgs',
  'patient-experts',
  'young-people',
  'communities',
  'public',
];

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
  };
  dateText(d: Date | string): string;
  money(amount: number, currency: string): string;
}

const KNOWN: [string, string][] = [
  ['U.S. Food and Drug Administration', 'FDA'],
  ['US Food and Drug Administration', 'FDA'],
  ['European Medicines Agency', 'EMA'],
  ['National Institute for Health and Care Research', 'NIHR'],
  ['National Institute for Health and Care Excellence', 'NICE'],
  ['International Council for Harmonisation', 'ICH'],
  ['Patient-Centered Outcomes Research Institute', 'PCORI'],
  ['European Parliament and Council', 'EU'],
  ['United States Congress', 'US Congress'],
];

/** A short name for a publisher, for citations next to each point: "FDA", "NIHR", "Value in Health". */
export function shortPublisher(publisher: string): string {
  const known = KNOWN.find(([long]) => publisher.startsWith(long));
  if (known) return known[1];
  const acronym = publisher.match(/\(([A-Z][A-Za-z0-9&-]{1,12})\)/)?.[1];
  if (acronym) return acronym;
  const first = (publisher.split(',')[0] ?? publisher).replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (first.length <= 32) return first;
  const initials = first
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return initials.length >= 2 && initials.length <= 6 ? initials : truncate(first, 32);
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
      number: (id) => numbers.get(id),
      cite: (id) => {
        const r = references.get(id);
        if (!r) return id;
        const short = `${shortPublisher(r.publisher)}, ${r.year}`;
        const n = numbers.get(id);
        return withNumbers && n !== undefined ? `[${n}] ${short}` : short;
      },
    },
    dateText: formatDate,
    money: formatMoney,
  };
}
