/** The words of the living plan (impact log, versions, GRIPP2 report), for the screen and the exports. */

export const DIFF_TEXT = {
  field: {
    priority: 'priority',
    decision: 'decision patients can shape',
    owner: 'owner',
    targetDate: 'target date',
    status: 'status',
  },
  notSet: 'not set',
  none: 'No differences: both give the same plan.',
  added: (title: string, priority: string) => `Added: ${title} (${priority}).`,
  removed: (title: string, leftOut?: string) =>
    leftOut ? `Removed: ${title} (left out by the team: ${leftOut}).` : `Removed: ${title}.`,
  changed: (title: string, changes: string[]) => `Changed: ${title}: ${changes.join('; ')}.`,
} as const;

export const RECORD_TEXT = {
  heading: 'What happened',
  intro:
    'Log what happened at this point, what changed because of patient input, the feedback sent back to the partners, and the result of the evaluation metric. It goes into the impact report (GRIPP2).',
  add: 'Log what happened',
  entry: (n: number) => `Entry ${n}`,
  date: 'Date',
  happened: 'What happened',
  changed: 'What changed because of patient input',
  feedbackLegend: 'Feedback to the partners',
  feedbackDate: 'Sent on',
  feedbackHow: 'How it was sent (email, meeting, newsletter…)',
  feedbackSummary: 'What the feedback said',
  metric: 'Evaluation metric',
  noMetric: 'None chosen',
  forThisPoint: '(measures this point)',
  result: 'Result of the metric',
  remove: 'Remove this entry',
  removed: 'Entry removed.',
  added: 'Entry added: fill it in below. It is saved as you type.',
  saved: 'Saved.',
  full: 'This point’s log is full.',
} as const;

export const VERSION_TEXT = {
  heading: 'Versions of the plan',
  intro:
    'Save the plan under a name before you change it (for example “v1 for the steering committee”), then compare two versions, or a version with the plan as it is now.',
  name: 'Name of the version',
  save: 'Save this version',
  saved: (name: string) => `Saved the version “${name}”.`,
  nameNeeded: 'Give the version a name first.',
  full: 'The plan holds as many versions as it can. Delete one to save another.',
  none: 'No versions saved yet.',
  listLabel: 'Saved versions',
  savedOn: (date: string) => `saved ${date}`,
  remove: 'Delete',
  removed: (name: string) => `Deleted the version “${name}”.`,
  from: 'Compare',
  to: 'with',
  current: 'The plan as it is now',
  diffHeading: (from: string, to: string) => `From “${from}” to “${to}”`,
  otherContent: (versions: string[], now: string) =>
    `Saved with knowledge base ${versions.join(' and ')}; both are rebuilt with ${now}, so only your answers and edits make the difference.`,
} as const;

/** The GRIPP2 short form (Staniszewska et al., BMJ 2017): five items, each with what it asks for. */
export const GRIPP2_TEXT = {
  title: (name: string) => `${name}: patient and public involvement impact report`,
  byline: (parts: string[]) => ['GRIPP2 short form', ...parts].join(' · '),
  notYet: 'Not yet recorded.',
  sections: {
    aim: { heading: '1. Aim', asks: 'The aim of patient and public involvement in the programme.' },
    methods: {
      heading: '2. Methods',
      asks: 'How patients and the public were involved: the engagement points done, who took part, at what level and by which methods.',
    },
    results: {
      heading: '3. Results',
      asks: 'What happened at each point, the feedback sent back to the partners, and the evaluation results.',
    },
    outcomes: {
      heading: '4. Outcomes',
      asks: 'What changed in the research because of patient input.',
    },
    reflections: {
      heading: '5. Reflections',
      asks: 'What went well and what did not, in the team’s words: a critical perspective on the involvement.',
    },
  },
  purpose: (text: string) => `Purpose: ${text}`,
  noDone: 'Not yet recorded: no engagement point is marked done.',
  methodsHeader: ['Engagement point', 'Who took part', 'Level of engagement', 'Methods'],
  noLog: 'Not yet recorded: no impact is logged.',
  noChange: 'Not yet recorded: no change because of patient input is logged.',
  noReflections: 'Not yet recorded: the team has not written its reflections.',
  dateNotSet: 'date not recorded',
  feedback: (when: string, how: string, summary: string) =>
    `Feedback to partners (${[when, how].filter(Boolean).join(', ') || 'when and how not recorded'}): ${summary || 'no summary recorded'}`,
  metric: (name: string, result: string) => `${name}: ${result || 'no result recorded'}`,
  heading: 'Impact report (GRIPP2)',
  reflectionsLabel: 'Reflections for the impact report (GRIPP2)',
  reflectionsHelp: 'What went well, what did not, and what you would do differently. Saved as you type.',
  word: 'Impact report (GRIPP2, .docx)',
  markdown: 'Impact report (Markdown)',
  making: 'Making the impact report…',
  failed: (why: string) => `The impact report could not be made: ${why}`,
} as const;
