import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeIdleClock, idleOutAndBack } from '../../../../tests/idle';
import { patientIdOf, renderRoute } from '../../../../tests/render';

/** Two tabs of one browser: two whole apps sharing the cookie jar and BroadcastChannel. */
function twoTabs(urlA: string, urlB: string) {
  const a = renderRoute(urlA, { as: 'front_desk' });
  const b = renderRoute(urlB);
  return { a, b, tabA: within(a.container), tabB: within(b.container) };
}

describe('one staff session across tabs', () => {
  it('signing out in one tab clears the patient from the other', async () => {
    const { b, tabA, tabB } = twoTabs(`/patients/${patientIdOf('Robert Chen')}`, '/patients');
    expect(await tabA.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    await b.user.click(await tabB.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(tabA.getByRole('button', { name: 'Sign in' })).toBeInTheDocument());
    expect(tabA.queryByRole('heading', { name: 'Robert Chen' })).not.toBeInTheDocument();
    expect(tabA.queryByText(/robert\.chen@/)).not.toBeInTheDocument();
  });

  it('signing in as someone else in one tab changes who the other tab shows', async () => {
    // Tab B was left on the sign-in screen before anyone signed in; then tab A signed in.
    const b = renderRoute('/sign-in');
    const tabB = within(b.container);
    const signInAsManager = await tabB.findByRole('button', { name: 'Sign in as Clinic manager' });
    const tabA = within(renderRoute('/patients', { as: 'front_desk' }).container);
    expect(await tabA.findByLabelText('Role: Front desk')).toBeInTheDocument();
    await b.user.click(signInAsManager);
    await waitFor(() => expect(tabA.getByLabelText('Role: Clinic manager')).toBeInTheDocument());
    expect(tabA.queryByLabelText('Role: Front desk')).not.toBeInTheDocument();
  });
});

describe('idle logoff', () => {
  it('warns with a countdown, signs out, and signing back in returns to the same form, filled', async () => {
    fakeIdleClock();
    const id = patientIdOf('Robert Chen');
    const { user, history } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const field = within(
      await screen.findByRole('dialog', { name: 'Send Access Link' }),
    ).getByLabelText('Email address');
    await user.clear(field);
    await user.type(field, 'robert.c@example.com');

    await idleOutAndBack(user, 'front_desk', ['robert.c@example.com', 'Robert Chen']);
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('robert.c@example.com');
    expect(history.location.pathname).toBe(`/patients/${id}/access`);
  });

  it('"Stay signed in" keeps the session and the screen', async () => {
    fakeIdleClock();
    const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    vi.advanceTimersByTime(15 * 60_000 + 1000);
    const warning = await screen.findByRole('dialog', { name: 'Are you still there?' });
    await user.click(within(warning).getByRole('button', { name: 'Stay signed in' }));
    vi.advanceTimersByTime(2 * 60_000 + 1000);
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Are you still there?' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
  });
});
