import type { Content } from './schema';

/** Where each collection lives in content/: a file `<name>.yaml`, a folder `<name>/*.yaml`, or both. */
export const COLLECTION_FILES = {
  phases: 'phases',
  contexts: 'contexts',
  levels: 'levels',
  stakeholders: 'stakeholders',
  pedTypes: 'ped-types',
  methods: 'methods',
  points: 'points',
  considerations: 'considerations',
  qualityCriteria: 'quality-criteria',
  metrics: 'metrics',
  regions: 'regions',
  references: 'references',
  glossary: 'glossary',
  questions: 'questions',
  rules: 'rules',
  examples: 'examples',
  partner: 'partner',
} as const satisfies Record<Exclude<keyof Content, 'meta' | 'scoring' | 'timeline'>, string>;

export type CollectionKey = keyof typeof COLLECTION_FILES;

/** Raw content as read from disk, with the file each entry came from (for error messages). */
export interface RawContent {
  meta: unknown;
  /** content/scoring.yaml: one object, like meta. */
  scoring?: unknown;
  /** content/timeline.yaml: one object, like meta. */
  timeline?: unknown;
  collections: Record<CollectionKey, unknown[]>;
  sources: Record<CollectionKey, string[]>;
}
