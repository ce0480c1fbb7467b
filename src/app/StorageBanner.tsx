import { useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { usePlansStore } from '../stores/plans.store';
import { downloadPlanFile, downloadUnreadable } from '../features/home/savedFiles';
import { href } from './router';

const SAVE_PROBLEMS = {
  quota: 'Your browser’s storage is full, so recent changes are not saved yet. The planner keeps trying.',
  unavailable: 'Your changes could not be saved in this browser.',
  held: 'Your changes are not saved yet: damaged saved data sits where they go, and there is no room to set it aside first.',
  'read-only': 'Changes are not saved while the saved data comes from a newer version of the planner.',
} as const;

/** Tells the user the truth about saving: what is not saved, what could not be read, and what another tab did. */
export function StorageBanner() {
  const { unsaved, saveProblem, unreadable, readOnly, notices, dismissNotice } = usePlansStore(
    useShallow((s) => ({
      unsaved: s.unsaved,
      saveProblem: s.saveProblem,
      unreadable: s.unreadable,
      readOnly: s.readOnly,
      notices: s.notices,
      dismissNotice: s.dismissNotice,
    })),
  );
  const plans = usePlansStore((s) => s.plans);
  const [dismissed, setDismissed] = useState(false);
  const unsavedPlans = unsaved.map((id) => plans[id]).filter((p) => p !== undefined);

  return (
    <>
      {notices.map((n) => (
        <div key={n.id} role="status" className="banner banner-info">
          <p>{n.text}</p>
          <button type="button" className="link-button" onClick={() => dismissNotice(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
      {(saveProblem || readOnly) && (
        <div role="alert" className="banner banner-warning">
          {readOnly && <p>{readOnly}</p>}
          {saveProblem && saveProblem !== 'read-only' && <p>{SAVE_PROBLEMS[saveProblem]}</p>}
          {unsavedPlans.length > 0 && (
            <>
              <p>
                Not saved: {unsavedPlans.map((p) => `“${p.name}”`).join(', ')}. Save a file now to keep{' '}
                {unsavedPlans.length === 1 ? 'it' : 'them'}, or delete plans you no longer need to free space.
              </p>
              <button type="button" onClick={() => unsavedPlans.forEach(downloadPlanFile)}>
                Save a file now
              </button>
            </>
          )}
        </div>
      )}
      {unreadable.length > 0 && !dismissed && (
        <div role="alert" className="banner banner-warning">
          <p>
            {unreadable.length === 1
              ? `Some saved data could not be read (${unreadable[0]!.label}).`
              : `${unreadable.length} saved items could not be read.`}{' '}
            It is kept in this browser exactly as it was, and nothing will write over it. You can download it here or
            from <a href={href.home()}>the home screen</a> until you delete it.
          </p>
          <button type="button" onClick={() => unreadable.forEach(downloadUnreadable)}>
            Download the damaged data
          </button>
          <button type="button" className="link-button" onClick={() => setDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
