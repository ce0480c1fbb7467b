import type { Section } from '../../domain/content/schema';

export const SECTION_LABELS: Record<Section, { title: string; intro: string }> = {
  context: { title: 'Your programme', intro: 'A few facts about who is planning what.' },
  why: { title: 'Why', intro: 'What you need patient experience data and patient input for.' },
  what: { title: 'What', intro: 'Which kinds of patient experience data you expect to generate or use.' },
  who: { title: 'Who', intro: 'Which people and organisations should take part.' },
  how: { title: 'How', intro: 'How you want to work with patients: level, format, support.' },
  when: { title: 'When', intro: 'Which research phases the plan should cover, and key dates.' },
};
