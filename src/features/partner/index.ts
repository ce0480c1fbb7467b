/** The partner view's and share links' lazy entries. */
import { lazyScreen } from '../../lib/lazyScreen';

export const PartnerScreen = lazyScreen(() => import('./PartnerScreen'));
export const ShareScreen = lazyScreen(() => import('./ShareScreen'));
