import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuestionView } from '../../src/features/questionnaire/QuestionView';
import { realContent } from '../unit/realContent';

const content = realContent();
const question = content.questions.find((q) => q.glossary?.length && q.type === 'multi' && q.notSure)!;

function renderView(over: Partial<Parameters<typeof QuestionView>[0]> = {}) {
  const props = {
    content,
    question,
    value: undefined,
    error: null,
    progress: { answered: 2, total: 20, position: 3, percent: 10 },
    canBack: true,
    canSkip: true,
    returnToReview: false,
    isLast: false,
    onChange: vi.fn(),
    onNext: vi.fn(),
    onBack: vi.fn(),
    onSkip: vi.fn(),
    onReview: vi.fn(),
    ...over,
  };
  render(<QuestionView {...props} />);
  return props;
}

describe('QuestionView', () => {
  it('puts the question in a fieldset whose legend is the focused heading', () => {
    renderView();
    const heading = screen.getByRole('heading', { level: 1, name: new RegExp(question.prompt.slice(0, 20)) });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('group', { name: new RegExp(question.prompt.slice(0, 20)) })).toBeInTheDocument();
    expect(screen.getByText(/Question 3 of 20/)).toBeInTheDocument();
  });

  it('announces a validation error and marks the inputs invalid', () => {
    renderView({ error: 'Please answer this question to continue.' });
    expect(screen.getByRole('alert')).toHaveTextContent('Please answer this question to continue.');
    expect(screen.getAllByRole('checkbox')[0]).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains what "not sure" will be taken to mean', () => {
    renderView({ value: { notSure: true } });
    expect(screen.getByText(/We will assume:/)).toBeInTheDocument();
  });

  it('offers plain definitions of the glossary terms it uses', async () => {
    renderView();
    const term = content.glossary.find((g) => g.id === question.glossary![0])!;
    await userEvent.setup().click(screen.getByText(`What does “${term.term}” mean?`));
    expect(screen.getByText(term.plain)).toBeVisible();
  });

  it('submits with Enter in the answer field, and not while a key other than Enter is typed', async () => {
    const date = content.questions.find((q) => q.type === 'date')!;
    const props = renderView({ question: date, isLast: true });
    const user = userEvent.setup();
    const field = screen.getByLabelText(date.short);
    await user.click(field);
    await user.keyboard('1');
    expect(props.onNext).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(props.onNext).toHaveBeenCalledTimes(1);
    expect(props.onBack).not.toHaveBeenCalled();
    expect(props.onSkip).not.toHaveBeenCalled();
  });

  it('submits with Enter on a chosen option', async () => {
    const single = content.questions.find((q) => q.type === 'single' && q.required)!;
    const props = renderView({ question: single });
    const user = userEvent.setup();
    const first = screen.getAllByRole('radio')[0]!;
    await user.click(first);
    expect(props.onNext).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(props.onNext).toHaveBeenCalledTimes(1);
  });

  it('moves back and skips with buttons, and "Review my answers" submits on the last question', async () => {
    const props = renderView({ isLast: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(props.onBack).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(props.onSkip).toHaveBeenCalledTimes(1);
    expect(props.onNext).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Review my answers' }));
    expect(props.onNext).toHaveBeenCalledTimes(1);
  });
});
