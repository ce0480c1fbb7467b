import '../../styles/partner.css';
import { useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { PartnerView } from './PartnerView';

/** The partner view's page: heading, large print and print. */
export function PartnerPage({ content, doc, banner }: { content: Content; doc: PlanDocument; banner?: string }) {
  const [largePrint, setLargePrint] = useState(false);
  return (
    <div className="partner-page">
      <h1 id="partner-heading" tabIndex={-1}>
        {doc.name}: a guide for patients and carers
      </h1>
      {banner && <p className="notice">{banner}</p>}
      <div className="partner-tools no-print">
        <button type="button" aria-pressed={largePrint} onClick={() => setLargePrint((v) => !v)}>
          Large print
        </button>
        <button type="button" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <PartnerView content={content} doc={doc} largePrint={largePrint} />
    </div>
  );
}
