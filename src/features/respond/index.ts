/** The participant page's lazy entry. */
import { lazyScreen } from '../../lib/lazyScreen';

export const RespondScreen = lazyScreen(() => import('./RespondScreen'));
