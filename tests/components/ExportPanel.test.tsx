import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportPanel } from '../../src/features/plan/ExportPanel';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { exampleDocument } from '../../src/domain/document/create';
import { realContent } from '../unit/realContent';

const exportPlanPdf = vi.fn(async () => ({ fileName: 'plan.pdf', bytes: 2048, dropped: [] as string[] }));
vi.mock('../../src/features/export-pdf/exportPlan', () => ({ exportPlanPdf }));

const content = realContent();
const doc = exampleDocument(content, 'oncology-hta', '2026-11-21T00:00:00.000Z');
const plan = buildPlan(content, { answers: doc.answers });

describe('ExportPanel', () => {
  it('exports with the chosen version, paper size and sections, and says what it downloaded', async () => {
    render(<ExportPanel plan={plan} content={content} doc={doc} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Paper size'), 'letter');
    await user.click(screen.getByLabelText('Glossary'));
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Downloaded plan.pdf (2 KB).')).toBeInTheDocument();
    expect(exportPlanPdf).toHaveBeenLastCalledWith(
      expect.objectContaining({
        options: expect.objectContaining({
          pageSize: 'letter',
          audience: 'team',
          sections: expect.objectContaining({ glossary: false, map: true }),
        }),
      }),
    );
  });

  it('keeps focus on the button while the PDF is made and after (the button is never disabled under focus)', async () => {
    let finish: (v: { fileName: string; bytes: number; dropped: string[] }) => void = () => undefined;
    exportPlanPdf.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    render(<ExportPanel plan={plan} content={content} doc={doc} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Download PDF' });
    await user.click(button);
    expect(await screen.findByText('Making the PDF…')).toBeInTheDocument();
    // A disabled button loses focus to the page body in a browser.
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    // A second press while busy does not start a second export.
    const calls = exportPlanPdf.mock.calls.length;
    await user.click(button);
    expect(exportPlanPdf.mock.calls.length).toBe(calls);
    finish({ fileName: 'plan.pdf', bytes: 4096, dropped: [] });
    expect(await screen.findByText('Downloaded plan.pdf (4 KB).')).toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('reports a failed export in words', async () => {
    exportPlanPdf.mockRejectedValueOnce(new Error('font missing'));
    render(<ExportPanel plan={plan} content={content} doc={doc} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('The PDF could not be made: font missing')).toBeInTheDocument();
  });

  it('uses plain-language defaults for the patient partner version', async () => {
    render(<ExportPanel plan={plan} content={content} doc={doc} />);
    await userEvent.setup().selectOptions(screen.getByLabelText('PDF version'), 'partner');
    expect(screen.getByRole('group', { name: 'Sections of the full plan' })).toBeDisabled();
  });
});
