import { useMemo, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/shallow';
import contentMeta from 'virtual:content-meta';
import { usePlansStore } from '../../stores/plans.store';
import { href, navigate } from '../../lib/routes';
import { createPlan, importPlanText, openExample } from './planActions';
import { prefetchPlanScreen } from '../plan';
import { prefetchQuestionnaire } from '../questionnaire';
import { downloadPlanFile, downloadUnreadable } from './savedFiles';
import type { PlanDocument } from '../../domain/document/types';
import { LIMITS } from '../../domain/document/limits';

function planLink(doc: PlanDocument): string {
  return doc.position.stage === 'done' ? href.plan(doc.id) : href.questions(doc.id);
}

export function HomeScreen() {
  const plans = usePlansStore(useShallow((s) => Object.values(s.plans)));
  const unreadable = usePlansStore((s) => s.unreadable);
  const deletePlan = usePlansStore((s) => s.deletePlan);
  const deleteUnreadable = usePlansStore((s) => s.deleteUnreadable);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const sorted = useMemo(() => [...plans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [plans]);

  const start = (e: FormEvent) => {
    e.preventDefault();
    const doc = createPlan(name, organisation);
    void prefetchQuestionnaire().finally(() => navigate(href.questions(doc.id)));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importPlanText(await file.text());
    setMessage(
      !result.ok
        ? { kind: 'error', text: result.error }
        : result.saved
          ? { kind: 'ok', text: `Imported “${result.plan.name}” as a new plan.` }
          : {
              kind: 'error',
              text: `“${result.plan.name}” was read but not saved: your browser’s storage is full. It is open in this tab only; free space or keep the file you imported.`,
            },
    );
  };

  const remove = (doc: PlanDocument) => {
    if (window.confirm(`Delete “${doc.name}”? This cannot be undone. Export it first if you may need it.`))
      deletePlan(doc.id);
  };

  const removeUnreadable = (u: (typeof unreadable)[number]) => {
    if (
      window.confirm(
        `Delete the saved data “${u.label}” that could not be opened? This deletes it from this browser and cannot be undone. Download it first if you may need it.`,
      )
    )
      deleteUnreadable(u.id);
  };

  return (
    <div className="home">
      <h1>Plan how patients shape your research</h1>
      <p className="lede">
        Answer a short set of questions about your programme. You get a plan of where, how and with whom patients can
        shape the patient experience data at each research phase, with the reasons and the public guidance behind each
        step. For sponsors drafting a plan, study teams running workshops, and patient partners checking where they can
        help.
      </p>

      <section aria-labelledby="new-plan" className="panel">
        <h2 id="new-plan">Start a new plan</h2>
        <form onSubmit={start} className="stack">
          <div className="field">
            <label htmlFor="plan-name">Plan name</label>
            <input
              id="plan-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={LIMITS.name}
              autoComplete="off"
            />
          </div>
          <div className="field">
            <label htmlFor="plan-org">Organisation (optional)</label>
            <input
              id="plan-org"
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
              maxLength={LIMITS.organisation}
              autoComplete="organization"
            />
          </div>
          <button type="submit" className="primary">
            Start the questions
          </button>
        </form>
      </section>

      {unreadable.length > 0 && (
        <section aria-labelledby="damaged" className="panel error-panel">
          <h2 id="damaged">Plans that could not be opened</h2>
          <p>
            Each is kept in this browser exactly as it was found. Download it to keep a copy or to ask for help; delete
            it only when you no longer need it.
          </p>
          <ul className="unreadable-list">
            {unreadable.map((u) => (
              <li key={u.id}>
                <span>
                  <strong>{u.label}</strong>: {u.error}
                </span>{' '}
                <button type="button" onClick={() => downloadUnreadable(u)}>
                  Download its data<span className="visually-hidden"> ({u.label})</span>
                </button>{' '}
                <button type="button" className="link-button" onClick={() => removeUnreadable(u)}>
                  Remove from this list<span className="visually-hidden"> ({u.label})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="your-plans" className="panel">
        <h2 id="your-plans">Your plans</h2>
        {sorted.length === 0 ? (
          <p>You have no plans yet. Start one above, or open an example below to see what the planner makes.</p>
        ) : (
          <ul className="plan-list">
            {sorted.map((doc) => (
              <li key={doc.id}>
                <a href={planLink(doc)} className="plan-link">
                  {doc.name}
                </a>
                <span className="muted">
                  {doc.organisation ? `${doc.organisation} · ` : ''}
                  {doc.position.stage === 'done' ? 'Plan ready' : 'Questions in progress'} · updated{' '}
                  {new Date(doc.updatedAt).toLocaleDateString('en-GB')}
                </span>
                <span className="actions">
                  <button type="button" onClick={() => downloadPlanFile(doc)}>
                    Export file<span className="visually-hidden"> for {doc.name}</span>
                  </button>
                  <button type="button" className="danger" onClick={() => remove(doc)}>
                    Delete<span className="visually-hidden"> {doc.name}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor="import-file">Import a plan file (.json)</label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </div>
        <div aria-live="polite">
          {message && <p className={message.kind === 'error' ? 'error-text' : 'ok-text'}>{message.text}</p>}
        </div>
      </section>

      <section aria-labelledby="examples" className="panel">
        <h2 id="examples">See an example plan</h2>
        <p>Each example is a realistic programme, answered already. Open one to see what the planner produces.</p>
        <ul className="example-list">
          {contentMeta.examples.map((x) => (
            <li key={x.id}>
              <button
                type="button"
                onClick={() => {
                  void Promise.all([openExample(x.id), prefetchPlanScreen()])
                    .then(([doc]) => navigate(href.plan(doc.id)))
                    .catch((error: unknown) =>
                      setMessage({
                        kind: 'error',
                        text: `The example could not be opened: ${(error as Error).message}`,
                      }),
                    );
                }}
              >
                {x.name}
              </button>
              <p className="muted">{x.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
