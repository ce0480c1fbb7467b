import type { Snapshot } from 'xstate';
import type { Question } from '../domain/content/schema';
import type { PlanDocument, QuestionnairePosition } from '../domain/document/types';
import { visibleQuestions } from '../domain/questionnaire/visibility';
import { sectionOf } from '../domain/questionnaire/navigation';
import {
  MACHINE_VERSION,
  STATE_NAMES,
  type QuestionnaireInput,
  type QuestionnaireContext,
} from './questionnaire.machine';

export type RestoreOptions = { snapshot: Snapshot<unknown>; input: QuestionnaireInput } | { input: QuestionnaireInput };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A saved snapshot is used only when it was taken by this machine version and still agrees with the
 * saved answers and the current content; otherwise the questionnaire restarts from the answers and
 * position, which survive any change to the machine.
 */
export function restoreOptions(questions: readonly Question[], doc: PlanDocument): RestoreOptions {
  const input: QuestionnaireInput = { answers: doc.answers, position: doc.position };
  const envelope = doc.machine;
  if (!envelope || envelope.machineVersion !== MACHINE_VERSION || !isRecord(envelope.snapshot)) return { input };
  const snap = envelope.snapshot;
  const context = snap.context as Partial<QuestionnaireContext> | undefined;
  if (snap.status !== 'active' || typeof snap.value !== 'string' || !isRecord(context)) return { input };
  if (!(STATE_NAMES as readonly string[]).includes(snap.value)) return { input };
  if (JSON.stringify(context.answers) !== JSON.stringify(doc.answers)) return { input };
  // The error is shown as text: anything else (a tampered snapshot) would break the screen on every load.
  if (context.error !== undefined && context.error !== null && typeof context.error !== 'string') return { input };
  const currentId = context.currentId ?? null;
  if (currentId !== null) {
    const visible = visibleQuestions(questions, doc.answers).some((q) => q.id === currentId);
    if (!visible || sectionOf(questions, currentId) !== snap.value) return { input };
  } else if (snap.value !== 'review' && snap.value !== 'done') return { input };
  return { snapshot: envelope.snapshot as unknown as Snapshot<unknown>, input };
}

export function positionOf(value: string, currentId: string | null): QuestionnairePosition {
  if (value === 'done') return { questionId: null, stage: 'done' };
  if (value === 'review') return { questionId: null, stage: 'review' };
  return { questionId: currentId, stage: 'answering' };
}
