import { Suspense } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanScreen from '../../src/features/plan/PlanScreen';
import { usePlansStore } from '../../src/stores/plans.store';
import { useUiStore, EMPTY_FILTERS } from '../../src/stores/ui.store';
import { exampleDocument } from '../../src/domain/document/create';
import { loadContent } from '../../src/content/load';
import { realContent } from '../unit/realContent';

// Each test renders the whole plan screen and types into it: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const content = realContent();
const PLAN_ID = 'example-oncology-hta';
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';
const PROTOCOL = 'Patient review panel for the main study protocol';
const COMMITTEE = 'Patient experts at HTA committee meetings';

beforeEach(() => {
  const doc = exampleDocument(content, 'oncology-hta', '2026-11-21T00:00:00.000Z');
  // Through the store's own API: the setup clears localStorage between tests, which the store would
  // otherwise take for the plan being deleted in another tab.
  const store = usePlansStore.getState();
  store.deletePlan(doc.id);
  store.savePlan(doc);
  useUiStore.setState({ view: 'list', filters: EMPTY_FILTERS });
});
// The plan screen reads the knowledge base through the build's virtual module; load it once, up front.
beforeAll(async () => {
  await loadContent();
}, 60_000);

async function renderPlan() {
  await act(async () => {
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <PlanScreen planId={PLAN_ID} />
      </Suspense>,
    );
  });
  await screen.findByRole('heading', { level: 1, name: 'Cancer medicine heading for HTA in Europe and Canada' });
}

const stored = () => usePlansStore.getState().plans[PLAN_ID]!;
/** A point's own button in the list (its title), not the links to it from other cards. */
const listButton = (title: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>('.plan-list-view button.point-title')].filter(
    (b) => b.textContent === title,
  );
  expect(found, `one list button “${title}”`).toHaveLength(1);
  return found[0]!;
};
const panel = () => screen.getByRole('complementary');
/** The patient hours the summary shows, as the user reads them. */
const hoursFigure = () => {
  const li = within(screen.getByRole('region', { name: 'Summary' }))
    .getByText(/patient-partner hours/)
    .closest('li')!;
  return li.textContent!;
};

describe('custom points', () => {
  it('saves the stakeholders ticked, the priority and the patient time, and counts the hours in the summary', async () => {
    await renderPlan();
    const user = userEvent.setup();
    // 932 h before the catch-up and set-up points (ps-partnership-setup 8 h × 8, ec-tolerability-pro 4 h × 8): 1 028.
    expect(hoursFigure()).toBe('1,040 patient-partner hours');
    const form = screen.getByText('Add your own engagement point').closest('details')!;
    await user.click(within(form).getByText('Add your own engagement point'));
    await user.type(within(form).getByLabelText('Title'), 'Carers’ café');
    await user.selectOptions(within(form).getByLabelText('Phase'), 'launch');
    const who = within(form).getByRole('group', { name: 'Who takes part' });
    await user.click(within(who).getByLabelText('Patients'));
    await user.click(within(who).getByLabelText('Carers and family members'));
    await user.click(within(who).getByLabelText('Patient organisations'));
    await user.selectOptions(within(form).getByLabelText('Priority'), 'essential');
    await user.type(within(form).getByLabelText(/Patient time/), '12');
    await user.click(within(form).getByRole('button', { name: 'Add point' }));

    const saved = stored().edits.custom;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      title: 'Carers’ café',
      phase: 'launch',
      who: ['carers', 'patient-orgs'],
      priority: 'essential',
      patientHours: 12,
    });
    // What the user reads: the list card, the summary figure.
    const card = listButton('Carers’ café').closest('li')!;
    expect(within(card).getByText('Who: Carers and family members, Patient organisations')).toBeInTheDocument();
    expect(within(card).getByText('Essential')).toBeInTheDocument();
    expect(hoursFigure()).toBe('1,052 patient-partner hours'); // 1 040 + the café's 12
  });

  it('will not add a point nobody takes part in', async () => {
    await renderPlan();
    const user = userEvent.setup();
    const form = screen.getByText('Add your own engagement point').closest('details')!;
    await user.type(within(form).getByLabelText('Title'), 'Nobody');
    await user.click(within(form).getByLabelText('Patients'));
    await user.click(within(form).getByRole('button', { name: 'Add point' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Tick at least one group who takes part.');
    expect(stored().edits.custom).toEqual([]);
  });
});

describe('the detail panel keeps what the user types', () => {
  it('saves the owner as the user types, without pressing Save', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(ENDPOINTS));
    await user.type(within(panel()).getByLabelText('Owner'), 'Dr Ana');
    await act(() => new Promise((r) => setTimeout(r, 1200)));
    expect(stored().edits.points['td-endpoints']).toEqual({ owner: 'Dr Ana' });
    expect(within(panel()).getByText('Saved.')).toBeInTheDocument();
  });

  it('keeps typing when the user clicks another point at once, and shows it on coming back', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(ENDPOINTS));
    await user.type(within(panel()).getByLabelText('Owner'), 'Dr Ana');
    await user.type(within(panel()).getByLabelText('Notes'), 'Ask the charity');
    await user.click(listButton(PROTOCOL));
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent(PROTOCOL);
    expect(stored().edits.points['td-endpoints']).toEqual({ owner: 'Dr Ana', notes: 'Ask the charity' });
    await user.click(listButton(ENDPOINTS));
    expect(within(panel()).getByLabelText('Owner')).toHaveValue('Dr Ana');
  });

  it('keeps typing when the panel is closed', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(ENDPOINTS));
    await user.type(within(panel()).getByLabelText('Owner'), 'Bo');
    await user.click(within(panel()).getByRole('button', { name: /^Close/ }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(stored().edits.points['td-endpoints']).toEqual({ owner: 'Bo' });
  });

  it('does not undo leaving a point out with a pending save', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(ENDPOINTS));
    await user.type(within(panel()).getByLabelText('Owner'), 'Bo');
    await user.click(within(panel()).getByRole('button', { name: 'Leave this point out of the plan' }));
    await act(() => new Promise((r) => setTimeout(r, 1200)));
    expect(stored().edits.points['td-endpoints']).toEqual({
      owner: 'Bo',
      decision: 'exclude',
      reason: 'No reason given.',
    });
  });
});

describe('focus', () => {
  it('Escape closes the panel and returns focus to the point that opened it', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(PROTOCOL));
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(listButton(PROTOCOL)).toHaveFocus();
  });

  it('Close returns focus to the point too', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(PROTOCOL));
    await user.click(within(panel()).getByRole('button', { name: /^Close/ }));
    expect(listButton(PROTOCOL)).toHaveFocus();
  });

  it('after leaving a point out, focus is on the control that puts it back, and it works', async () => {
    await renderPlan();
    const user = userEvent.setup();
    await user.click(listButton(PROTOCOL));
    await user.click(within(panel()).getByRole('button', { name: 'Leave this point out of the plan' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    const status = screen.getByText(`“${PROTOCOL}” is left out of the plan.`).closest<HTMLElement>('[role="status"]');
    expect(status).not.toBeNull();
    // (jsdom joins "Put back" and the visually hidden title without the space a browser keeps.)
    const undo = within(status!).getByRole('button', {
      name: /^Put back ?Patient review panel for the main study protocol$/,
    });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stored().edits.points['td-protocol-review']).toBeUndefined();
    expect(listButton(PROTOCOL)).toHaveFocus();
  });
});

describe('links between points', () => {
  it('the list shows what each point feeds and uses, and a link opens that point', async () => {
    await renderPlan();
    const user = userEvent.setup();
    const card = listButton(ENDPOINTS).closest('li')!;
    const feeds = within(card).getByRole('list', { name: `${ENDPOINTS} feeds into` });
    expect(
      within(feeds)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Build the patient experience data package for the dossier',
      'Patients in scientific advice and regulatory meetings',
      'Patient input to HTA scoping (PICO)',
      'Outcomes patients and carers value in the value assessment',
    ]);
    const committee = listButton(COMMITTEE).closest('li')!;
    const uses = within(committee).getByRole('list', { name: `${COMMITTEE} uses data from` });
    expect(
      within(uses)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      "Support patient organisations' HTA submissions",
      'Outcomes patients and carers value in the value assessment',
    ]);
    await user.click(within(uses).getByRole('button', { name: /Support patient organisations/ }));
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent(
      "Support patient organisations' HTA submissions",
    );
  });
});
