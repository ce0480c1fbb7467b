import { useEffect, useRef } from 'react';
import { type Question, type QuestionnaireContent } from '../../domain/content/schema';
import { SECTIONS } from '../../domain/content/constants';
import type { Answers } from '../../domain/answers';
import { viewAnswers } from '../../domain/questionnaire/visibility';
import { asAsked } from '../../domain/questionnaire/wording';
import { openRefineCount, trackOf } from '../../domain/questionnaire/navigation';
import { answerInWords } from '../../domain/engine/describe';
import { SECTION_LABELS } from './sections';

interface Props {
  content: QuestionnaireContent;
  answers: Answers;
  error: string | null;
  finished: boolean;
  onEdit: (questionId: string) => void;
  onRefine: () => void;
  onFinish: () => void;
  onBack: () => void;
}

interface RowsProps {
  questions: Question[];
  view: ReturnType<typeof viewAnswers>;
  onEdit: (questionId: string) => void;
  idPrefix: string;
  headingLevel: 'h2' | 'h3';
}

/** The answers of some questions, grouped by section, each with a way to change it. */
function AnswerRows({ questions, view, onEdit, idPrefix, headingLevel: H }: RowsProps) {
  const { given, resolved } = view;
  return SECTIONS.map((s) => {
    const qs = questions.filter((q) => q.section === s);
    if (qs.length === 0) return null;
    return (
      <section key={s} aria-labelledby={`${idPrefix}-${s}`}>
        <H id={`${idPrefix}-${s}`}>{SECTION_LABELS[s].title}</H>
        <dl className="review-list">
          {qs.map((q) => (
            <div key={q.id} className="review-row">
              <dt>{asAsked(q, resolved).prompt}</dt>
              <dd>
                {given[q.id] === undefined ? (
                  <span className="muted">Not answered</span>
                ) : (
                  answerInWords(asAsked(q, resolved), given[q.id], resolved[q.id])
                )}
              </dd>
              <dd>
                <button type="button" className="link-button" onClick={() => onEdit(q.id)}>
                  {given[q.id] === undefined ? 'Answer' : 'Change'}
                  <span className="visually-hidden">
                    {given[q.id] === undefined ? ' ' : ' answer to '}“{q.short}”
                  </span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  });
}

export function ReviewView({ content, answers, error, finished, onEdit, onRefine, onFinish, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const view = viewAnswers(content.questions, answers);
  const core = view.visible.filter((q) => trackOf(q) === 'core');
  const refine = view.visible.filter((q) => trackOf(q) === 'refine');
  const open = openRefineCount(content.questions, answers);
  return (
    <div className="review panel">
      <h1 ref={heading} tabIndex={-1}>
        Check your answers
      </h1>
      <p>Change anything before you make the plan. You can come back and change answers later; your plan updates.</p>
      <AnswerRows questions={core} view={view} onEdit={onEdit} idPrefix="review" headingLevel="h2" />
      <div role="alert" className="error-text">
        {error}
      </div>
      <div className="button-row">
        {!finished && (
          <button type="button" onClick={onBack}>
            Back to the last question
          </button>
        )}
        <button type="button" className="primary" onClick={onFinish}>
          {finished ? 'See my plan' : 'Make my plan'}
        </button>
      </div>
      {refine.length > 0 && (
        <section className="refine" aria-labelledby="refine-heading">
          <h2 id="refine-heading">Refine your plan</h2>
          <p>
            {open === 0
              ? 'You have answered every question that refines the plan. Change any answer below.'
              : `${open} more ${open === 1 ? 'question' : 'questions'} can fit the plan more closely to your programme: who takes part, how and where, what already exists, and any access needs. Until you answer them, the plan uses general defaults.`}
          </p>
          <p>
            <button type="button" onClick={onRefine}>
              {open === 0
                ? 'Go through them again'
                : `Answer the ${open === 1 ? 'remaining question' : `${open} remaining questions`}`}
            </button>
          </p>
          <details>
            <summary>Or choose a question</summary>
            <AnswerRows questions={refine} view={view} onEdit={onEdit} idPrefix="refine" headingLevel="h3" />
          </details>
        </section>
      )}
    </div>
  );
}
