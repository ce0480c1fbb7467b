/**
 * The "What happened" section of a point: an entry is logged by keyboard, every field is labelled,
 * typing is saved to the plan after a pause and at once when the panel closes (unmount), removing an
 * entry keeps focus in the section, and the versions panel shows the diff as text.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PointRecord } from '../../src/features/plan/PointRecord';
import { VersionsPanel } from '../../src/features/plan/VersionsPanel';
import { usePlansStore } from '../../src/stores/plans.store';
import { exampleDocument } from '../../src/domain/document/create';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from '../unit/realContent';

vi.setConfig({ testTimeout: 30_000 });
const content = realContent();
const PLAN_ID = 'example-oncology-hta';
const doc = () => usePlansStore.getState().plans[PLAN_ID]!;

beforeEach(() => {
  const d = exampleDocument(content, 'oncology-hta', '2026-11-21T00:00:00.000Z');
  const store = usePlansStore.getState();
  store.deletePlan(d.id);
  store.savePlan(d);
});

function Record() {
  const d = usePlansStore((s) => s.plans[PLAN_ID]!);
  const plan = buildPlan(content, d);
  return <PointRecord doc={d} plan={plan} content={content} pointId="td-endpoints" />;
}

describe('PointRecord', () => {
  it('logs an impact, feedback and a metric result by keyboard, saved to the plan', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Record />);
    screen.getByRole('button', { name: 'Log what happened' }).focus();
    await user.keyboard('{Enter}');
    const entry = await screen.findByRole('group', { name: 'Entry 1' });
    const happened = within(entry).getByLabelText('What happened');
    await vi.waitFor(() => expect(happened).toHaveFocus());
    await user.keyboard('Panel ranked the endpoints');
    await user.tab();
    expect(within(entry).getByLabelText('What changed because of patient input')).toHaveFocus();
    await user.keyboard('Fatigue became a secondary endpoint');
    const feedback = within(entry).getByRole('group', { name: 'Feedback to the partners' });
    await user.type(within(feedback).getByLabelText('How it was sent (email, meeting, newsletter…)'), 'email');
    await user.type(within(feedback).getByLabelText('What the feedback said'), 'You said, we did');
    const metric = within(entry).getByLabelText('Evaluation metric');
    // The metrics that measure this point come first.
    expect(within(metric).getAllByRole('option')[1]!.textContent).toMatch(/\(measures this point\)$/);
    await user.selectOptions(metric, 'changes-traced');
    await user.type(within(entry).getByLabelText('Result of the metric'), '3 of 4 adopted');
    // Closing the panel straight away saves what was typed.
    unmount();
    const [saved] = doc().record!.points['td-endpoints']!;
    expect(saved).toEqual({
      id: expect.any(String) as string,
      date: new Date().toISOString().slice(0, 10),
      happened: 'Panel ranked the endpoints',
      changed: 'Fatigue became a secondary endpoint',
      feedback: { how: 'email', summary: 'You said, we did' },
      metricId: 'changes-traced',
      metricResult: '3 of 4 adopted',
    });
  });

  it('removes an entry and puts focus on the section’s heading', async () => {
    const user = userEvent.setup();
    render(<Record />);
    await user.click(screen.getByRole('button', { name: 'Log what happened' }));
    await screen.findByRole('group', { name: 'Entry 1' });
    await user.click(await screen.findByRole('button', { name: /^Remove this entry/ }));
    expect(screen.getByRole('heading', { name: 'What happened' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Entry removed.');
    expect(doc().record).toEqual({ points: {} });
  });
});

describe('VersionsPanel', () => {
  it('saves a named version and shows what changed since, as text', async () => {
    const user = userEvent.setup();
    function Panel() {
      const d = usePlansStore((s) => s.plans[PLAN_ID]!);
      return <VersionsPanel doc={d} content={content} />;
    }
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: 'Save this version' }));
    expect(screen.getByRole('status')).toHaveTextContent('Give the version a name first.');
    expect(screen.getByLabelText('Name of the version')).toHaveFocus();
    await user.keyboard('v1 for the steering committee{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Saved the version “v1 for the steering committee”.');
    expect(screen.getByText('No differences: both give the same plan.')).toBeInTheDocument();
    act(() =>
      usePlansStore.getState().updatePlan(PLAN_ID, (d) => ({
        ...d,
        edits: { ...d.edits, points: { 'td-endpoints': { owner: 'Sam' } } },
      })),
    );
    expect(
      screen.getByRole('heading', { name: 'From “v1 for the steering committee” to “The plan as it is now”' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Changed: Choose endpoints and meaningful change that matter to patients: owner not set → Sam.'),
    ).toBeInTheDocument();
  });
});
