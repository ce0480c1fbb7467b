import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PriorityMatrix } from '../../src/features/plan/PriorityMatrix';
import { Summary } from '../../src/features/plan/Summary';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { DEFAULT_SETTINGS } from '../../src/domain/document/types';
import { realContent } from '../unit/realContent';

const content = realContent();
const answers = content.examples.find((x) => x.id === 'low-budget-academic')!.answers;
const plan = buildPlan(content, { answers });

describe('PriorityMatrix', () => {
  it('puts every point in one of four quadrants, reachable by keyboard', async () => {
    const onSelect = vi.fn();
    render(<PriorityMatrix plan={plan} selectedId={null} onSelect={onSelect} />);
    const groups = ['Quick wins', 'Major pieces of work', 'Small extras', 'Reconsider'].map((name) =>
      screen.getByRole('group', { name: new RegExp(`^${name}`) }),
    );
    const buttons = groups.flatMap((g) => within(g).queryAllByRole('button'));
    expect(buttons).toHaveLength(plan.summary.points);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('has a table twin with the scores and their reasons', async () => {
    render(<PriorityMatrix plan={plan} selectedId={null} onSelect={() => {}} />);
    await userEvent.setup().click(screen.getByText('The scores and their reasons, as a table'));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(plan.summary.points + 1);
    const unmet = within(table)
      .getByRole('rowheader', { name: /Understand life with the condition/ })
      .closest('tr')!;
    expect(unmet.textContent).toMatch(/Essential/);
    expect(unmet.textContent).toMatch(/Benefit: essential in this phase \(\+4\)/);
    expect(unmet.textContent).toMatch(/£/);
  });
});

describe('Summary', () => {
  it('says the estimate is over a minimal budget and lists the lean version', async () => {
    render(<Summary plan={plan} settings={DEFAULT_SETTINGS} onSettings={() => {}} />);
    const check = screen.getByTestId('budget-check');
    expect(check.textContent).toMatch(/is over your budget: Very little/);
    // The cap keeps the 288-hour community advisory board essential here. With groups of eight or more
    // halved (content/scoring.yaml lean.smallerGroupMinPeople) the lean version fits: £9,535, worked out by
    // hand in tests/unit/lean.test.ts.
    expect(check.textContent).toMatch(/A lean version costs £9,535 with the \d+ changes below/);
    await userEvent.setup().click(within(check).getByText(/The lean version:/));
    expect(within(check).getAllByRole('listitem').length).toBe(plan.summary.budget.lean!.steps.length);
    expect(screen.getByText(/research participants \(counted apart\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Hourly rate for patient-partner time')).toHaveValue(27.5);
  });

  it('records a rate the team types as its own', async () => {
    const onSettings = vi.fn();
    render(<Summary plan={plan} settings={DEFAULT_SETTINGS} onSettings={onSettings} />);
    const user = userEvent.setup();
    const rate = screen.getByLabelText('Hourly rate for patient-partner time');
    await user.type(rate, '5');
    expect(onSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ hourlyRate: 27.55, currency: 'GBP', ratesSetByTeam: true }),
    );
  });
});
