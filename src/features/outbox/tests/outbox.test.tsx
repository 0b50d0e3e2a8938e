import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { chaos } from '../../../../mocks/http';
import { renderRoute } from '../../../../tests/render';

describe('Outbox (demo clinic)', () => {
  it('shows the emails the seeded histories imply, as the patient sees them', async () => {
    renderRoute('/outbox', { as: 'front_desk' });
    for (const to of [
      'jobrien@example.net',
      'emily.novak@exmaple.com',
      'grace.lee@example.com',
      'olivia.martin@example.org',
    ]) {
      expect(
        await screen.findByRole('article', { name: `Medical Records Access Link to ${to}` }),
      ).toBeInTheDocument();
    }
    const emily = screen.getByRole('article', { name: /emily\.novak@exmaple\.com/ });
    expect(within(emily).getByText('Bounced')).toBeInTheDocument();
    expect(within(emily).getByText('Hello Emily,')).toBeInTheDocument();
    const james = screen.getByRole('article', { name: /jobrien@example\.net/ });
    const code = db.codes.find(
      (c) => c.patientId === db.patients.find((p) => p.lastName === "O'Brien")!.id,
    )!;
    expect(within(james).getByRole('link', { name: 'Open as patient' })).toHaveAttribute(
      'href',
      `/portal/register?token=${code.linkToken}`,
    );
  });

  it('advances the demo clock, which expires links', async () => {
    const { user } = renderRoute('/outbox', { as: 'front_desk' });
    expect(await screen.findByText(/Nov 23, 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Advance clock 1 day' }));
    expect(await screen.findByText(/Nov 24, 2026/)).toBeInTheDocument();
    expect(db.now.startsWith('2026-11-24')).toBe(true);
  });

  it('resets the demo data after a confirmation', async () => {
    const { user } = renderRoute('/outbox', { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Advance clock 5 days' }));
    expect(await screen.findByText(/Nov 28, 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByText(/Nov 23, 2026/)).toBeInTheDocument();
    // Still signed in after the reset.
    expect(screen.getByText('Felix Moreno')).toBeInTheDocument();
  });

  it('switches on simulated failures, which the other screens then meet with a plain message', async () => {
    const { user } = renderRoute('/outbox', { as: 'front_desk' });
    const failures = await screen.findByRole('combobox', { name: 'Requests that fail' });
    await waitFor(() => expect(failures).toBeEnabled());
    await user.selectOptions(failures, '30%');
    await waitFor(() => expect(chaos.failureRate).toBe(0.3));
    expect(failures).toHaveValue('0.3');

    // Every request now fails before it reaches the clinic.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await user.click(screen.getByRole('button', { name: 'Advance clock 1 day' }));
    expect(await screen.findByText(/Nov 24, 2026/)).toBeInTheDocument(); // demo tools stay reliable
    renderRoute('/patients/' + db.patients[0]!.id, { as: 'front_desk' });
    expect(
      await screen.findByText('The server is busy', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
