import { lazyScreen } from '../../lib/lazyScreen';

/** The map (React Flow) loads in its own chunk. */
export const PhaseMap = lazyScreen(() => import('./PhaseMap'));
