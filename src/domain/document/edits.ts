import type { CustomPoint, PlanEdits, PointEdit } from './types';

/** Pure changes to a plan's team edits. Each returns new edits and leaves the input untouched. */

const isEmpty = (edit: PointEdit) => Object.values(edit).every((v) => v === undefined || v === '');

/** Sets (or, given null or an empty edit, removes) the team's edit of a recommended point. */
export function setPointEdit(edits: PlanEdits, pointId: string, edit: PointEdit | null): PlanEdits {
  const points = { ...edits.points };
  if (edit === null || isEmpty(edit)) delete points[pointId];
  else points[pointId] = edit;
  return { ...edits, points };
}

/** Adds a point the answers did not call for, keeping any owner, date or notes already set. */
export function includePoint(edits: PlanEdits, pointId: string): PlanEdits {
  return setPointEdit(edits, pointId, { ...edits.points[pointId], decision: 'include' });
}

/** Undoes the team's include or exclude decision, keeping owner, date, status and notes. */
export function clearDecision(edits: PlanEdits, pointId: string): PlanEdits {
  const rest = { ...edits.points[pointId] };
  delete rest.decision;
  delete rest.reason;
  return setPointEdit(edits, pointId, rest);
}

/** Saves owner, date, status and notes on a custom point (keeping its priority and hours), or the edit of a recommended point. */
export function saveItemEdit(edits: PlanEdits, id: string, edit: PointEdit): PlanEdits {
  const custom = edits.custom.find((c) => c.id === id);
  // The team's priority is set in the workshop, not by this form: keep it.
  const teamPriority = edits.points[id]?.priority;
  if (!custom)
    return setPointEdit(edits, id, teamPriority && !edit.priority ? { ...edit, priority: teamPriority } : edit);
  const { owner, targetDate, status, notes } = edit;
  const { id: cid, phase, title, description, who, level, priority, patientHours } = custom;
  const next: CustomPoint = {
    id: cid,
    phase,
    title,
    description,
    who,
    level,
    ...(priority ? { priority } : {}),
    ...(patientHours !== undefined ? { patientHours } : {}),
    ...(owner ? { owner } : {}),
    ...(targetDate ? { targetDate } : {}),
    ...(status ? { status } : {}),
    ...(notes ? { notes } : {}),
  };
  return { ...edits, custom: edits.custom.map((c) => (c.id === id ? next : c)) };
}

export function addCustomPoint(edits: PlanEdits, point: CustomPoint): PlanEdits {
  return { ...edits, custom: [...edits.custom, point] };
}

/** Drops whatever the team recorded under this id: a custom point, or the edit of a recommended one. */
export function discardEdit(edits: PlanEdits, id: string): PlanEdits {
  return edits.custom.some((c) => c.id === id)
    ? { ...edits, custom: edits.custom.filter((c) => c.id !== id) }
    : setPointEdit(edits, id, null);
}

/** Sets the team's priority for a point (null: back to the plan's suggestion; custom points keep one always). */
export function setPriority(edits: PlanEdits, id: string, priority: PointEdit['priority'] | null): PlanEdits {
  if (edits.custom.some((c) => c.id === id))
    return {
      ...edits,
      custom: edits.custom.map((c) => (c.id === id ? { ...c, priority: priority ?? 'recommended' } : c)),
    };
  const rest = { ...edits.points[id] };
  if (priority) rest.priority = priority;
  else delete rest.priority;
  return setPointEdit(edits, id, rest);
}
