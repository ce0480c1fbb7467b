import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PointDetail } from '../../src/features/plan/PointDetail';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from '../unit/realContent';
import { SCENARIOS } from '../fixtures/scenarios';

const content = realContent();
const plan = buildPlan(content, { answers: content.examples.find((x) => x.id === 'paediatric-rare-disease')!.answers });
const oncology = buildPlan(content, { answers: content.examples.find((x) => x.id === 'oncology-hta')!.answers });
const item = plan.phases.flatMap((p) => p.items).find((i) => i.reasons.some((r) => r.answers.length > 0))!;

describe('PointDetail', () => {
  it('shows the decision, the why with the answers behind it, and linked sources', () => {
    render(
      <PointDetail content={content} item={item} plan={plan} onSelect={vi.fn()} onClose={vi.fn()} onEdit={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: item.title })).toHaveFocus();
    expect(screen.getByText(item.decision)).toBeInTheDocument();
    const why = screen.getByRole('heading', { name: 'Why this is in your plan' }).nextElementSibling as HTMLElement;
    const fired = item.reasons.find((r) => r.answers.length > 0)!;
    expect(
      within(why).getByText(new RegExp(`Because you answered: ${fired.answers[0]!.replace(/[()]/g, '.')}`)),
    ).toBeInTheDocument();
    const ref = content.references.find((r) => r.id === item.references[0])!;
    expect(screen.getByRole('link', { name: ref.title })).toHaveAttribute('href', ref.url);
  });

  it("shows the point's own why, naming this programme's answers", () => {
    const answers = SCENARIOS.find((s) => s.id === 'academic-registry-nihr-uk')!.answers;
    const registry = buildPlan(content, { answers });
    const point = registry.phases.flatMap((p) => p.items).find((i) => i.id === 'ps-research-priorities')!;
    render(
      <PointDetail
        content={content}
        item={point}
        plan={registry}
        onSelect={vi.fn()}
        onClose={vi.fn()}
        onEdit={vi.fn()}
      />,
    );
    const why = screen.getByRole('heading', { name: 'Why this is in your plan' }).nextElementSibling as HTMLElement;
    const first = within(why).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(
      'Published research priorities exist, so start from them instead of a new exercise. Research on a lung condition should answer the questions patients and carers rank first.',
    );
    expect(first).toHaveTextContent('Because you answered: Existing evidence: Published research priorities');
    expect(why).not.toHaveTextContent(/programme like yours/);
  });

  it('saves owner, status and notes, and excludes with a reason', async () => {
    const onEdit = vi.fn();
    render(
      <PointDetail content={content} item={item} plan={plan} onSelect={vi.fn()} onClose={vi.fn()} onEdit={onEdit} />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Owner'), 'Dr Ana');
    await user.selectOptions(screen.getByLabelText('Status'), 'in-progress');
    await user.type(screen.getByLabelText('Notes'), 'Book the hall');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onEdit).toHaveBeenLastCalledWith({ owner: 'Dr Ana', status: 'in-progress', notes: 'Book the hall' });
    expect(screen.getByText('Saved.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reason for leaving this point out'), 'Covered by the registry');
    await user.click(screen.getByRole('button', { name: 'Leave this point out of the plan' }));
    expect(onEdit).toHaveBeenLastCalledWith(
      expect.objectContaining({ decision: 'exclude', reason: 'Covered by the registry' }),
    );
  });

  it('lists the points this one feeds and uses data from, in the plan only, as buttons that open them', async () => {
    const items = oncology.phases.flatMap((p) => p.items);
    const endpoints = items.find((i) => i.id === 'td-endpoints')!;
    const onSelect = vi.fn();
    render(
      <PointDetail
        content={content}
        item={endpoints}
        plan={oncology}
        onSelect={onSelect}
        onClose={vi.fn()}
        onEdit={vi.fn()}
      />,
    );
    const feeds = screen.getByRole('list', { name: `${endpoints.title} feeds into` });
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
    // td-endpoints also feeds td-preference-study, which this plan does not include.
    expect(screen.queryByText(/preference study/i)).toBeNull();
    // The catch-up points of the phases this programme has passed feed td-endpoints (content/points `feeds`).
    const uses = screen.getByRole('heading', { level: 3, name: 'Uses data from' }).nextElementSibling!;
    expect(
      within(uses as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Choose or build the outcome measures (COA strategy)',
      'Find the outcomes that matter to patients',
      'Capture side effects the way patients experience them',
    ]);
    await userEvent.setup().click(within(feeds).getByRole('button', { name: 'Patient input to HTA scoping (PICO)' }));
    expect(onSelect).toHaveBeenCalledWith('hta-scoping');
  });
});
