import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { accountOf, registerUrl, sendActiveLink } from './portal-fixtures';

describe('A patient who already has a portal account logs in instead', () => {
  it('Aisha Khan (limited, booked online) logs in through the link and gains full access', async () => {
    const code = sendActiveLink('Aisha Khan', 'aisha.khan@example.com');
    const { user } = renderRoute(registerUrl(code));
    expect(
      await screen.findByRole('heading', { name: 'Log in to add this record' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/You already have a portal account with aisha.khan@example.com/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('aisha.khan@example.com');
    expect(screen.getByLabelText('Access code')).toHaveValue(code.code);
    expect(screen.queryByRole('button', { name: 'Create my account' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Password'), 'Portal-demo-2');
    await user.click(screen.getByRole('button', { name: 'Log in and add this record' }));

    expect(
      await screen.findByRole('heading', { name: 'This record was added to your portal account' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Aisha Khan — Full access')).toBeInTheDocument();
    const account = accountOf('aisha.khan@example.com');
    expect(account?.records).toEqual([
      expect.objectContaining({ patientId: patientIdOf('Aisha Khan'), access: 'full' }),
    ]);
    expect(db.accounts.filter((a) => a.email === 'aisha.khan@example.com')).toHaveLength(1);
    expect(code.redeemedAt).toBe(db.now);
    expect(db.audit.at(-1)).toMatchObject({
      action: 'Full access granted',
      actorName: 'aisha.khan@example.com',
      actorRole: null,
    });
  });

  it('a wrong password is refused on the password field, and nothing changes', async () => {
    const code = sendActiveLink('Aisha Khan', 'aisha.khan@example.com');
    const { user } = renderRoute(registerUrl(code));
    await user.type(await screen.findByLabelText('Password'), 'HX7KM4PQ');
    await user.click(screen.getByRole('button', { name: 'Log in and add this record' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is not right');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /Email or password is not right/,
    );
    expect(screen.getByLabelText('Email')).toHaveValue('aisha.khan@example.com');
    expect(accountOf('aisha.khan@example.com')?.records[0]?.access).toBe('limited');
    expect(code.redeemedAt).toBeNull();
  });

  it("Maria Garcia links her son Lucas's record into her own account", async () => {
    const code = sendActiveLink('Lucas Garcia', 'maria.garcia@example.com');
    const { user } = renderRoute(registerUrl(code));
    expect(
      await screen.findByText(
        /You already have a portal account with maria.garcia@example.com\. Log in with the password you chose for it to add Lucas's records to your account/,
      ),
    ).toBeInTheDocument();
    // The page is read by Maria, the account holder: it does not greet her son.
    expect(screen.queryByText(/Hello Lucas/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Password'), 'Portal-demo-1');
    await user.click(screen.getByRole('button', { name: 'Log in and add this record' }));

    const records = await screen.findByRole('list', { name: 'Records in your account' });
    expect(within(records).getByText('Maria Garcia — Full access')).toBeInTheDocument();
    expect(within(records).getByText('Lucas Garcia — Full access')).toBeInTheDocument();
    expect(
      accountOf('maria.garcia@example.com')?.records.map((r) => [r.patientId, r.access]),
    ).toEqual([
      [patientIdOf('Maria Garcia'), 'full'],
      [patientIdOf('Lucas Garcia'), 'full'],
    ]);
    expect(db.audit.at(-1)).toMatchObject({
      action: 'Record linked to portal account',
      patientId: patientIdOf('Lucas Garcia'),
    });
  });
});
