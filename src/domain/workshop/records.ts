import { WORKSHOP_LIMITS, type Workshop, type WorkshopAction, type WorkshopDecision } from '../document/workshop';

/** Pure changes to the workshop's decisions and actions. */

export const addDecision = (w: Workshop, d: WorkshopDecision): Workshop =>
  w.decisions.length >= WORKSHOP_LIMITS.decisions ? w : { ...w, decisions: [...w.decisions, d] };

export const updateDecision = (w: Workshop, id: string, change: Partial<Omit<WorkshopDecision, 'id'>>): Workshop => ({
  ...w,
  decisions: w.decisions.map((d) => (d.id === id ? { ...d, ...change } : d)),
});

export const removeDecision = (w: Workshop, id: string): Workshop => ({
  ...w,
  decisions: w.decisions.filter((d) => d.id !== id),
});

export const addAction = (w: Workshop, a: WorkshopAction): Workshop =>
  w.actions.length >= WORKSHOP_LIMITS.actions ? w : { ...w, actions: [...w.actions, a] };

export const updateAction = (w: Workshop, id: string, change: Partial<Omit<WorkshopAction, 'id'>>): Workshop => ({
  ...w,
  actions: w.actions.map((a) => (a.id === id ? { ...a, ...change } : a)),
});

export const removeAction = (w: Workshop, id: string): Workshop => ({
  ...w,
  actions: w.actions.filter((a) => a.id !== id),
});

/** The groups that took part: any that voted, replied or agreed a decision. */
export function groupsPresent(w: Workshop | undefined): string[] {
  if (!w) return [];
  const found = new Set<string>();
  for (const v of Object.values(w.votes)) for (const g of Object.keys(v)) found.add(g);
  for (const d of w.decisions) for (const g of d.agreedBy) found.add(g);
  for (const r of w.responses)
    found.add(r.respondent.group === 'carer' || r.respondent.group === 'patient' ? 'patients' : r.respondent.group);
  return ['patients', 'team', 'other'].filter((g) => found.has(g));
}

export const ACTION_STATUS_LABEL: Record<WorkshopAction['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const GROUP_LABEL: Record<string, string> = {
  patients: 'Patients and carers',
  team: 'Team',
  other: 'Others',
};
