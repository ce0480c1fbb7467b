import type { Content, Region } from '../content/schema';
import type { Plan } from './types';
import { inContext, SENTENCE } from './contextWords';
import { referencesNamedIn } from '../content/referenceChecks';

/** The regions a plan's programme works in (their contexts hold), in knowledge-base order. */
export function planRegions(
  content: Pick<Content, 'regions' | 'contexts' | 'references'>,
  plan: Pick<Plan, 'contexts' | 'referencesHere' | 'filingScopes'>,
): Region[] {
  const active = new Set(plan.contexts);
  // A region's notes cover all its mechanisms; a sentence, or a source, on one that does not apply here goes.
  // So does a sentence that names a source that does not apply here (the Mental Capacity Act where
  // no adult may lack capacity, the EU MDR for a medicine).
  const here = new Set(plan.referencesHere);
  const byContext = inContext(content, plan.contexts);
  const keep = (text: string) =>
    byContext(text)
      .split(SENTENCE)
      .filter((sentence) => referencesNamedIn(content, sentence).every((id) => here.has(id)))
      .join(' ');
  return content.regions
    .filter((r) => active.has(r.context))
    .map((r) => {
      // What the filing-date procedure means for this product comes first, whether in scope or not.
      const scope = plan.filingScopes.filter((s) => s.regionId === r.id);
      const references = r.references.filter((id) => here.has(id));
      return {
        ...r,
        summary: keep(r.summary),
        notes: [...scope.map((s) => s.text), ...r.notes.map(keep).filter(Boolean)],
        references: [...new Set([...scope.flatMap((s) => s.references), ...references])],
      };
    });
}
