import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, TEST_NOW } from '../../../../mocks/db';
import { decideRequest } from '../../../../mocks/services/shared-access';
import { renderRoute } from '../../../../tests/render';

const SLOW = { timeout: 15_000 };

function approveDorothy(): string {
  const priya = db.staff.find((s) => s.role === 'patient_experience')!;
  decideRequest(
    db,
    { id: priya.id, name: priya.name, role: priya.role },
    'preq_3tq9wz6hkm4c',
    {
      decision: 'approve',
      version: 1,
      identityVerified: true,
      identityMethod: 'Known to staff',
      consentConfirmed: true,
      consentMethod: 'Patient confirmed on the phone',
      scopeReviewed: true,
      scope: ['appointments', 'billing'],
      endsOn: null,
      carePartnerEmail: 'susan.williams@example.com',
      confidentialReason: null,
    },
    TEST_NOW,
  );
  return db.proxyGrants.at(-1)!.invitation!.token;
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
    const { user } = renderRoute(`/portal/invitation?token=${approveDorothy()}`);
    const dorothy = db.patients.find((p) => p.firstName === 'Dorothy')!;
    await user.type(
      await screen.findByLabelText("Dorothy's date of birth", {}, SLOW),
      dorothy.dateOfBirth,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Choose a password', {}, SLOW), 'Susan-own-2026');
    await user.type(screen.getByLabelText('Confirm password'), 'Susan-own-2026');
    await user.click(screen.getByRole('button', { name: 'Create my login and accept' }));
    const records = await screen.findByRole('region', { name: "Dorothy Williams's records" }, SLOW);
    expect(records).toHaveTextContent('Appointments');
    expect(records).toHaveTextContent('Billing and payments');
    expect(records).not.toHaveTextContent('Test results');
  });
});
