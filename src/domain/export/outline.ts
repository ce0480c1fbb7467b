import type { Content, Reference } from '../content/schema';
import type { PlanDocument } from '../document/types';
import type { Plan, PlanItem } from '../plan/types';
import { EFFORT_LABEL, PRIORITY_LABEL, STATUS_LABEL, formatMoney, formatRate } from '../plan/labels';
import { programmeRows } from '../plan/programme';

/** A document as headings, paragraphs, lists and tables: what a Word file (or any editor) is built from. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface OutlineInput {
  plan: Plan;
  content: Content;
  document: PlanDocument;
  /** How a date is written, e.g. "30 April 2027". */
  dateText: (iso: string) => string;
}

const ownerOf = (i: PlanItem) => i.edit.owner ?? i.custom?.owner;
const dateOf = (i: PlanItem) => i.edit.targetDate ?? i.custom?.targetDate;

/**
 * The plan in the sections an engagement plan usually has (aims; who is involved and how they are
 * recruited; activities by phase; support and payment; governance and roles; evaluation and reporting;
 * references), so a sponsor can paste each into a protocol, a grant form or a funder's template.
 */
export function engagementPlanOutline({ plan, content, document, dateText }: OutlineInput): Block[] {
  const s = plan.summary;
  const items = plan.phases.flatMap((p) => p.items);
  const stakeholders = new Map(content.stakeholders.map((x) => [x.id, x]));
  const levels = new Map(content.levels.map((l) => [l.id as string, l]));
  const name = (id: string) => stakeholders.get(id)?.name ?? id;
  const money = (n: number) => formatMoney(n, s.cost.currency);
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const p = (text: string, muted = false) => blocks.push({ kind: 'paragraph', text, ...(muted ? { muted } : {}) });

  h(1, `${document.name || 'Untitled plan'}: patient engagement plan`);
  const byline = [document.organisation.trim(), `content ${plan.contentVersion}`].filter(Boolean).join(' · ');
  p(byline, true);

  h(2, '1. Aims of patient engagement');
  for (const [label, text] of programmeRows(s.programme, dateText)) p(`${label}: ${text}`);
  for (const line of s.profile.filter((l) => l.label === 'Why')) p(`Purpose: ${line.text.replace(/^Purposes?: /, '')}`);
  const essentials = items.filter((i) => i.priority === 'essential');
  if (essentials.length) {
    p(`The ${essentials.length} essential engagement points:`);
    blocks.push({ kind: 'bullets', items: essentials.map((i) => `${i.title}: ${i.decision}`) });
  }

  h(2, '2. Who is involved and how they are recruited');
  const who = new Map<string, PlanItem[]>();
  for (const i of items) for (const id of i.who) who.set(id, [...(who.get(id) ?? []), i]);
  blocks.push({
    kind: 'table',
    header: ['Who', 'Their role', 'Engagement points'],
    rows: [...who.entries()].map(([id, points]) => [
      name(id),
      stakeholders.get(id)?.description ?? '',
      String(points.length),
    ]),
  });
  for (const c of plan.considerations.filter((c) => /recruit|divers|inclus|reach/i.test(c.consideration.name))) {
    h(3, c.consideration.name);
    p(c.consideration.summary);
    blocks.push({ kind: 'bullets', items: c.consideration.actions });
  }

  h(2, '3. Activities by phase');
  for (const phase of plan.phases) {
    if (phase.items.length === 0) continue;
    h(3, phase.phase.name);
    blocks.push({
      kind: 'table',
      header: ['Engagement point', 'Priority', 'Level', 'Method', 'Who', 'Patient time'],
      rows: phase.items.map((i) => [
        i.title,
        PRIORITY_LABEL[i.priority],
        levels.get(i.level)?.name ?? i.level,
        i.methods[0]?.method.name ?? '',
        i.who.map(name).join(', '),
        i.patientHours ? `${i.patientHours.toLocaleString('en-GB')} h` : '',
      ]),
    });
    for (const i of phase.items) p(`${i.title}. ${i.decision}`);
  }

  h(2, '4. Support and payment');
  p(`Patient partners are paid ${formatRate(s.cost.rate, s.cost.currency)} an hour. ${s.cost.basis.source}`.trim());
  blocks.push({
    kind: 'table',
    header: ['Cost line', `Amount (${s.cost.currency})`, 'How it is worked out'],
    rows: [...s.cost.lines.map((l) => [l.label, money(l.amount), l.basis]), ['Total', money(s.cost.total), '']],
  });
  p(`Budget check. ${s.budget.message}`);

  h(2, '5. Governance and roles');
  blocks.push({
    kind: 'table',
    header: ['Engagement point', 'Owner', 'Target date', 'Status'],
    rows: items.map((i) => {
      const status = i.edit.status ?? i.custom?.status;
      const date = dateOf(i);
      return [
        i.title,
        ownerOf(i) ?? 'Not set',
        date ? dateText(date) : 'Not set',
        status ? STATUS_LABEL[status] : 'Not started',
      ];
    }),
  });
  const effort = (['high', 'medium', 'low'] as const).map((e) => `${s.teamEffort[e]} ${EFFORT_LABEL[e].toLowerCase()}`);
  p(`Team effort: ${effort.join(', ')} (engagement points by the effort they ask of the team).`);

  h(2, '6. Evaluation and reporting');
  blocks.push({
    kind: 'table',
    header: ['Engagement point', 'How it is evaluated'],
    rows: items.filter((i) => i.point).map((i) => [i.title, i.point!.evaluation]),
  });
  if (plan.qualityCriteria.length)
    blocks.push({ kind: 'bullets', items: plan.qualityCriteria.map((q) => `${q.name}: ${q.question}`) });

  h(2, 'References');
  const byId = new Map(content.references.map((r) => [r.id, r]));
  const cited: Reference[] = [];
  const seen = new Set<string>();
  for (const i of items)
    for (const id of [...i.references, ...i.reasons.flatMap((r) => r.references)]) {
      const r = byId.get(id);
      if (r && !seen.has(id)) {
        seen.add(id);
        cited.push(r);
      }
    }
  blocks.push({
    kind: 'bullets',
    items: cited.map((r, n) => `[${n + 1}] ${r.publisher} (${r.year}). ${r.title}. ${r.url}`),
  });
  return blocks;
}
