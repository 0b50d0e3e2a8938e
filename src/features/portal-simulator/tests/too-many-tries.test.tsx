import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { renderRoute } from '../../../../tests/render';
import { latestCodeOf, registerUrl } from './portal-fixtures';

const failed = () => db.audit.filter((e) => e.action === 'Portal log-in failed').length;

/** Types an email and a wrong password, and presses Log in five times, each answered. */
async function fiveWrongPasswords(
  page: string,
  email: string,
  labels = { email: 'Email', password: 'Password' },
) {
  const { user } = renderRoute(page);
  await user.type(await screen.findByLabelText(labels.email), email);
  await user.type(screen.getByLabelText(labels.password), 'not-the-password-1');
  const before = failed();
  for (let i = 1; i <= 5; i += 1) {
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(failed() - before).toBe(i));
  }
}

async function register(token: string, code: string) {
  const res = await fetch('/api/v1/portal/register', {
    method: 'POST',
    headers: {
      'X-Requested-With': 'access-desk',
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({ token, code, password: 'Sunny-days-2026' }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('Retry-After'),
    body: (await res.json()) as unknown,
  };
}

describe('The portal slows guessing and says how long to wait', () => {
  it("the patient's portal log-in: after 5 wrong passwords, wait 30 seconds", async () => {
    await fiveWrongPasswords('/portal', 'maria.garcia@example.com');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Too many tries'));
    expect(alert).toHaveTextContent('For your safety, please wait 30 seconds. Then try again.');
  });

  it("a care partner's log-in: after 5 wrong passwords, wait 30 seconds", async () => {
    await fiveWrongPasswords('/portal/care-partner', 'michael.wright@example.com', {
      email: 'Your email',
      password: 'Your portal password',
    });
    expect(await screen.findByText(/please wait 30 seconds/)).toBeInTheDocument();
    expect(screen.getByText('Too many tries')).toBeInTheDocument();
  });

  it('wrong codes on a link: 429 with Retry-After after 5, then locked for good after 10', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const james = latestCodeOf("James O'Brien");
    const answers = [];
    for (let i = 0; i < 10; i += 1) {
      const answer = await register(james.linkToken, 'WRONG234');
      answers.push(answer);
      if (answer.retryAfter) vi.setSystemTime(Date.now() + Number(answer.retryAfter) * 1000);
    }
    expect(answers.map((a) => a.status)).toEqual([
      400, 400, 400, 400, 429, 429, 429, 429, 429, 410,
    ]);
    expect(answers[4]).toMatchObject({
      retryAfter: '30',
      body: {
        type: 'too-many-tries',
        retryAfter: 30,
        detail: 'For your safety, please wait 30 seconds. Then try again.',
      },
    });
    expect(answers[5]?.retryAfter).toBe('60');
    expect(answers[9]?.body).toMatchObject({ type: 'link-locked', title: 'This link is locked' });
    expect((await register(james.linkToken, james.code)).status).toBe(410);

    renderRoute(registerUrl(james));
    expect(await screen.findByRole('heading', { name: 'This link is locked' })).toBeInTheDocument();
    expect(screen.getByText(/Ask the clinic to send you a new link/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});
