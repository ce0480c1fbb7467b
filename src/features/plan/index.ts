/** The plan screen's lazy entry and preload: what other screens import to open or prefetch it. */
import { loadContent } from '../../content/load';
import { lazyScreen } from '../../lib/lazyScreen';
import { PhaseMap } from './lazyMap';

export const PlanScreen = lazyScreen(() => import('./PlanScreen'));

/** Loads what the plan screen needs in parallel, instead of one chunk after another. */
export function prefetchPlanScreen(): Promise<unknown> {
  return Promise.all([loadContent(), PlanScreen.preload(), PhaseMap.preload()]);
}
