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
