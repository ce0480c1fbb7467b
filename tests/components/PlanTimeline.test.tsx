/**
 * The timeline view as the user reads it: bars by phase, the milestone, a late point's warning in
 * words (chart and list twin), and that choosing a bar opens the point.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanTimeline from '../../src/features/plan/PlanTimeline';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import type { PlanEdits } from '../../src/domain/document/types';
import { realContent } from '../unit/realContent';

const content = realContent();
const example = content.examples.find((x) => x.id === 'paediatric-rare-disease')!;
const PROTOCOL = 'Patient review panel for the main study protocol';
const MATERIALS = 'Co-design and test recruitment and participant materials';

// Before any window opens, so the only warnings are the ones a test makes.
function renderTimeline(targetDate?: string) {
  const edits: PlanEdits = {
    points: targetDate ? { 'td-protocol-review': { targetDate, owner: 'Sam' } } : {},
    custom: [],
  };
  const plan = buildPlan(content, { answers: example.answers, edits });
  const ids = new Set(plan.phases.flatMap((p) => p.items.map((i) => i.id)));
  const onSelect = vi.fn();
  render(
    <PlanTimeline
      content={content}
      plan={plan}
      answers={example.answers}
      visibleIds={ids}
      selectedId={null}
      onSelect={onSelect}
      now={new Date('2025-01-01T09:00:00Z')}
    />,
  );
  return onSelect;
}

describe('PlanTimeline', () => {
  it('shows one bar per point, grouped by phase, and the milestone', () => {
    renderTimeline();
    const chart = screen.getByRole('region', { name: 'Timeline chart (scrolls sideways)' });
    const design = within(chart).getByRole('group', { name: 'Confirmatory trial design (phase 3 planning)' });
    // The protocol review: 8 weeks before trial design ends would be 5 July 2027, but the recruitment
    // materials start on 12 April 2027 (12 weeks before trial conduct starts on 30 August 2027, less 8 weeks of work).
    expect(within(design).getByRole('button', { name: `${PROTOCOL}, 1 March 2027 to 12 April 2027` })).toBeVisible();
    expect(screen.getByText(/Milestone: 1 March 2027/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Timing warnings (0)' })).toBeVisible();
  });

  it('warns in words when the team’s date makes a point late, in the chart and the list twin', () => {
    renderTimeline('2027-06-01');
    const text = `“${PROTOCOL}” finishes on 1 June 2027, after 12 April 2027, when “${MATERIALS}” needs it.`;
    expect(screen.getByRole('heading', { name: 'Timing warnings (1)' })).toBeVisible();
    expect(screen.getAllByText(text)).toHaveLength(2);
    const chart = screen.getByRole('region', { name: 'Timeline chart (scrolls sideways)' });
    const bar = within(chart).getByRole('button', { name: `${PROTOCOL}, 20 April 2027 to 1 June 2027, 1 warning` });
    // Not colour alone: the bar carries the warning sign, and its name says there is a warning.
    expect(within(bar).getByText('⚠')).toBeVisible();
    const list = screen.getByRole('region', { name: 'Timeline as a list' });
    const item = within(list).getByRole('button', { name: PROTOCOL }).closest('li')!;
    expect(within(item).getByText('Your target date')).toBeVisible();
    expect(within(item).getByText('Sam')).toBeVisible();
  });

  it('opens a point from its bar and from the list', async () => {
    const onSelect = renderTimeline();
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: new RegExp(`^${PROTOCOL}`) })[0]!);
    await user.click(
      within(screen.getByRole('region', { name: 'Timeline as a list' })).getByRole('button', { name: PROTOCOL }),
    );
    expect(onSelect.mock.calls).toEqual([['td-protocol-review'], ['td-protocol-review']]);
  });
});
