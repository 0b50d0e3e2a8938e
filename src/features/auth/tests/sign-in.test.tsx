import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderRoute } from '../../../../tests/render';

describe('Sign in', () => {
  it('says which field is wrong when the form is incomplete', async () => {
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Enter your work email/)).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
  });

  it('refuses a wrong password with a clear message and keeps the email typed', async () => {
    const { user } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('Work email'), 'frontdesk@clinic.example');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is not right');
    expect(screen.getByLabelText('Work email')).toHaveValue('frontdesk@clinic.example');
  });

  it('signs in with the form and shows who is signed in and their role', async () => {
    const { user } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('Work email'), 'manager@clinic.example');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Carmen Diaz')).toBeInTheDocument();
    expect(screen.getByLabelText('Role: Clinic manager')).toBeInTheDocument();
  });

  it('signs in as each role with one click on the demo clinic', async () => {
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in as Front desk' }));
    expect(await screen.findByText('Felix Moreno')).toBeInTheDocument();
    expect(screen.getByLabelText('Role: Front desk')).toBeInTheDocument();
  });

  it('greets a first visit with sign-in, not with "Your session ended"', async () => {
    const { history } = renderRoute('/');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
    expect(history.location.search).toBe('?redirect=%2F');
    expect(screen.queryByText(/Your session ended/)).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in and back to where they were going', async () => {
    const robert = db.patients.find((p) => p.lastName === 'Chen' && p.firstName === 'Robert')!;
    const { user, history } = renderRoute(`/patients/${robert.id}/activity`);
    await user.click(await screen.findByRole('button', { name: 'Sign in as Patient experience' }));
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    expect(history.location.pathname).toBe(`/patients/${robert.id}/activity`);
  });

  it('goes on from the sign-in page when this browser is already signed in (a reload just after signing in)', async () => {
    const robert = db.patients.find((p) => p.lastName === 'Chen' && p.firstName === 'Robert')!;
    const { history } = renderRoute(
      `/sign-in?redirect=${encodeURIComponent(`/patients/${robert.id}`)}`,
      { as: 'front_desk' },
    );
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    expect(history.location.pathname).toBe(`/patients/${robert.id}`);
  });

  it('a sign-in made while the page was still checking for a session is kept', async () => {
    // The page's own check leaves before the click and is answered "signed out" after it.
    let answerCheck = () => {};
    const checked = new Promise<void>((resolve) => (answerCheck = resolve));
    server.use(
      http.get(
        '/api/v1/session',
        async () => {
          await checked;
          return HttpResponse.json(
            { type: 'about:blank', title: 'Signed out', status: 401 },
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          );
        },
        { once: true },
      ),
    );
    // It is answered the moment the sign-in is, while the app moves on to Today.
    const onAnswer = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/session')
        answerCheck();
    };
    server.events.on('request:end', onAnswer);
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in as Front desk' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await delay(300);
    server.events.removeListener('request:end', onAnswer);
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByText('You were signed out')).not.toBeInTheDocument();
  });

  it('stays on sign-in after signing out, though the app still remembered who was signed in', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('button', { name: 'Sign in as Front desk' }),
    ).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Felix Moreno')).not.toBeInTheDocument();
  });

  it('returns to sign-in when the session ends mid-way (401 anywhere)', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await screen.findByText('Felix Moreno');
    db.sessions = {};
    await user.type(screen.getByLabelText('Search patients'), 'Robert');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument(),
    );
  });
});
