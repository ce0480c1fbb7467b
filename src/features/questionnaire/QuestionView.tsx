import { useEffect, useRef, type FormEvent } from 'react';
import type { QuestionnaireContent, Question } from '../../domain/content/schema';
import { isNotSure, type Answer } from '../../domain/answers';
import type { Progress } from '../../domain/questionnaire/navigation';
import { impliedInWords } from '../../domain/engine/describe';
import { AnswerInput } from './AnswerInput';
import { GlossaryTerms } from '../../components/GlossaryTerms';
import { SECTION_LABELS } from './sections';

interface Props {
  content: QuestionnaireContent;
  question: Question;
  value: Answer | undefined;
  error: string | null;
  progress: Progress;
  canBack: boolean;
  canSkip: boolean;
  returnToReview: boolean;
  /** On a question that refines a plan already made (not on the way to the first plan). */
  refining?: boolean;
  isLast: boolean;
  onChange: (value: Answer | undefined) => void;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
  onReview: () => void;
}

export function QuestionView(p: Props) {
  const { question, content } = p;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question.id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onNext();
  };
  const terms = (question.glossary ?? []).flatMap((id) => content.glossary.filter((g) => g.id === id));
  const helpId = `help-${question.id}`;
  const errorId = `error-${question.id}`;
  const section = SECTION_LABELS[question.section];

  return (
    <form onSubmit={submit} className="question panel" noValidate>
      <p className="section-label">
        {p.refining ? `Refine your plan · ${section.title}` : section.title} · Question {p.progress.position} of{' '}
        {p.progress.total}
      </p>
      <fieldset aria-describedby={p.error ? `${helpId} ${errorId}` : helpId}>
        <legend>
          <h1 ref={heading} tabIndex={-1}>
            {question.prompt}
            {question.required && <span className="required"> (required)</span>}
          </h1>
        </legend>
        <p id={helpId} className="help">
          {question.help}
        </p>
        <AnswerInput
          question={question}
          value={p.value}
          onChange={p.onChange}
          describedBy={p.error ? `${helpId} ${errorId}` : helpId}
          invalid={p.error !== null}
        />
        {question.notSure && isNotSure(p.value) && (
          <p className="assumption" role="status">
            {question.notSure.explain} We will assume: {impliedInWords(question)}.
          </p>
        )}
        <div id={errorId} role="alert" className="error-text">
          {p.error}
        </div>
      </fieldset>
      <GlossaryTerms terms={terms} />
      <div className="button-row">
        <button type="button" onClick={p.onBack} disabled={!p.canBack}>
          Back
        </button>
        {p.canSkip && (
          <button type="button" onClick={p.onSkip}>
            Skip this question
          </button>
        )}
        {p.returnToReview && (
          <button type="button" onClick={p.onReview}>
            Back to review
          </button>
        )}
        <button type="submit" className="primary">
          {p.isLast ? 'Review my answers' : 'Next'}
        </button>
      </div>
    </form>
  );
}
