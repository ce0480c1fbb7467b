import { useEffect, useRef } from 'react';
import { type QuestionnaireContent } from '../../domain/content/schema';
import { SECTIONS } from '../../domain/content/constants';
import type { Answers } from '../../domain/answers';
import { viewAnswers } from '../../domain/questionnaire/visibility';
import { answerInWords } from '../../domain/engine/describe';
import { SECTION_LABELS } from './sections';

interface Props {
  content: QuestionnaireContent;
  answers: Answers;
  error: string | null;
  finished: boolean;
  onEdit: (questionId: string) => void;
  onFinish: () => void;
  onBack: () => void;
}

export function ReviewView({ content, answers, error, finished, onEdit, onFinish, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { visible, given, resolved } = viewAnswers(content.questions, answers);
  return (
    <div className="review panel">
      <h1 ref={heading} tabIndex={-1}>
        Check your answers
      </h1>
      <p>Change anything before you make the plan. You can come back and change answers later; your plan updates.</p>
      {SECTIONS.map((s) => {
        const qs = visible.filter((q) => q.section === s);
        if (qs.length === 0) return null;
        return (
          <section key={s} aria-labelledby={`review-${s}`}>
            <h2 id={`review-${s}`}>{SECTION_LABELS[s].title}</h2>
            <dl className="review-list">
              {qs.map((q) => (
                <div key={q.id} className="review-row">
                  <dt>{q.prompt}</dt>
                  <dd>
                    {given[q.id] === undefined ? (
                      <span className="muted">Not answered</span>
                    ) : (
                      answerInWords(q, given[q.id], resolved[q.id])
                    )}
                  </dd>
                  <dd>
                    <button type="button" className="link-button" onClick={() => onEdit(q.id)}>
                      Change<span className="visually-hidden"> answer to “{q.short}”</span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
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
    </div>
  );
}
