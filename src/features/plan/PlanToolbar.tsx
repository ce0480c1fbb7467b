import { useState, type ReactNode } from 'react';
import type { PlanView } from '../../stores/ui.store';

interface Props {
  view: PlanView;
  onView: (view: PlanView) => void;
  /** The filters (their own button, panel and count of points shown). */
  filters: ReactNode;
  /** Where the presenter view of this plan is. */
  presentHref: string;
  /** What the Export button shows: the PDF choices and the plan file. */
  exporting: ReactNode;
  /** More tools (Share, …): buttons, or `ToolbarDisclosure`s. */
  children?: ReactNode;
}

/**
 * A button that shows and hides a panel below the toolbar's row. The panel stays mounted while hidden,
 * so choices made in it (a PDF's sections) survive closing it.
 */
export function ToolbarDisclosure({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="toolbar-item">
      <button
        type="button"
        className="toolbar-disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} className="toolbar-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}

/**
 * The plan screen's tools in one row above the map: map, list or timeline, filters, the presenter view, export
 * and whatever else is passed in. Panels open below the row, each right after its button in the
 * reading order, so Tab goes from a button into what it opened.
 */
export function PlanToolbar({ view, onView, filters, presentHref, exporting, children }: Props) {
  return (
    <div className="plan-toolbar" role="group" aria-label="Plan tools">
      <div className="view-toggle" role="group" aria-label="How to show the plan">
        <button type="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
          Map
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => onView('list')}>
          List
        </button>
        <button type="button" aria-pressed={view === 'timeline'} onClick={() => onView('timeline')}>
          Timeline
        </button>
      </div>
      {filters}
      <a className="button" href={presentHref}>
        Present
      </a>
      <ToolbarDisclosure id="export-panel" label="Export">
        {exporting}
      </ToolbarDisclosure>
      {children}
    </div>
  );
}
