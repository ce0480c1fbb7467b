import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Filters } from '../../src/features/plan/Filters';
import { EMPTY_FILTERS } from '../../src/stores/ui.store';
import { realContent } from '../unit/realContent';

const content = realContent();
const phases = content.phases.map((p) => ({ id: p.id, name: p.name }));
/** The patient-side stakeholders (content/stakeholders.yaml, group: patient-side), written out by hand. */
const PATIENT_SIDE = [
  'patients',
  'carers',
  'patient-orgs',
  'patient-experts',
  'nominated-experts',
  'young-people',
  'communities',
  'public',
];

describe('Filters', () => {
  it('filters to where patients, carers and patient organisations contribute', async () => {
    const onChange = vi.fn();
    render(
      <Filters content={content} phases={phases} filters={EMPTY_FILTERS} onChange={onChange} shown={10} total={20} />,
    );
    const user = userEvent.setup();
    // The filters open from the toolbar's button; the count shows while they are closed.
    expect(screen.getByText('Showing 10 of 20 engagement points.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Where patients/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(
      screen.getByRole('button', { name: /Where patients, carers and patient organisations contribute/ }),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
    const { stakeholders, ...rest } = onChange.mock.calls[0]![0] as typeof EMPTY_FILTERS;
    expect(rest).toEqual({ priorities: [], phases: [], levels: [] });
    expect([...stakeholders].sort()).toEqual([...PATIENT_SIDE].sort());
    expect(screen.getByText('Showing 10 of 20 engagement points.')).toBeInTheDocument();
  });

  it('filters by priority, level and phase', async () => {
    const onChange = vi.fn();
    render(
      <Filters content={content} phases={phases} filters={EMPTY_FILTERS} onChange={onChange} shown={1} total={1} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByLabelText('Essential'));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, priorities: ['essential'] });
    await user.selectOptions(screen.getByLabelText('Phase'), phases[2]!.id);
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, phases: [phases[2]!.id] });
  });

  it('shows the patient filter as pressed when it is on, and says on the button that a filter is on', async () => {
    render(
      <Filters
        content={content}
        phases={phases}
        filters={{ ...EMPTY_FILTERS, stakeholders: PATIENT_SIDE }}
        onChange={vi.fn()}
        shown={1}
        total={1}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Filters (1 on)' }));
    expect(screen.getByRole('button', { name: /Where patients/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('turns the patient filter off again, and is not pressed for only some patient-side groups', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <Filters
        content={content}
        phases={phases}
        filters={{ ...EMPTY_FILTERS, stakeholders: PATIENT_SIDE }}
        onChange={onChange}
        shown={1}
        total={1}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    await user.click(screen.getByRole('button', { name: /Where patients/ }));
    expect(onChange).toHaveBeenLastCalledWith({ stakeholders: [], priorities: [], phases: [], levels: [] });
    rerender(
      <Filters
        content={content}
        phases={phases}
        filters={{ ...EMPTY_FILTERS, stakeholders: ['patients', 'carers'] }}
        onChange={onChange}
        shown={1}
        total={1}
      />,
    );
    expect(screen.getByRole('button', { name: /Where patients/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('filters by level and by one stakeholder, by their visible names', async () => {
    const onChange = vi.fn();
    render(
      <Filters content={content} phases={phases} filters={EMPTY_FILTERS} onChange={onChange} shown={1} total={1} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByLabelText('Collaborate'));
    expect(onChange).toHaveBeenLastCalledWith({
      stakeholders: [],
      priorities: [],
      phases: [],
      levels: ['collaborate'],
    });
    await user.selectOptions(screen.getByLabelText('Who takes part'), 'Carers and family members');
    expect(onChange).toHaveBeenLastCalledWith({ stakeholders: ['carers'], priorities: [], phases: [], levels: [] });
  });
});
