import { decodePayload, encodePayload, formatSize, type PayloadKind, type PayloadProblem } from './codec';
import { restoreDocument } from '../../domain/document/migrations';
import type { PlanDocument } from '../../domain/document/types';
import { participantCopy } from '../../domain/workshop/participant';

/**
 * Who a share link is for: the team (the full plan), patient partners (the partner view) or workshop
 * participants (the rating form, with the participant copy of the plan: no owners, notes or votes).
 */
export type ShareAudience = 'team' | 'partner' | 'participant';
const AUDIENCES: readonly ShareAudience[] = ['team', 'partner', 'participant'];

/**
 * Share links stay below what mail and chat apps pass on whole; a plan longer than this is offered
 * as a file instead. Decoding accepts a little more, in case a link was made by a planner with a
 * looser limit.
 */
export const SHARE_LIMITS = { linkChars: 8000, acceptChars: 16_000, inflatedBytes: 2_000_000 } as const;

export const PLAN_PAYLOAD: PayloadKind = {
  tag: 'plan',
  version: 1,
  noun: 'share link',
  maxLength: SHARE_LIMITS.acceptChars,
  maxInflated: SHARE_LIMITS.inflatedBytes,
};

export type ShareLinkResult =
  { ok: true; payload: string; length: number } | { ok: false; length: number; error: string };

/** The payload for `#/share/<payload>`: the whole saved plan, compressed. */
export async function encodeShareLink(document: PlanDocument, audience: ShareAudience): Promise<ShareLinkResult> {
  const payload = await encodePayload(PLAN_PAYLOAD, {
    audience,
    document: audience === 'participant' ? participantCopy(document) : document,
  });
  if (payload.length > SHARE_LIMITS.linkChars)
    return {
      ok: false,
      length: payload.length,
      error: `This plan is too large for a link (${formatSize(payload.length)} characters; links stay under ${formatSize(SHARE_LIMITS.linkChars)}). Send the plan as a file instead.`,
    };
  return { ok: true, payload, length: payload.length };
}

export type OpenedShare =
  | { ok: true; audience: ShareAudience; document: PlanDocument }
  | { ok: false; problem: PayloadProblem | 'invalid-plan'; error: string };

/** Reads a share link's payload and checks the plan in it exactly as an imported file is checked. */
export async function decodeShareLink(payload: string): Promise<OpenedShare> {
  const decoded = await decodePayload(PLAN_PAYLOAD, payload);
  if (!decoded.ok) return decoded;
  const value = decoded.value;
  if (typeof value !== 'object' || value === null || !('document' in value))
    return { ok: false, problem: 'invalid-plan', error: 'This share link holds no plan.' };
  const said = (value as { audience?: unknown }).audience;
  const audience: ShareAudience = AUDIENCES.find((a) => a === said) ?? 'team';
  const restored = restoreDocument((value as { document: unknown }).document);
  if (!restored.ok)
    return {
      ok: false,
      problem: 'invalid-plan',
      error: `The plan in this share link cannot be opened: ${restored.error}`,
    };
  // A participant never sees more than the participant copy, whatever a tampered link carries.
  const document = audience === 'participant' ? participantCopy(restored.document) : restored.document;
  return { ok: true, audience, document };
}
