import { LIMITS } from './limits';

/** Who patient partners should contact: the team fills it in; it is shown in the partner view and PDF. */
export interface PartnerContact {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
}

const FIELDS = ['name', 'role', 'email', 'phone'] as const;

/** Keeps the contact's text fields (trimmed, within the limit); nothing at all when none is filled in. */
export function cleanPartnerContact(raw: unknown): PartnerContact | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const contact: PartnerContact = {};
  for (const f of FIELDS) {
    const v = (raw as Record<string, unknown>)[f];
    if (typeof v === 'string' && v.trim() !== '') contact[f] = v.trim().slice(0, LIMITS.partnerContactField);
  }
  return Object.keys(contact).length ? contact : undefined;
}

/** The settings field for `normalise`: `{ partnerContact }` when there is one. */
export function partnerSettings(settings: Record<string, unknown>): { partnerContact?: PartnerContact } {
  const contact = cleanPartnerContact(settings.partnerContact);
  return contact ? { partnerContact: contact } : {};
}

export function hasContact(c: PartnerContact | undefined): c is PartnerContact {
  return Boolean(c && (c.name || c.email || c.phone));
}
