import { loadContent, loadQuestionnaireContent } from './useContent';
import { PhaseMap, PlanScreen, QuestionnaireScreen } from './screens';

/** Loads what the plan screen needs in parallel, instead of one chunk after another. */
export function prefetchPlanScreen(): Promise<unknown> {
  return Promise.all([loadContent(), PlanScreen.preload(), PhaseMap.preload()]);
}

export function prefetchQuestionnaire(): Promise<unknown> {
  return Promise.all([loadQuestionnaireContent(), QuestionnaireScreen.preload()]);
}
