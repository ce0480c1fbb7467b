import type { Content, Region } from '../content/schema';
import type { Plan } from './types';
import { fromOtherContext, inContext } from './contextWords';

/** The regions a plan's programme works in (their contexts hold), in knowledge-base order. */
export function planRegions(
  content: Pick<Content, 'regions' | 'contexts' | 'references'>,
  plan: Pick<Plan, 'contexts' | 'filingScopes'>,
): Region[] {
  const active = new Set(plan.contexts);
  // A region's notes cover all its mechanisms; a sentence, or a source, on one that does not apply here goes.
  const keep = inContext(content, plan.contexts);
  const other = fromOtherContext(content, plan.contexts);
  const titles = new Map(content.references.map((r) => [r.id, r.title]));
  return content.regions
    .filter((r) => active.has(r.context))
    .map((r) => {
      // What the filing-date procedure means for this product comes first, whether in scope or not.
      const scope = (plan.filingScopes ?? []).filter((s) => s.regionId === r.id);
      const references = r.references.filter((id) => !other(titles.get(id) ?? ''));
      return {
        ...r,
        summary: keep(r.summary),
        notes: [...scope.map((s) => s.text), ...r.notes.map(keep).filter(Boolean)],
        references: [...new Set([...scope.flatMap((s) => s.references), ...references])],
      };
    });
}
