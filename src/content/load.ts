import { use } from 'react';
import type { Content, QuestionnaireContent } from '../domain/content/schema';

type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** Loads a module once; the promise records its value so React's use() renders without suspending again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: TrackedPromise<T> | null = null;
  return () => {
    if (!pending) {
      const promise: TrackedPromise<T> = load().then((value) => {
        promise.status = 'fulfilled';
        promise.value = value;
        return value;
      });
      pending = promise;
    }
    return pending;
  };
}

/** The whole knowledge base, loaded on demand so the first screen stays small. */
export const loadContent = once<Content>(() => import('virtual:content').then((m) => m.default));

/** Questions and glossary only: about a sixth of the knowledge base. */
export const loadQuestionnaireContent = once<QuestionnaireContent>(() =>
  import('virtual:content-questionnaire').then((m) => m.default),
);

/** Suspends until the knowledge base is loaded. */
export function useContent(): Content {
  return use(loadContent());
}

export function useQuestionnaireContent(): QuestionnaireContent {
  return use(loadQuestionnaireContent());
}
