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
import { DEFAULT_SETTINGS, type PlanEdits, type PlanSettings } from '../../src/domain/document/types';
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

function RateHarness({ start }: { start: PlanSettings }) {
  const [settings, setSettings] = useState<PlanSettings>(start);
  const plan = useMemo(() => buildPlan(content, { answers: { ...answers, regions: ['uk'] }, settings }), [settings]);
  return <Summary plan={plan} settings={settings} onSettings={setSettings} />;
}
const rate = () => screen.getByLabelText('Hourly rate for patient-partner time');

describe('Summary: switching currency', () => {
  it('takes the new currency’s default rate when the team has not set its own', async () => {
    render(<RateHarness start={DEFAULT_SETTINGS} />);
    expect(rate()).toHaveValue(27.5);
    expect(screen.getByTestId('rate-basis')).toHaveTextContent(
      'The currency and rate come from your region, United Kingdom.',
    );
    await userEvent.setup().selectOptions(screen.getByLabelText('Currency'), 'USD');
    // content/scoring.yaml: the US default is $50 an hour (PCORI basis), not 27.50 relabelled.
    expect(rate()).toHaveValue(50);
    expect(screen.getByTestId('currency-note')).toHaveTextContent(
      'Now in USD, at the default rate for United States: US$50 an hour.',
    );
    expect(screen.getByTestId('cost-total').textContent).toMatch(/^US\$/);
    // Still a default: a second switch takes that currency's default too.
    await userEvent.setup().selectOptions(screen.getByLabelText('Currency'), 'EUR');
    expect(rate()).toHaveValue(40);
  });

  it('keeps a rate the team set, and says it was kept and is now in the new currency', async () => {
    render(<RateHarness start={{ hourlyRate: 30, currency: 'GBP', ratesSetByTeam: true }} />);
    await userEvent.setup().selectOptions(screen.getByLabelText('Currency'), 'EUR');
    expect(rate()).toHaveValue(30);
    expect(screen.getByTestId('currency-note')).toHaveTextContent(
      'Your rate was kept: 30 is now €30 an hour, not converted. Check it against your payment policy in EUR, or use the default for European Union, €40 an hour.',
    );
    expect(screen.getByTestId('rate-basis')).toHaveTextContent(
      'Your team set the rate, 30 EUR an hour; expenses use the amounts for European Union.',
    );
  });
});
