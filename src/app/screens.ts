import { lazyScreen } from './lazyScreen';

export const QuestionnaireScreen = lazyScreen(() => import('../features/questionnaire/QuestionnaireScreen'));
export const PlanScreen = lazyScreen(() => import('../features/plan/PlanScreen'));
export const GlossaryScreen = lazyScreen(() => import('../features/glossary/GlossaryScreen'));
export const PhaseMap = lazyScreen(() => import('../features/plan/PhaseMap'));
