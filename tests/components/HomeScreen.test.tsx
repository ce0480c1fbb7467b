import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomeScreen } from '../../src/features/home/HomeScreen';
import { usePlansStore } from '../../src/stores/plans.store';
import { newDocument } from '../../src/domain/document/create';

const existing = newDocument({
  id: 'keep-me',
  name: 'My real plan',
  contentVersion: 'v',
  now: '2026-11-01T00:00:00.000Z',
});

beforeEach(() => {
  usePlansStore.setState({ plans: { [existing.id]: existing }, unreadable: [] });
});

const upload = async (name: string, text: string) => {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Import a plan file (.json)'),
    new File([text], name, { type: 'application/json' }),
  );
};

describe('HomeScreen', () => {
  it('lists saved plans and the example plans', () => {
    render(<HomeScreen />);
    expect(screen.getByRole('link', { name: 'My real plan' })).toHaveAttribute('href', '#/plan/keep-me/questions');
    expect(screen.getAllByRole('button', { name: /./ }).length).toBeGreaterThan(6);
  });

  it('says clearly when an imported file is not JSON, and keeps existing plans', async () => {
    render(<HomeScreen />);
    await upload('notes.json', 'this is not json');
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(Object.keys(usePlansStore.getState().plans)).toEqual(['keep-me']);
  });

  it('refuses a JSON file that is not a plan', async () => {
    render(<HomeScreen />);
    await upload('other.json', JSON.stringify({ hello: 'world' }));
    expect(await screen.findByText(/no schema version/)).toBeInTheDocument();
    expect(Object.keys(usePlansStore.getState().plans)).toEqual(['keep-me']);
  });

  it('imports a plan file as a new plan, never over an existing one', async () => {
    render(<HomeScreen />);
    await upload('plan.json', JSON.stringify({ ...existing, name: 'Shared plan' }));
    expect(await screen.findByText(/Imported “Shared plan \(imported\)” as a new plan/)).toBeInTheDocument();
    const plans = usePlansStore.getState().plans;
    expect(Object.keys(plans)).toHaveLength(2);
    expect(plans['keep-me']!.name).toBe('My real plan');
  });
});
