import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanToolbar, ToolbarDisclosure } from '../../src/features/plan/PlanToolbar';

function renderToolbar(onView = vi.fn()) {
  render(
    <PlanToolbar
      view="map"
      onView={onView}
      presentHref="#/plan/p1/present"
      filters={<button type="button">Filters</button>}
      exporting={<button type="button">Download PDF</button>}
    >
      <ToolbarDisclosure id="share-panel" label="Share">
        <button type="button">Copy link</button>
      </ToolbarDisclosure>
    </PlanToolbar>,
  );
  return onView;
}

describe('PlanToolbar', () => {
  it('switches between map and list', async () => {
    const onView = renderToolbar();
    expect(screen.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(screen.getByRole('button', { name: 'List' }));
    expect(onView).toHaveBeenCalledWith('list');
  });

  it('offers the timeline as a third view', async () => {
    const onView = renderToolbar();
    const timeline = screen.getByRole('button', { name: 'Timeline' });
    expect(timeline).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(timeline);
    expect(onView).toHaveBeenCalledWith('timeline');
  });

  it('links to the presenter view', () => {
    renderToolbar();
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute('href', '#/plan/p1/present');
  });

  it('shows Export’s panel only when asked, and keeps it mounted while closed', async () => {
    renderToolbar();
    const user = userEvent.setup();
    const exportButton = screen.getByRole('button', { name: 'Export' });
    expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download PDF' })).toBeNull();
    await user.click(exportButton);
    expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(exportButton.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    await user.click(exportButton);
    expect(panel).not.toBeVisible();
    expect(panel).toContainElement(screen.getByRole('button', { name: 'Download PDF', hidden: true }));
  });

  it('takes more tools, and Tab goes from a tool’s button into the panel it opened', async () => {
    renderToolbar();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    screen.getByRole('button', { name: 'Export' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  });
});
