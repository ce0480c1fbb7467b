import '../../styles/partner.css';
import { useId, useRef, useState } from 'react';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { downloadText, safeFileName } from '../../lib/download';
import { href } from '../../lib/routes';
import { encodeShareLink, type ShareAudience } from '../../lib/share/planLink';
import { QrCode } from './QrCode';
import { PartnerContactForm } from './PartnerContactForm';
import { ResponsesImport } from './ResponsesImport';

/** The longest link a QR code holds at the lowest error correction, in bytes. */
const QR_MAX = 2953;

const AUDIENCE_WORDS: Record<ShareAudience, string> = {
  partner: 'for patient partners',
  team: 'for the team',
  participant: 'for workshop participants',
};

type Made = { kind: 'link'; url: string; audience: ShareAudience } | { kind: 'too-large'; error: string };

/** Share links (for the team or for patient partners), with copy and QR code; the partner contact and responses. */
export function SharePanel({ doc, plan }: { doc: PlanDocument; plan: Plan }) {
  const id = useId();
  const [audience, setAudience] = useState<ShareAudience>('partner');
  const [made, setMade] = useState<Made | null>(null);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const make = async () => {
    setStatus('');
    const r = await encodeShareLink(doc, audience);
    if (!r.ok) {
      setMade({ kind: 'too-large', error: r.error });
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}${href.share(r.payload)}`;
    setMade({ kind: 'link', url, audience });
    setStatus(`The link is ${url.length.toLocaleString('en-GB')} characters long.`);
  };
  const copy = async () => {
    if (made?.kind !== 'link') return;
    field.current?.select();
    try {
      await navigator.clipboard.writeText(made.url);
      setStatus('The link is copied. Paste it into an email or message.');
    } catch {
      setStatus('The link could not be copied for you. It is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  };
  const downloadFile = () =>
    downloadText(`${safeFileName(doc.name)}.json`, JSON.stringify(doc, null, 2), 'application/json');
  return (
    <section className="panel share" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Share a link</h2>
      <p>
        The link holds the whole plan, packed into the part of the address that browsers never send to a server. Anyone
        with the link can read it. <a href={href.partner(doc.id)}>See the partner view</a>.
      </p>
      <fieldset>
        <legend>Who the link is for</legend>
        <div className="check">
          <input
            type="radio"
            id={`${id}-partner`}
            name={`${id}-aud`}
            checked={audience === 'partner'}
            onChange={() => setAudience('partner')}
          />
          <label htmlFor={`${id}-partner`}>For patient partners (opens the plain-language partner view)</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id={`${id}-team`}
            name={`${id}-aud`}
            checked={audience === 'team'}
            onChange={() => setAudience('team')}
          />
          <label htmlFor={`${id}-team`}>For the team (opens the whole plan, as a new plan or view only)</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id={`${id}-participant`}
            name={`${id}-aud`}
            checked={audience === 'participant'}
            onChange={() => setAudience('participant')}
          />
          <label htmlFor={`${id}-participant`}>
            For workshop participants (opens a form to rate the points and send back a response; no owners, notes or
            votes)
          </label>
        </div>
      </fieldset>
      <button type="button" onClick={() => void make()}>
        Make a share link
      </button>
      {made?.kind === 'too-large' && (
        <div role="alert">
          <p>{made.error}</p>
          <button type="button" onClick={downloadFile}>
            Download the plan file
          </button>
        </div>
      )}
      {made?.kind === 'link' && (
        <div className="share-result">
          <div className="field">
            <label htmlFor={`${id}-link`}>Share link</label>
            <input id={`${id}-link`} ref={field} readOnly value={made.url} onFocus={(e) => e.target.select()} />
          </div>
          <button type="button" onClick={() => void copy()}>
            Copy the link
          </button>
          {made.url.length <= QR_MAX ? (
            <QrCode text={made.url} label={`QR code of the share link ${AUDIENCE_WORDS[made.audience]}`} />
          ) : (
            <p>This link is too long for a QR code; send the link itself.</p>
          )}
        </div>
      )}
      <p role="status">{status}</p>
      <PartnerContactForm doc={doc} />
      <ResponsesImport doc={doc} plan={plan} />
    </section>
  );
}
