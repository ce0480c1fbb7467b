/** Who a participant speaks for. Ratings are counted separately per group. */
export const RESPONDENT_GROUPS = ['patient', 'carer', 'team', 'other'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export const RESPONSE_KIND = 'pep-response';
export const RESPONSE_VERSION = 1;

/** A rating of how much a point matters, 1 (not at all) to 5 (very much). */
export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export interface Respondent {
  /**
   * Stable per participant and plan (kept on their device), so a second response from the same person
   * replaces the first.
   */
  id: string;
  name?: string;
  group: RespondentGroup;
}

/** What one participant sends back about one plan: a small file or link, made on their own device. */
export interface ParticipantResponse {
  kind: typeof RESPONSE_KIND;
  version: typeof RESPONSE_VERSION;
  planId: string;
  responseId: string;
  createdAt: string;
  respondent: Respondent;
  ratings: Record<string, Rating>;
  comments: Record<string, string>;
  /** Points the participant would like to join (issue 14's "I'm interested"). */
  interest: string[];
  note?: string;
  accessNeeds?: string;
  /** Fingerprint of the canonical content (see canonical.ts): catches edits and cut-off files. */
  check: string;
}

/** A response before its check is computed. */
export type ResponseDraft = Omit<ParticipantResponse, 'check' | 'kind' | 'version'>;

/** The plan a response must belong to. */
export interface ResponsePlan {
  id: string;
  pointIds: readonly string[];
}

export type ParseResult = { ok: true; response: ParticipantResponse } | { ok: false; error: string };

export const RESPONSE_LIMITS = {
  /** Characters of JSON text one response may take: a few hundred points with comments. */
  chars: 300_000,
  id: 200,
  name: 200,
  comment: 2000,
  note: 2000,
  accessNeeds: 2000,
} as const;
