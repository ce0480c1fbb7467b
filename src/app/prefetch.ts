import { loadContent } from './useContent';

/** Starts loading what the plan screen needs in parallel, instead of one chunk after another. */
export function prefetchPlanScreen(): void {
  void loadContent();
  void import('../features/plan/PlanScreen');
  void import('../features/plan/PhaseMap');
}

export function prefetchQuestionnaire(): void {
  void loadContent();
  void import('../features/questionnaire/QuestionnaireScreen');
}
