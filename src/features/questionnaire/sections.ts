import type { Section } from '../../domain/content/schema';

export const SECTION_LABELS: Record<Section, { title: string }> = {
  context: { title: 'Your programme' },
  why: { title: 'Why' },
  what: { title: 'What' },
  who: { title: 'Who' },
  how: { title: 'How' },
  when: { title: 'When' },
};
