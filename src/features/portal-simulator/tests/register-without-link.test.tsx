import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { renderRoute } from '../../../../tests/render';
import { accountOf, latestCodeOf, sendActiveLink } from './portal-fixtures';

const PASSWORD = 'Sunny-days-2026';

describe('The portal opened directly, without the email link', () => {
  it('leaves the code empty and explains the fix: go back to the email and click the blue button', async () => {
    renderRoute('/portal/register');
    expect(await screen.findByLabelText('Access code')).toHaveValue('');
    expect(screen.getByLabelText('Access code')).not.toHaveAttribute('readonly');
    const help = screen.getByRole('note');
    expect(help).toHaveTextContent("I don't have an access code");
    expect(help).toHaveTextContent(
      'Go back to the email from the clinic and click the blue button.',
    );
    expect(screen.queryByText(/It is not an example/)).not.toBeInTheDocument();
  });

  it('asks for the code, naming the field, when it is left empty', async () => {
    const { user } = renderRoute('/portal/register');
    await user.type(await screen.findByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(
      await screen.findByText('Enter the access code from your email link.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Access code')).toHaveAccessibleDescription(
      /Enter the access code/,
    );
  });

  it('refuses a code that is not right, on the code field, and keeps what was typed', async () => {
    const { user } = renderRoute('/portal/register');
    await user.type(await screen.findByLabelText('Access code'), 'ABCD2345');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check what you typed');
    expect(screen.getByLabelText('Access code')).toHaveAccessibleDescription(
      /Go back to the email from the clinic and click the blue button/,
    );
    expect(screen.getByLabelText('Access code')).toHaveValue('ABCD2345');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
  });

  it("still registers with a typed code (any letter case): James O'Brien gets full access", async () => {
    const code = latestCodeOf("James O'Brien");
    const { user } = renderRoute('/portal/register');
    await user.type(await screen.findByLabelText('Access code'), code.code.toLowerCase());
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(
      await screen.findByRole('heading', { name: 'Your portal account is ready' }),
    ).toBeInTheDocument();
    expect(screen.getByText("James O'Brien — Full access")).toBeInTheDocument();
    expect(accountOf('jobrien@example.net')?.records[0]?.access).toBe('full');
  });

  it('switches to log in when the email already has a portal account, keeping the typed code', async () => {
    const code = sendActiveLink('Aisha Khan', 'aisha.khan@example.com');
    const { user } = renderRoute('/portal/register');
    await user.type(await screen.findByLabelText('Access code'), code.code);
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(
      await screen.findByText('You already have a portal account: log in instead'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in and add this record' })).toBeInTheDocument();
    expect(screen.getByLabelText('Access code')).toHaveValue(code.code);
    expect(db.accounts.filter((a) => a.email === 'aisha.khan@example.com')).toHaveLength(1);
  });

  it('the portal home page tells patients how to log in and where new patients start', async () => {
    const { user } = renderRoute('/portal');
    expect(
      await screen.findByRole('heading', { name: 'Welcome to the Patient Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/You don't need an access code to log in/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Set up a portal account' }));
    expect(await screen.findByRole('note')).toHaveTextContent("I don't have an access code");
  });
});
