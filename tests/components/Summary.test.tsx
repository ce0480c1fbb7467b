/**
 * The Summary's budget check: "Use the lean version" applies the lean version's changes as the team's
 * edits, the budget check then says the plan fits, and "Put back" restores exactly the edits that were
 * there before, with focus on the control the user needs next.
 */
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Summary } from '../../src/features/plan/Summary';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { DEFAULT_SETTINGS, type PlanEdits } from '../../src/domain/document/types';
import { realContent } from '../unit/realContent';

const content = realContent();
const answers = content.examples.find((x) => x.id === 'low-budget-academic')!.answers;
// The team had already set an owner on one point and left another out: both must survive a round trip.
const START: PlanEdits = {
  points: {
    'td-endpoints': { owner: 'Dr Ana' },
    'ps-journey-map': { decision: 'exclude', reason: 'Done last year' },
  },
  custom: [],
};

let latest: PlanEdits = START;
function Harness() {
  const [edits, setEdits] = useState<PlanEdits>(START);
  const plan = useMemo(() => buildPlan(content, { answers, edits, settings: DEFAULT_SETTINGS }), [edits]);
  return (
    <Summary
      plan={plan}
      settings={DEFAULT_SETTINGS}
      onSettings={() => {}}
      edits={edits}
      onEdits={(next) => {
        latest = next;
        setEdits(next);
      }}
      leanDeferReason={content.scoring.lean.deferReason}
    />
  );
}

const total = () => screen.getByTestId('cost-total').textContent;
const check = () => screen.getByTestId('budget-check').textContent ?? '';

describe('Summary: the lean version in one click', () => {
  it('applies the lean version as edits, says the plan fits, and puts back exactly the edits before', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const before = total();
    expect(check()).toMatch(/is over your budget: Very little/);
    // The lean version the budget check promises, read from the screen before applying it.
    const promised = /A lean version costs (£[\d,]+)/.exec(check())?.[1];
    expect(promised).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Use the lean version' }));
    expect(total()).toBe(promised);
    expect(check()).toMatch(/fits your budget: Very little/);
    expect(screen.queryByRole('button', { name: 'Use the lean version' })).toBeNull();
    const putBack = screen.getByRole('button', { name: 'Put back the plan as it was' });
    expect(putBack).toHaveFocus();
    expect(screen.getByTestId('lean-applied')).toHaveTextContent(`it was ${before}`);
    // The changes are the team's edits: a point left for later, and a point run with fewer rounds.
    expect(latest.points['ps-research-priorities']).toEqual({
      decision: 'exclude',
      reason: 'Left for a later budget (the lean version).',
    });
    expect(latest.points['td-endpoints']).toEqual({ owner: 'Dr Ana', lean: ['fewer-rounds', 'smaller-group'] });
    expect(latest.points['ps-journey-map']).toEqual({ decision: 'exclude', reason: 'Done last year' });

    await user.click(putBack);
    expect(latest).toEqual(START);
    expect(total()).toBe(before);
    expect(check()).toMatch(/is over your budget/);
    expect(screen.getByRole('button', { name: 'Use the lean version' })).toHaveFocus();
  });

  it('offers no lean version when the plan fits', () => {
    const plan = buildPlan(content, { answers: { ...answers, budget: 'large' }, settings: DEFAULT_SETTINGS });
    render(
      <Summary
        plan={plan}
        settings={DEFAULT_SETTINGS}
        onSettings={() => {}}
        edits={START}
        onEdits={() => {}}
        leanDeferReason="x"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Use the lean version' })).toBeNull();
  });
});
