/** The presenter view's lazy entry: it loads in its own chunk, only when a facilitator opens it. */
import { lazyScreen } from '../../lib/lazyScreen';

export const PresentScreen = lazyScreen(() => import('./PresentScreen'));
