import type { Content } from '../content/schema';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type PlanDocument } from './types';

export interface NewDocumentInput {
  id: string;
  name: string;
  organisation?: string;
  contentVersion: string;
  now: string;
}

export function newDocument({ id, name, organisation = '', contentVersion, now }: NewDocumentInput): PlanDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    contentVersion,
    id,
    name: name.trim() || 'Untitled plan',
    organisation,
    createdAt: now,
    updatedAt: now,
    answers: {},
    position: { questionId: null, stage: 'answering' },
    edits: { points: {}, custom: [] },
    settings: { ...DEFAULT_SETTINGS },
  };
}

/** An example plan: the scenario's answers, finished, ready to explore. */
export function exampleDocument(
  content: Content,
  exampleId: string,
  now: string,
  id = `example-${exampleId}`,
): PlanDocument {
  const example = content.examples.find((x) => x.id === exampleId);
  if (!example) throw new Error(`There is no example plan called "${exampleId}".`);
  return {
    ...newDocument({ id, name: example.name, organisation: 'Example', contentVersion: content.meta.version, now }),
    answers: { ...example.answers },
    position: { questionId: null, stage: 'done' },
    exampleId,
  };
}
