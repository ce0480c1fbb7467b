import type { Rating, RespondentGroup } from '../../domain/response/types';
import { newId } from '../../lib/download';

/** What a participant has entered so far, kept on their device so a reload loses nothing. */
export interface Draft {
  respondentId: string;
  name: string;
  group: RespondentGroup | '';
  ratings: Record<string, Rating>;
  comments: Record<string, string>;
  interest: string[];
  note: string;
  accessNeeds: string;
}

// Outside the app's `pep:` keys, which hold plans only.
const draftKey = (planId: string) => `pep-respond-draft:${planId}`;
export const PLAN_KEY = 'pep-respond-plan';

export function loadDraft(planId: string): Draft {
  const fresh: Draft = {
    respondentId: newId(),
    name: '',
    group: '',
    ratings: {},
    comments: {},
    interest: [],
    note: '',
    accessNeeds: '',
  };
  try {
    const raw = window.localStorage.getItem(draftKey(planId));
    const saved = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    return saved && typeof saved === 'object' ? { ...fresh, ...saved } : fresh;
  } catch {
    return fresh;
  }
}

export function saveDraft(planId: string, draft: Draft): void {
  try {
    window.localStorage.setItem(draftKey(planId), JSON.stringify(draft));
  } catch {
    /* storage full or blocked: the draft stays on screen */
  }
}

export function savePlanText(text: string | null): void {
  try {
    if (text === null) window.localStorage.removeItem(PLAN_KEY);
    else window.localStorage.setItem(PLAN_KEY, text);
  } catch {
    /* the participant can open the file again */
  }
}

export function loadPlanText(): string | null {
  try {
    return window.localStorage.getItem(PLAN_KEY);
  } catch {
    return null;
  }
}
