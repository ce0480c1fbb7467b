import type { Content } from './schema';

/** The partner view's texts each group named methods, no method sits in two (one in none reads as "Other ways to help"), and the fixed paragraphs exist. */
export const PARTNER_TEXT_IDS = [
  'intro',
  'choice',
  'no-moments',
  'payment-unset',
  'feedback',
  'no-contact',
  'later-roles',
  'privacy',
  'interest',
  'ask-other',
] as const;

export function checkPartnerTexts(
  c: Content,
  need: (ok: boolean, message: string) => void,
  cite: (where: string, refs: string[]) => void,
): void {
  if (c.partner.length === 0) return;
  const seen = new Map<string, string>();
  for (const t of c.partner) {
    cite(`partner text "${t.id}"`, t.references ?? []);
    for (const m of t.methods ?? []) {
      need(
        c.methods.some((x) => x.id === m),
        `partner text "${t.id}": unknown method "${m}"`,
      );
      const other = seen.get(m);
      need(!other, `partner texts "${other}" and "${t.id}" both group method "${m}"`);
      seen.set(m, t.id);
    }
    if (t.methods) need(Boolean(t.heading), `partner text "${t.id}": a group needs a heading`);
  }
  for (const id of PARTNER_TEXT_IDS)
    need(
      c.partner.some((t) => t.id === id),
      `content/partner.yaml has no text "${id}"`,
    );
}
