import type { Content, FilingScope } from '../content/schema';
import type { Answers } from '../answers';
import { formatDate, joinWords } from '../plan/labels';
import type { FilingScopeNote } from '../plan/types';
import type { Holds } from './applicability';

type Wave = FilingScope['waves'][number];

function fill(template: string, words: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => words[key] ?? all);
}

/**
 * Whether a procedure that takes products in by type and filing date (EU joint clinical assessment)
 * covers this product, in words. With no filing date, a wave that had started when the knowledge base
 * was released counts as in scope, as the named context does.
 */
export function filingScopeNotes(
  content: Pick<Content, 'regions' | 'meta'>,
  resolved: Answers,
  contexts: ReadonlySet<string>,
  holds: Holds,
): FilingScopeNote[] {
  const notes: FilingScopeNote[] = [];
  for (const region of content.regions) {
    const scope = region.filingScope;
    if (!scope || !contexts.has(region.context) || !holds(scope.appliesTo)) continue;
    const answer = resolved[scope.date];
    const date = typeof answer === 'string' && answer !== '' ? answer : undefined;
    const byDate = (a: Wave, b: Wave) => a.from.localeCompare(b.from);
    const matching = scope.waves.filter((w) => holds(w.when)).sort(byDate);
    const until = date ?? content.meta.released;
    const open = matching.find((w) => w.from <= until);
    const later = matching.find((w) => w.from > until);
    const words = (w: Wave | undefined) => ({
      date: date ? formatDate(date) : '',
      wave: w?.label ?? '',
      from: w ? formatDate(w.from) : '',
      list: joinWords(scope.waves.map((x) => x.label)),
    });
    const inScope = { ...scope.messages, ...open?.messages };
    const [status, template, wave] = open
      ? (['in-scope', date ? inScope.inScope : inScope.inScopeNoDate, open] as const)
      : later
        ? (['later', date ? scope.messages.later : scope.messages.laterNoDate, later] as const)
        : (['outside', scope.messages.outside, undefined] as const);
    notes.push({ regionId: region.id, status, text: fill(template, words(wave)), references: scope.references });
  }
  return notes;
}
