import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { renderRoute } from '../../../../tests/render';

const failures = () => db.audit.filter((e) => e.action === 'Sign-in failed').length;

describe('Sign in: too many wrong passwords', () => {
  it('says how long to wait in plain words, counts down, then lets the right password in', async () => {
    // Only the clock and the countdown's tick are fake: requests keep their real timers.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    const { user } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('Work email'), 'frontdesk@clinic.example');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    const before = failures();
    for (let i = 1; i <= 4; i += 1) {
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await waitFor(() => expect(failures() - before).toBe(i));
    }
    expect(screen.getByRole('alert')).toHaveTextContent('Email or password is not right');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Too many tries'));
    expect(alert).toHaveTextContent('For your safety, please wait 30 seconds. Then try again.');

    vi.advanceTimersByTime(21_000);
    await waitFor(() => expect(alert).toHaveTextContent('please wait 10 seconds'));
    // A try during the wait is refused without checking the password; it says what is left.
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(db.audit.at(-1)?.action).toBe('Sign-in refused: too many tries'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/please wait 10 seconds/);

    vi.advanceTimersByTime(10_000);
    expect(await screen.findByText('You can try again now.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Felix Moreno')).toBeInTheDocument();
  });
});
