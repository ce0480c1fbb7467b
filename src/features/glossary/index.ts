/** The glossary's lazy entry. */
import { lazyScreen } from '../../lib/lazyScreen';

export const GlossaryScreen = lazyScreen(() => import('./GlossaryScreen'));
