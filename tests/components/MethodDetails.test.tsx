import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PointDetail } from '../../src/features/plan/PointDetail';
import { StarterMetrics } from '../../src/features/plan/StarterMetrics';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from '../unit/realContent';

const content = realContent();
const plan = buildPlan(content, { answers: content.examples.find((x) => x.id === 'oncology-hta')!.answers });
const items = plan.phases.flatMap((p) => p.items);

describe('method details in the point panel', () => {
  it('opens a disclosure per method with purpose, participants, group size, time, strengths, limits and access', async () => {
    const item = items.find((i) => i.methods.length >= 2)!;
    const first = item.methods[0]!.method;
    render(
      <PointDetail content={content} item={item} plan={plan} onSelect={vi.fn()} onClose={vi.fn()} onEdit={vi.fn()} />,
    );
    const toggles = screen.getAllByText('About this method', { exact: false, selector: 'summary' });
    expect(toggles).toHaveLength(item.methods.length);
    const details = toggles[0]!.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await userEvent.setup().click(toggles[0]!);
    expect(details).toHaveAttribute('open');
    const box = within(details);
    expect(box.getByText(first.purpose)).toBeVisible();
    expect(box.getByText(first.participants)).toBeVisible();
    const size =
      first.groupSize.min === first.groupSize.max
        ? `${first.groupSize.min} people`
        : `${first.groupSize.min} to ${first.groupSize.max} people`;
    expect(box.getByText(size)).toBeVisible();
    expect(box.getByText(new RegExp(`About ${first.patientHours} hours? each`))).toBeVisible();
    expect(box.getByText(first.strengths[0]!)).toBeVisible();
    expect(box.getByText(first.limits[0]!)).toBeVisible();
    expect(box.getByText(first.accessibility)).toBeVisible();
    // The summary names its method for screen reader users.
    expect(toggles[0]).toHaveTextContent(`About this method: ${first.name}`);
  });

  it('shows how long the work takes and the PARADIGM component of its evaluation', () => {
    const item = items.find((i) => i.point?.schedule)!;
    render(
      <PointDetail content={content} item={item} plan={plan} onSelect={vi.fn()} onClose={vi.fn()} onEdit={vi.fn()} />,
    );
    expect(screen.getByText('How long it takes')).toBeInTheDocument();
    expect(screen.getByText(item.point!.schedule!)).toBeInTheDocument();
    expect(
      screen.getByText(/^\(PARADIGM: (Input|Activities and process|Learning and change|Impact|Context)\)$/),
    ).toBeInTheDocument();
  });
});

describe('starter metrics on the plan screen', () => {
  it('lists 5 to 8 metrics under a heading, each with its component, what to count and the points it measures', () => {
    render(<StarterMetrics plan={plan} content={content} />);
    const section = screen.getByRole('region', { name: /starter metrics/ });
    const entries = within(section).getAllByRole('listitem');
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.length).toBeLessThanOrEqual(8);
    expect(within(entries[0]!).getByText('Input')).toBeInTheDocument();
    expect(within(section).getAllByText(/^Measures: /).length).toBeGreaterThan(0);
  });
});
