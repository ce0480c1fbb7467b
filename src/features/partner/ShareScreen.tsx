import { use, useMemo, useState } from 'react';
import { useContent } from '../../content/load';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { buildPlan } from '../../domain/engine/buildPlan';
import { PRIORITY_LABEL } from '../../domain/plan/labels';
import { newId } from '../../lib/download';
import { href, navigate } from '../../lib/routes';
import { decodeShareLink, type OpenedShare } from '../../lib/share/planLink';
import { usePlansStore } from '../../stores/plans.store';
import { PartnerPage } from './PartnerPage';
import { ResponseForm } from '../respond/RespondScreen';

const opened = new Map<string, Promise<OpenedShare>>();
/** One decoding per payload, so React's use() can suspend on it. */
function openShare(payload: string): Promise<OpenedShare> {
  let p = opened.get(payload);
  if (!p) {
    p = decodeShareLink(payload);
    opened.set(payload, p);
  }
  return p;
}

/** Saves the shared plan as a new plan of this browser's own: never over an existing one. */
function saveCopy(doc: PlanDocument): PlanDocument | null {
  const copy: PlanDocument = {
    ...doc,
    id: newId(),
    name: `${doc.name} (shared)`.slice(0, 200),
    updatedAt: new Date().toISOString(),
  };
  return usePlansStore.getState().savePlan(copy) ? copy : null;
}

function ReadOnlyPlan({ content, doc }: { content: Content; doc: PlanDocument }) {
  const plan = useMemo(
    () => buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings }),
    [content, doc],
  );
  return (
    <section aria-labelledby="shared-points">
      <h2 id="shared-points">Engagement points by phase (view only)</h2>
      {plan.phases.map((p) => (
        <section key={p.phase.id} aria-labelledby={`shared-${p.phase.id}`}>
          <h3 id={`shared-${p.phase.id}`}>{p.phase.name}</h3>
          <ul>
            {p.items.map((i) => (
              <li key={i.id}>
                {i.title} <span className="muted">({PRIORITY_LABEL[i.priority]})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function Opened({ share }: { share: Extract<OpenedShare, { ok: true }> }) {
  const content = useContent();
  if (share.audience === 'participant') return <ResponseForm content={content} doc={share.document} />;
  return <TeamOrPartner share={share} content={content} />;
}

function TeamOrPartner({ share, content }: { share: Extract<OpenedShare, { ok: true }>; content: Content }) {
  const [mode, setMode] = useState<'choose' | 'view'>(share.audience === 'partner' ? 'view' : 'choose');
  const [error, setError] = useState('');
  const doc = share.document;
  const keep = () => {
    const copy = saveCopy(doc);
    if (!copy) {
      setError('The plan could not be saved in this browser (its storage is full or blocked). You can still view it.');
      return;
    }
    navigate(share.audience === 'partner' ? href.partner(copy.id) : href.plan(copy.id));
  };
  if (share.audience === 'partner')
    return (
      <>
        <PartnerPage content={content} doc={doc} />
        <p className="no-print">
          <button type="button" onClick={keep}>
            Keep a copy of this page in this browser
          </button>
        </p>
        {error && <p role="alert">{error}</p>}
      </>
    );
  return (
    <div className="panel">
      <h1 tabIndex={-1}>A plan was shared with you: {doc.name}</h1>
      <p>
        Opening it never changes your own plans. Open it as a new plan to work on a copy, or view it without saving
        anything.
      </p>
      <div className="filter-row">
        <button type="button" onClick={keep}>
          Open as a new plan
        </button>
        <button type="button" aria-pressed={mode === 'view'} onClick={() => setMode('view')}>
          View only
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {mode === 'view' && <ReadOnlyPlan content={content} doc={doc} />}
    </div>
  );
}

/** `#/share/<payload>`: a plan carried in the link. Checked like an imported file; saved only if asked. */
export default function ShareScreen({ payload }: { payload: string }) {
  const share = use(openShare(payload));
  if (!share.ok)
    return (
      <div className="panel">
        <h1 tabIndex={-1}>This share link cannot be opened</h1>
        <p role="alert">{share.error}</p>
        <p>
          Your own plans are unchanged. <a href={href.home()}>Go to your plans</a>.
        </p>
      </div>
    );
  return <Opened share={share} />;
}
