import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Considerations } from '../../src/features/plan/Considerations';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { realContent } from '../unit/realContent';

const content = realContent();
const planFor = (regions: string[], more: Record<string, string> = {}) =>
  buildPlan(content, { answers: { 'product-type': 'medicine', 'planner-type': 'industry', regions, ...more } });

describe('region notes in the plan', () => {
  it('shows one panel per region the programme works in, with its notes and linked sources', async () => {
    render(<Considerations plan={planFor(['us', 'eu'], { 'therapeutic-area': 'oncology' })} content={content} />);
    const section = screen.getByRole('region', { name: 'What differs where you work' });
    expect(within(section).getByText('United States')).toBeInTheDocument();
    expect(within(section).getByText('European Union')).toBeInTheDocument();
    expect(within(section).queryByText('United Kingdom')).not.toBeInTheDocument();
    await userEvent.click(within(section).getByText('European Union'));
    expect(within(section).getByText(/Implementing Regulation \(EU\) 2024\/3169 sets the/)).toBeVisible();
    const jsc = content.references.find((r) => r.id === 'ec-jsc-implementing-reg-2024')!;
    expect(within(section).getByRole('link', { name: jsc.title })).toHaveAttribute('href', jsc.url);
  });

  it('leaves out the sentences on joint clinical assessment when the product is not in its scope', async () => {
    render(<Considerations plan={planFor(['eu'], { 'therapeutic-area': 'cardiometabolic' })} content={content} />);
    const section = screen.getByRole('region', { name: 'What differs where you work' });
    await userEvent.click(within(section).getByText('European Union'));
    // Only the sentence on when it would join (new active substances from 2030) is left.
    expect(within(section).queryByText(/2024\/3169|PICO/i)).not.toBeInTheDocument();
    expect(
      within(section).getByText(
        'EU joint clinical assessment: all centrally authorised medicines with a new active substance join it on 13 January 2030. Add your expected EU filing date to see whether it applies to this product.',
      ),
    ).toBeVisible();
  });

  it('shows nothing when no region is known', () => {
    render(<Considerations plan={planFor([])} content={content} />);
    expect(screen.queryByRole('region', { name: 'What differs where you work' })).not.toBeInTheDocument();
  });
});
