import { useEffect, useMemo } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { useQuestionnaireContent } from '../../content/load';
import { prefetchPlanScreen } from '../plan';
import { usePlansStore } from '../../stores/plans.store';
import { createQuestionnaireMachine } from '../../machines/questionnaire.machine';
import { positionOf, resumeOptions } from '../../machines/restore';
import { asAsked, progress as progressOf, trackOf, trackQuestions } from '../../domain/questionnaire';
import type { QuestionnaireContent } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { QuestionView } from './QuestionView';
import { ReviewView } from './ReviewView';
import { href, navigate } from '../../lib/routes';
import { PlanNotFound } from '../home/PlanNotFound';

function Questionnaire({ content, doc }: { content: QuestionnaireContent; doc: PlanDocument }) {
  const machine = useMemo(() => createQuestionnaireMachine(content.questions), [content]);
  const options = useMemo(() => resumeOptions(machine, content.questions, doc), [machine, doc.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const actor = useActorRef(machine, options);
  const updatePlan = usePlansStore((s) => s.updatePlan);

  // Every step is saved at once, so a reload returns to the same question with every answer.
  useEffect(() => {
    const start = actor.getSnapshot();
    let saved = { answers: start.context.answers, position: positionOf(String(start.value), start.context.currentId) };
    const sub = actor.subscribe((snap) => {
      const position = positionOf(String(snap.value), snap.context.currentId);
      const { answers } = snap.context;
      const moved = position.stage !== saved.position.stage || position.questionId !== saved.position.questionId;
      if (answers !== saved.answers || moved) {
        saved = { answers, position };
        updatePlan(doc.id, (d) => ({ ...d, answers, position }));
      }
      if (snap.value === 'done') navigate(href.plan(doc.id));
    });
    return () => sub.unsubscribe();
  }, [actor, doc.id, updatePlan]);

  const state = useSelector(actor, (s) => String(s.value));
  const answers = useSelector(actor, (s) => s.context.answers);
  const currentId = useSelector(actor, (s) => s.context.currentId);
  const error = useSelector(actor, (s) => s.context.error);
  const returnToReview = useSelector(actor, (s) => s.context.returnToReview);
  const canBack = useSelector(actor, (s) => s.can({ type: 'nav.back' }));
  const canSkip = useSelector(actor, (s) => s.can({ type: 'nav.skip' }));

  const reviewing = state === 'review' || state === 'done';
  // The plan comes next: fetch the rest of the knowledge base and the plan screen meanwhile.
  useEffect(() => {
    if (reviewing) void prefetchPlanScreen();
  }, [reviewing]);

  if (reviewing) {
    return (
      <ReviewView
        content={content}
        answers={answers}
        error={error}
        finished={state === 'done'}
        onEdit={(questionId) => actor.send({ type: 'review.goto', questionId })}
        onRefine={() => actor.send({ type: 'refine.start' })}
        onFinish={() => (state === 'done' ? navigate(href.plan(doc.id)) : actor.send({ type: 'questionnaire.finish' }))}
        onBack={() => actor.send({ type: 'nav.back' })}
      />
    );
  }
  const found = content.questions.find((q) => q.id === currentId);
  if (!found)
    return <p role="alert">This question is no longer available. Go back to your plans and reopen this one.</p>;
  const question = asAsked(found, answers);
  const track = trackQuestions(content.questions, answers, trackOf(question));
  const progress = progressOf(content.questions, answers, currentId);
  return (
    <div className="questionnaire">
      <div className="progress" aria-hidden="true">
        <div className="progress-bar" style={{ width: `${progress.percent}%` }} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {progress.answered} of {progress.total} questions answered.
      </p>
      <p className="muted progress-text">
        {doc.name}: {progress.answered} of {progress.total} answered ({progress.percent}%)
      </p>
      <QuestionView
        content={content}
        question={question}
        value={answers[question.id]}
        error={error}
        progress={progress}
        canBack={canBack}
        canSkip={canSkip && !question.required}
        returnToReview={returnToReview || trackOf(question) === 'refine'}
        refining={trackOf(question) === 'refine'}
        isLast={track.at(-1)?.id === question.id}
        onChange={(value) =>
          actor.send(
            value === undefined
              ? { type: 'answer.clear', questionId: question.id }
              : { type: 'answer.set', questionId: question.id, value },
          )
        }
        onNext={() => actor.send({ type: 'nav.next' })}
        onBack={() => actor.send({ type: 'nav.back' })}
        onSkip={() => actor.send({ type: 'nav.skip' })}
        onReview={() => actor.send({ type: 'nav.review' })}
      />
    </div>
  );
}

export default function QuestionnaireScreen({ planId }: { planId: string }) {
  const content = useQuestionnaireContent();
  const doc = usePlansStore((s) => s.plans[planId]);
  // Another tab changed this plan: start again from its version rather than write over it.
  const revision = usePlansStore((s) => s.revisions[planId] ?? 0);
  if (!doc) return <PlanNotFound />;
  return <Questionnaire key={`${doc.id}:${revision}`} content={content} doc={doc} />;
}
