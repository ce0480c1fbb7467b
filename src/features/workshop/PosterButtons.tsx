import { useRef, useState } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan } from '../../domain/plan/types';
import type { PlanDocument } from '../../domain/document/types';
import { droppedMessage } from '../export-pdf/options';

/** The one-page map poster, A3 or A4 landscape (jsPDF loads only when pressed). */
export function PosterButtons({ plan, content, doc }: { plan: Plan; content: Content; doc: PlanDocument }) {
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const running = useRef(false);
  const make = async (size: 'a3' | 'a4') => {
    if (running.current) return;
    running.current = true;
    setStatus({ error: false, text: 'Making the poster…' });
    try {
      const { exportPosterPdf } = await import('../export-pdf/exportPoster');
      const r = await exportPosterPdf({ plan, content, document: doc, size });
      setStatus({
        error: false,
        text: `Downloaded ${r.fileName} (${Math.round(r.bytes / 1024)} KB).${droppedMessage(r.dropped)}`,
      });
    } catch (error) {
      setStatus({ error: true, text: `The poster could not be made: ${(error as Error).message}` });
    } finally {
      running.current = false;
    }
  };
  return (
    <>
      <h3>Poster of the map</h3>
      <p className="muted">The whole map on one landscape page, with each point’s priority, owner and status.</p>
      <p className="vote-buttons">
        <button type="button" onClick={() => void make('a3')}>
          Download poster (A3)
        </button>
        <button type="button" onClick={() => void make('a4')}>
          Download poster (A4)
        </button>
      </p>
      <p aria-live="polite" className={status?.error ? 'error-text' : 'muted'}>
        {status?.text}
      </p>
    </>
  );
}
