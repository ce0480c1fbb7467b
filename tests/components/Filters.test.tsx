import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Filters } from '../../src/features/plan/Filters';
import { EMPTY_FILTERS } from '../../src/stores/ui.store';
import { patientSide } from '../../src/domain/plan/filter';
import { realContent } from '../unit/realContent';

const content = realContent();
const phases = content.phases.map((p) => ({ id: p.id, name: p.name }));

describe('Filters', () => {
  it('filters to where patients, carers and patient organisations contribute', async () => {
    const onChange = vi.fn();
    render(
      <Filters content={content} phases={phases} filters={EMPTY_FILTERS} onChange={onChange} shown={10} total={20} />,
    );
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: /Where patients, carers and patient organisations contribute/ }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, stakeholders: patientSide(content.stakeholders) });
    expect(patientSide(content.stakeholders)).toEqual(expect.arrayContaining(['patients', 'carers', 'patient-orgs']));
    expect(screen.getByText('Showing 10 of 20 engagement points.')).toBeInTheDocument();
  });

  it('filters by priority, level and phase', async () => {
    const onChange = vi.fn();
    render(
      <Filters content={content} phases={phases} filters={EMPTY_FILTERS} onChange={onChange} shown={1} total={1} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Essential'));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, priorities: ['essential'] });
    await user.selectOptions(screen.getByLabelText('Phase'), phases[2]!.id);
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, phases: [phases[2]!.id] });
  });

  it('shows the patient filter as pressed when it is on', () => {
    render(
      <Filters
        content={content}
        phases={phases}
        filters={{ ...EMPTY_FILTERS, stakeholders: patientSide(content.stakeholders) }}
        onChange={vi.fn()}
        shown={1}
        total={1}
      />,
    );
    expect(screen.getByRole('button', { name: /Where patients/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
