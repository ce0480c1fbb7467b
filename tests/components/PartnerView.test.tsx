import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PartnerView } from '../../src/features/partner/PartnerView';
import { exampleDocument } from '../../src/domain/document/create';
import { fleschKincaidGrade } from '../../src/domain/text/readability';
import { realContent } from '../unit/realContent';

const content = realContent();
const doc = (id: string) => exampleDocument(content, id, '2026-11-01T00:00:00.000Z');
/** Labels whose text the team typed (a condition's name, their own summary): not our wording to grade. */
const TEAM_WORDS = new Set(['The condition', "In the team's own words"]);

/**
 * Every block of prose the partner reads, as rendered: paragraphs, list items and definitions that
 * are sentences. Names and titles (lists of who takes part, headings) are not prose, so a reading
 * grade means nothing for them; titles are graded in content:check.
 */
function renderedBlocks(root: HTMLElement): string[] {
  const blocks: string[] = [];
  root.querySelectorAll('p, li, dd, label, legend, h2, h3, h4').forEach((el) => {
    const dt = el.tagName === 'DD' ? el.previousElementSibling?.textContent : null;
    if (dt && TEAM_WORDS.has(dt)) return;
    const text = el.textContent?.trim();
    if (text && /[.!?]$/.test(text)) blocks.push(text);
  });
  return blocks;
}

describe('the partner view', () => {
  it.each(content.examples.map((e) => e.id))('%s reads at grade 8 or below everywhere', (id) => {
    const { container } = render(<PartnerView content={content} doc={doc(id)} largePrint={false} />);
    const graded = renderedBlocks(container).map((t) => ({ t, g: fleschKincaidGrade(t) }));
    const worst = graded.reduce((a, b) => (b.g > a.g ? b : a));
    expect(graded.length).toBeGreaterThan(40);
    expect(worst.g, worst.t).toBeLessThanOrEqual(8);
  });

  it('names only patient-side tasks, in plain titles, with phases in words, payment and who to contact', () => {
    const d = doc('older-adults');
    d.settings = {
      ...d.settings,
      hourlyRate: 40,
      currency: 'GBP',
      ratesSetByTeam: true,
      partnerContact: { name: 'Sam Lee', role: 'Patient partnership lead', email: 'sam@example.org' },
    };
    d.edits.points['td-endpoints'] = { targetDate: '2027-03-15' };
    render(<PartnerView content={content} doc={d} largePrint={false} />);
    const moment = screen.getByRole('article', { name: 'Help choose the results the main study will measure' });
    expect(within(moment).getByText(/When the team plans the large study.*15 March 2027\./)).toBeInTheDocument();
    expect(within(moment).getByText('About 8 hours for each person.')).toBeInTheDocument();
    expect(within(moment).getByText(/You would be paid £40 an hour for your time\./)).toBeInTheDocument();
    expect(screen.queryByText(/Step \d/)).toBeNull();
    expect(screen.queryByText(/Children and young people/)).toBeNull();
    expect(screen.getByText('Sam Lee, Patient partnership lead')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sam@example.org' })).toHaveAttribute('href', 'mailto:sam@example.org');
    expect(screen.getByRole('heading', { name: 'Other roles you may want later' })).toBeInTheDocument();
    // Worded without the EMA, whose policy binds only EU medicines: the warning holds for any regulator.
    expect(screen.getByText(/Some bodies that approve treatments may not let you advise/)).toBeInTheDocument();
    expect(screen.queryByText(/European Medicines Agency/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Words used on this page' })).toBeInTheDocument();
  });

  it('says when no contact is named, and asks for at least one task before saving interest', async () => {
    render(<PartnerView content={content} doc={doc('low-budget-academic')} largePrint={false} />);
    expect(
      screen.getByText('The team has not named a contact yet. Ask the person who sent you this page.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my answer to send to the team' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tick at least one task you would like to join.');
  });

  it('lists children and young people only in a plan with them', () => {
    render(<PartnerView content={content} doc={doc('paediatric-rare-disease')} largePrint={false} />);
    expect(screen.getAllByText(/Children and young people/).length).toBeGreaterThan(0);
  });
});
