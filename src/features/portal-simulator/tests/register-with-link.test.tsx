import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { verifyPassword } from '../../../../mocks/services/passwords';
import { API } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { loseFirstAnswer } from '../../../../tests/lost-answer';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { accountOf, latestCodeOf, registerUrl, sendActiveLink } from './portal-fixtures';

const PASSWORD = 'Sunny-days-2026';

/** Opens the link's registration page, sets the password twice and presses Create my account. */
async function register(code: Parameters<typeof registerUrl>[0]) {
  const rendered = renderRoute(registerUrl(code));
  await rendered.user.type(await screen.findByLabelText('Password'), PASSWORD);
  await rendered.user.type(screen.getByLabelText('Confirm password'), PASSWORD);
  await rendered.user.click(screen.getByRole('button', { name: 'Create my account' }));
  return rendered;
}

describe("Registering through the Medical Records Access Link (James O'Brien's link)", () => {
  it('shows his access code already filled in, with the note that it is not an example', async () => {
    const code = latestCodeOf("James O'Brien");
    renderRoute(registerUrl(code));
    const codeField = await screen.findByLabelText('Access code');
    expect(codeField).toHaveValue(code.code);
    expect(codeField).toHaveAttribute('readonly');
    expect(codeField).toHaveAccessibleDescription(
      /filled in from your email link. It is not an example — leave it as it is/,
    );
    expect(screen.getByText('Riverside Family Clinic · Patient Portal')).toBeInTheDocument();
    expect(screen.getByText(/You will log in with jobrien@example.net/)).toBeInTheDocument();
    // Opaque id only: the code itself never travels in the address.
    expect(registerUrl(code)).not.toContain(code.code);
  });

  it('shows the password rules and names the field that needs a fix', async () => {
    const { user } = renderRoute(registerUrl(latestCodeOf("James O'Brien")));
    const password = await screen.findByLabelText('Password');
    expect(password).toHaveAccessibleDescription(
      /At least 10 and at most 128 characters, with a letter and a number/,
    );

    await user.type(password, 'short1');
    await user.type(screen.getByLabelText('Confirm password'), 'short1');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText(/Password is too short/)).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(/Password is too short/);

    await user.clear(password);
    await user.type(password, PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText(/Confirm password does not match Password/)).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      /Confirm password does not match Password/,
    );
    expect(accountOf('jobrien@example.net')).toBeUndefined();
  });

  it('creates his account with full access, and the same link then says it was already used', async () => {
    const code = latestCodeOf("James O'Brien");
    const { unmount } = await register(code);

    expect(
      await screen.findByRole('heading', { name: 'Your portal account is ready' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /log in with your email and the password you just chose — you won't need the code again/,
      ),
    ).toBeInTheDocument();
    const records = screen.getByRole('list', { name: 'Records in your account' });
    expect(within(records).getByText("James O'Brien — Full access")).toBeInTheDocument();

    const account = accountOf('jobrien@example.net');
    expect(account?.records).toEqual([
      expect.objectContaining({ patientId: patientIdOf("James O'Brien"), access: 'full' }),
    ]);
    // Stored only as a salted hash, which the password she chose matches.
    expect(account?.passwordHash).toMatch(/^pbkdf2-sha256\$/);
    expect(account?.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, account?.passwordHash ?? null)).toBe(true);
    expect(code.redeemedAt).toBe(db.now);
    expect(db.audit.at(-1)).toMatchObject({
      action: 'Portal account registered',
      actorName: 'jobrien@example.net',
    });

    unmount();
    renderRoute(registerUrl(code));
    expect(
      await screen.findByRole('heading', { name: 'This link was already used' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/log in with your email and the password you chose/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it("moves Olivia Martin's record out of the wrong person's account when she registers with her own email", async () => {
    const code = sendActiveLink('Olivia Martin', 'olivia.martin@example.com');
    await register(code);

    expect(await screen.findByText('Olivia Martin — Full access')).toBeInTheDocument();
    expect(screen.getByText('olivia.martin@example.com')).toBeInTheDocument();
    const wrong = db.accounts.find((a) => a.email === 'olivia.martin@example.org');
    expect(wrong?.records).toEqual([]);
    expect(wrong?.status).toBe('disabled');
  });

  it('keeps the form filled and says what to do when the server fails', async () => {
    server.use(http.post(`${API}/portal/register`, () => new HttpResponse(null, { status: 500 })));
    const code = latestCodeOf("James O'Brien");
    await register(code);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem');
    expect(alert).toHaveTextContent('Try again in a moment');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
    expect(screen.getByLabelText('Confirm password')).toHaveValue(PASSWORD);
    expect(screen.getByLabelText('Access code')).toHaveValue(code.code);
    expect(accountOf('jobrien@example.net')).toBeUndefined();
  });

  it('after a lost answer, pressing again finishes the registration instead of "already used"', async () => {
    const seen = loseFirstAnswer('/portal/register');
    const { user } = await register(latestCodeOf("James O'Brien"));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server had a problem');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(
      await screen.findByRole('heading', { name: 'Your portal account is ready' }),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it('says the connection failed, keeping the form, when the network is down', async () => {
    server.use(http.post(`${API}/portal/register`, () => HttpResponse.error()));
    await register(latestCodeOf("James O'Brien"));

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the portal');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
  });
});
