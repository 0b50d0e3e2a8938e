import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db, TEST_NOW } from '../../../../mocks/db';
import { decideRequest } from '../../../../mocks/services/shared-access';
import { server } from '../../../../mocks/node';
import { loseFirstAnswer } from '../../../../tests/lost-answer';
import { renderRoute } from '../../../../tests/render';
import { APPROVE_SUSAN, ownLoginThroughLink } from '../../../../mocks/services/test-clinic';

const SLOW = { timeout: 15_000 };

function approveDorothy(): string {
  const priya = db.staff.find((s) => s.role === 'patient_experience')!;
  decideRequest(
    db,
    { id: priya.id, name: priya.name, role: priya.role },
    'preq_3tq9wz6hkm4c',
    APPROVE_SUSAN,
    TEST_NOW,
  );
  return db.proxyGrants.at(-1)!.invitation!.token;
}

/** Susan opens her invitation, confirms Dorothy's date of birth and chooses her own password. */
async function openAsSusanWithPassword() {
  const rendered = renderRoute(`/portal/invitation?token=${approveDorothy()}`);
  const { user } = rendered;
  const dorothy = db.patients.find((p) => p.firstName === 'Dorothy')!;
  await user.type(
    await screen.findByLabelText("Dorothy's date of birth", {}, SLOW),
    dorothy.dateOfBirth,
  );
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Choose a password', {}, SLOW), 'Susan-own-2026');
  await user.type(screen.getByLabelText('Confirm password'), 'Susan-own-2026');
  return rendered;
}

describe("The care partner's invitation in the simulator", { timeout: 90_000 }, () => {
  it('three wrong dates of birth void the invitation', async () => {
    const { user } = renderRoute(`/portal/invitation?token=${approveDorothy()}`);
    const dob = await screen.findByLabelText("Dorothy's date of birth", {}, SLOW);
    for (const left of ['2 tries left', '1 try left']) {
      await user.clear(dob);
      await user.type(dob, '1950-01-01');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findByText(new RegExp(left), {}, SLOW)).toBeInTheDocument();
    }
    await user.clear(dob);
    await user.type(dob, '1950-01-01');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { name: 'This invitation no longer works' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText(/entered wrongly 3 times/)).toBeInTheDocument();
  });

  it('Susan confirms the date of birth, creates her own login and sees which categories she has', async () => {
    const { user } = await openAsSusanWithPassword();
    await user.click(screen.getByRole('button', { name: 'Create my login and accept' }));
    const records = await screen.findByRole('region', { name: "Dorothy Williams's records" }, SLOW);
    expect(records).toHaveTextContent('Appointments');
    expect(records).toHaveTextContent('Billing and payments');
    expect(records).not.toHaveTextContent('Test results');
  });

  it("a new login uses the invited email; Dorothy's own login is refused, saying what to do", async () => {
    const front = db.staff.find((s) => s.role === 'front_desk')!;
    await ownLoginThroughLink(db, front, 'Dorothy Williams', 'Dorothy-own-1', TEST_NOW);
    const { user } = await openAsSusanWithPassword();
    const email = screen.getByLabelText('Your email');
    expect(email).toHaveValue('susan.williams@example.com');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveAccessibleDescription(
      'We sent your invitation to this email. To use a different email, ask the clinic to send the invitation to it.',
    );

    await user.click(screen.getByText('I already have a portal login'));
    await user.clear(email);
    await user.type(email, 'dorothy.williams@example.com');
    await user.clear(screen.getByLabelText('Your portal password'));
    await user.type(screen.getByLabelText('Your portal password'), 'Dorothy-own-1');
    await user.click(screen.getByRole('button', { name: 'Log in and accept' }));
    expect(
      await screen.findByText(
        'This is Dorothy’s own login. Use your own email and your own login, not Dorothy’s.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(db.proxyGrants.at(-1)).toMatchObject({ status: 'invited', accountId: null });
    expect(db.audit.at(-1)).toMatchObject({ action: 'Shared access acceptance refused' });
  });

  it('a server failure on the date of birth says so, without marking the date wrong', async () => {
    let tries = 0;
    server.use(
      http.post('/api/v1/portal/invitations/:token/date-of-birth', () => {
        tries += 1;
        return tries === 1 ? HttpResponse.json({ title: 'Busy' }, { status: 503 }) : undefined;
      }),
    );
    const { user } = renderRoute(`/portal/invitation?token=${approveDorothy()}`);
    const dorothy = db.patients.find((p) => p.firstName === 'Dorothy')!;
    const dob = await screen.findByLabelText("Dorothy's date of birth", {}, SLOW);
    await user.type(dob, dorothy.dateOfBirth);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'The server had a problem',
    );
    expect(dob).not.toHaveAttribute('aria-invalid', 'true');
    expect(dob).toHaveValue(dorothy.dateOfBirth);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByLabelText('Choose a password', {}, SLOW)).toBeInTheDocument();
  });

  it('after a lost answer, pressing Create my login and accept again shows the records', async () => {
    const seen = loseFirstAnswer('/portal/invitations/:token/accept');
    const { user } = await openAsSusanWithPassword();
    const accept = screen.getByRole('button', { name: 'Create my login and accept' });
    await user.click(accept);
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'The server had a problem',
    );
    expect(screen.getByLabelText('Choose a password')).toHaveValue('Susan-own-2026');
    await user.click(accept);
    expect(
      await screen.findByRole('region', { name: "Dorothy Williams's records" }, SLOW),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });
});
