import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswerInput } from '../../src/features/questionnaire/AnswerInput';
import type { Question } from '../../src/domain/content/schema';
import { makeQuestion } from '../fixtures/question';

const setup = (q: Partial<Question>, value?: unknown) => {
  const onChange = vi.fn();
  render(
    <AnswerInput
      question={makeQuestion(q)}
      value={value as never}
      onChange={onChange}
      describedBy="help"
      invalid={false}
    />,
  );
  return { onChange, user: userEvent.setup() };
};

describe('AnswerInput', () => {
  it('single choice: radios with option help, one value', async () => {
    const { onChange, user } = setup({});
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByText('Yellow')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Banana/));
    expect(onChange).toHaveBeenLastCalledWith('b');
  });

  it('single choice with "not sure": an extra radio that gives the not-sure answer', async () => {
    const { onChange, user } = setup({ notSure: { implies: 'a', explain: 'e' } });
    await user.click(screen.getByLabelText('Not sure'));
    expect(onChange).toHaveBeenLastCalledWith({ notSure: true });
  });

  it('yes/no: offers Yes and No even without options', async () => {
    const { onChange, user } = setup({ type: 'yesno', options: undefined });
    await user.click(screen.getByLabelText('No'));
    expect(onChange).toHaveBeenLastCalledWith('no');
  });

  it('multiple choice: checkboxes that add and remove, in option order', async () => {
    const { onChange, user } = setup({ type: 'multi' }, ['b']);
    await user.click(screen.getByLabelText(/Apple/));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
    await user.click(screen.getByLabelText(/Banana/));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('scale: numbered radios with end labels, giving a number', async () => {
    const { onChange, user } = setup({
      type: 'scale',
      options: undefined,
      scale: { min: 1, max: 3, minLabel: 'Low', maxLabel: 'High' },
    });
    expect(screen.getByLabelText('1 – Low')).toBeInTheDocument();
    await user.click(screen.getByLabelText('3 – High'));
    expect(onChange).toHaveBeenLastCalledWith(3);
  });

  it('date: a date field', async () => {
    const { onChange, user } = setup({ type: 'date', options: undefined });
    await user.type(screen.getByLabelText('S'), '2027-03-31');
    expect(onChange).toHaveBeenLastCalledWith('2027-03-31');
  });

  it('text: a text area; "not sure" disables it', async () => {
    const { onChange, user } = setup(
      { type: 'text', options: undefined, notSure: { implies: 'a', explain: 'e' } },
      { notSure: true },
    );
    expect(screen.getByLabelText('S')).toBeDisabled();
    await user.click(screen.getByLabelText('Not sure'));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('can be used by keyboard alone', async () => {
    const { onChange, user } = setup({});
    await user.tab();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('a');
  });
});
