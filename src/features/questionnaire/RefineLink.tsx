import type { Question } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { firstRefineId, openRefineCount } from '../../domain/questionnaire/navigation';
import { usePlansStore } from '../../stores/plans.store';
import { href } from '../../lib/routes';

/**
 * The plan screen's way into the questions that refine a plan: it opens the first one still
 * unanswered, and each answer updates the plan (the questionnaire saves every step).
 */
export function RefineLink({ questions, doc }: { questions: readonly Question[]; doc: PlanDocument }) {
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const first = firstRefineId(questions, doc.answers);
  if (first === null) return null;
  const open = openRefineCount(questions, doc.answers);
  const start = () => updatePlan(doc.id, (d) => ({ ...d, position: { questionId: first, stage: 'answering' } }));
  return (
    <>
      {' '}
      <a className="button" href={href.questions(doc.id)} onClick={start}>
        Refine your plan
        {open > 0 && (
          <>
            {' '}
            ({open} more {open === 1 ? 'question' : 'questions'})
          </>
        )}
      </a>
    </>
  );
}
