import { useEffect, useState } from 'react';
import { onStorageProblem, storageProblem, type StorageProblem } from '../lib/safeStorage';
import { downloadText } from '../lib/download';

/** Tells the user when saving fails or saved data was damaged, and offers what can be rescued. */
export function StorageBanner() {
  const [problem, setProblem] = useState<StorageProblem | null>(storageProblem);
  useEffect(() => onStorageProblem(setProblem), []);
  if (!problem) return null;
  const rescue = () => {
    if (problem.kind !== 'corrupt') return;
    const raw = window.localStorage.getItem(problem.backupKey) ?? '';
    downloadText('damaged-plans-backup.json', raw, 'application/json');
  };
  return (
    <div role="alert" className="banner banner-warning">
      <p>{problem.message}</p>
      {problem.kind === 'corrupt' && (
        <button type="button" onClick={rescue}>
          Download the damaged data
        </button>
      )}
      <button type="button" className="link-button" onClick={() => setProblem(null)}>
        Dismiss
      </button>
    </div>
  );
}
