import { lazyScreen } from '../../lib/lazyScreen';

/** The timeline view and its scheduling code load in their own chunk, when the view is chosen. */
export const PlanTimeline = lazyScreen(() => import('./PlanTimeline'));
