import type { PlanDocument, PointEdit } from '../document/types';
import { restoreDocument } from '../document/migrations';

export const PARTICIPANT_KIND = 'pep-participant';

/**
 * What a participant receives: the plan's answers and the team's choices of points and priorities,
 * but none of the team's internal notes, owners or reasons, and no one else's responses or votes.
 */
export function participantCopy(doc: PlanDocument): PlanDocument {
  const points: Record<string, PointEdit> = {};
  for (const [id, e] of Object.entries(doc.edits.points)) {
    const kept: PointEdit = {
      ...(e.decision ? { decision: e.decision } : {}),
      ...(e.priority ? { priority: e.priority } : {}),
    };
    if (Object.keys(kept).length > 0) points[id] = kept;
  }
  const custom = doc.edits.custom.map(({ owner: _o, notes: _n, status: _s, targetDate: _t, ...c }) => c);
  const { workshop: _w, ...rest } = doc;
  return { ...rest, edits: { points, custom } };
}

export function participantFileText(doc: PlanDocument): string {
  return JSON.stringify({ kind: PARTICIPANT_KIND, version: 1, plan: participantCopy(doc) });
}

/** Reads a participant file (or a plain plan file) with the same checks as an imported plan. */
export function readParticipantFile(text: string): { ok: true; doc: PlanDocument } | { ok: false; error: string } {
  if (text.length > 2_000_000) return { ok: false, error: 'This file is too large to be a participant file.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a participant file: it is not valid JSON (it may have been cut short).' };
  }
  const inner =
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === PARTICIPANT_KIND
      ? (value as { plan?: unknown }).plan
      : value;
  const result = restoreDocument(inner);
  return result.ok ? { ok: true, doc: participantCopy(result.document) } : { ok: false, error: result.error };
}
