import type { Block, OutlineInput } from './outline';
import type { ImpactEntry } from '../document/types';
import type { PlanItem } from '../plan/types';
import { programmeRows } from '../plan/programme';
import { GRIPP2_TEXT as T } from '../record/labels';

const statusOf = (i: PlanItem) => i.edit.status ?? i.custom?.status;

/**
 * The impact report in the GRIPP2 short form (aim, methods, results, outcomes, reflections), built
 * from the plan and its impact log, ready to paste into a paper's methods and results. A section with
 * nothing recorded says so plainly rather than being left out.
 */
export function impactReportOutline({ plan, content, document, dateText }: OutlineInput): Block[] {
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const p = (text: string, muted = false) => blocks.push({ kind: 'paragraph', text, ...(muted ? { muted } : {}) });
  const section = (key: keyof typeof T.sections) => {
    h(2, T.sections[key].heading);
    p(T.sections[key].asks, true);
  };
  const items = new Map<string, PlanItem>();
  for (const phase of plan.phases) for (const i of phase.items) if (!items.has(i.id)) items.set(i.id, i);
  const stakeholders = new Map(content.stakeholders.map((s) => [s.id, s.name]));
  const levels = new Map(content.levels.map((l) => [l.id as string, l.name]));
  const metrics = new Map(content.metrics.map((m) => [m.id, m.name]));
  const pointTitles = new Map(content.points.map((x) => [x.id, x.title]));
  const titleOf = (id: string) =>
    items.get(id)?.title ?? document.edits.custom.find((c) => c.id === id)?.title ?? pointTitles.get(id) ?? id;

  // The log in plan order, then entries of points no longer in the plan.
  const logged = Object.entries(document.record?.points ?? {}).filter(([, entries]) => entries.length > 0);
  const order = [...items.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  logged.sort(([a], [b]) => rank(a) - rank(b));

  h(1, T.title(document.name || 'Untitled plan'));
  p(T.byline([document.organisation.trim(), `knowledge base ${plan.contentVersion}`].filter(Boolean)), true);

  section('aim');
  const aims = [
    ...programmeRows(plan.summary.programme, dateText).map(([label, text]) => `${label}: ${text}`),
    ...plan.summary.profile.filter((l) => l.label === 'Why').map((l) => T.purpose(l.text.replace(/^Purposes?: /, ''))),
  ];
  if (aims.length) aims.forEach((a) => p(a));
  else p(T.notYet);

  section('methods');
  const done = [...items.values()].filter((i) => statusOf(i) === 'done');
  if (done.length)
    blocks.push({
      kind: 'table',
      header: [...T.methodsHeader],
      rows: done.map((i) => [
        i.title,
        i.who.map((id) => stakeholders.get(id) ?? id).join(', '),
        levels.get(i.level) ?? i.level,
        i.methods
          .slice(0, 2)
          .map((m) => m.method.name)
          .join(', '),
      ]),
    });
  else p(T.noDone);

  section('results');
  const when = (e: { date?: string }) => (e.date ? dateText(e.date) : T.dateNotSet);
  const entryLines = (e: ImpactEntry) => [
    `${when(e)}: ${e.happened || T.notYet}`,
    ...(e.feedback
      ? [T.feedback(e.feedback.date ? dateText(e.feedback.date) : '', e.feedback.how, e.feedback.summary)]
      : []),
    ...(e.metricId ? [T.metric(metrics.get(e.metricId) ?? e.metricId, e.metricResult ?? '')] : []),
  ];
  if (logged.length)
    for (const [id, entries] of logged) {
      h(3, titleOf(id));
      blocks.push({ kind: 'bullets', items: entries.flatMap(entryLines) });
    }
  else p(T.noLog);

  section('outcomes');
  const changes = logged.flatMap(([id, entries]) =>
    entries.filter((e) => e.changed.trim()).map((e) => `${titleOf(id)} (${when(e)}): ${e.changed}`),
  );
  if (changes.length) blocks.push({ kind: 'bullets', items: changes });
  else p(T.noChange);

  section('reflections');
  const reflections = document.record?.reflections?.trim();
  if (reflections)
    reflections
      .split(/\n\s*\n/)
      .map((x) => x.trim())
      .filter(Boolean)
      .forEach((x) => p(x));
  else p(T.noReflections);
  return blocks;
}
