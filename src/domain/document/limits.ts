/** Limits on what a saved or imported plan may hold, so one file cannot fill the browser's storage. */
export const LIMITS = {
  essentialCap: 1000,
  name: 200,
  organisation: 200,
  answerText: 5000,
  answerChoices: 100,
  choice: 200,
  answers: 500,
  reason: 2000,
  owner: 200,
  notes: 5000,
  pointEdits: 1000,
  customPoints: 200,
  title: 300,
  description: 5000,
  who: 50,
  id: 200,
  answerNumber: 1_000_000,
  hourlyRate: 10_000,
  /** A workshop agenda: minutes for one phase (a day is 1,440), and how many phases it may name. */
  agendaMinutes: 1440,
  agendaPhases: 100,
  partnerContactField: 200,
} as const;

/** A usable hourly rate: a finite, non-negative number within the limit. */
export function validRate(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= LIMITS.hourlyRate;
}
