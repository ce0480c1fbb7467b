import { useId, useState } from 'react';
import { cleanPartnerContact, type PartnerContact } from '../../domain/document/partner';
import type { PlanDocument } from '../../domain/document/types';
import { usePlansStore } from '../../stores/plans.store';

const FIELDS: { key: keyof PartnerContact; label: string; type: string; auto: string }[] = [
  { key: 'name', label: 'Name', type: 'text', auto: 'name' },
  { key: 'role', label: 'Role', type: 'text', auto: 'organization-title' },
  { key: 'email', label: 'Email', type: 'email', auto: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel', auto: 'tel' },
];

/** The "contact for partners" the partner view and PDF show; saved with the plan's settings. */
export function PartnerContactForm({ doc }: { doc: PlanDocument }) {
  const id = useId();
  const updatePlan = usePlansStore((s) => s.updatePlan);
  const [draft, setDraft] = useState<PartnerContact>(doc.settings.partnerContact ?? {});
  const [saved, setSaved] = useState('');
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const contact = cleanPartnerContact(draft);
    updatePlan(doc.id, (d) => {
      const { partnerContact: _old, ...settings } = d.settings;
      return { ...d, settings: contact ? { ...settings, partnerContact: contact } : settings };
    });
    setSaved(contact ? 'The contact for partners is saved.' : 'The contact for partners is cleared.');
  };
  return (
    <form onSubmit={save} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Contact for partners</h3>
      <p className="muted">Who patients and carers should call or write to. It shows in the partner view and PDF.</p>
      {FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
          <input
            id={`${id}-${f.key}`}
            type={f.type}
            autoComplete={f.auto}
            maxLength={200}
            value={draft[f.key] ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
          />
        </div>
      ))}
      <button type="submit">Save the contact</button>
      <p role="status">{saved}</p>
    </form>
  );
}
