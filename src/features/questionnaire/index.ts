/** The questionnaire's lazy entry and preload. */
import { loadQuestionnaireContent } from '../../content/load';
import { lazyScreen } from '../../lib/lazyScreen';

export const QuestionnaireScreen = lazyScreen(() => import('./QuestionnaireScreen'));

export function prefetchQuestionnaire(): Promise<unknown> {
  return Promise.all([loadQuestionnaireContent(), QuestionnaireScreen.preload()]);
}
