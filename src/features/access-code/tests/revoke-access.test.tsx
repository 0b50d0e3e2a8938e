import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute, signInAs } from '../../../../tests/render';
import { deniedReason } from '../../../lib/permissions';

describe('Revoke Access', () => {
  it("lets front desk cancel James O'Brien's unused link sent to the wrong person", async () => {
    const id = patientIdOf("James O'Brien");
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Revoke Access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Access' });
    expect(dialog).toHaveTextContent(
      'The active access code is cancelled: its link stops working.',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Revoke Access' }));
    expect(
      await within(dialog).findByText('Choose a reason for revoking access.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Sent to the wrong person' }));
    await user.click(within(dialog).getByRole('button', { name: 'Revoke Access' }));

    expect(
      await screen.findByText("Portal access to James O'Brien's record was revoked."),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Revoked on .*: Sent to the wrong person/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke Access' })).not.toBeInTheDocument();
    const code = db.codes.find((c) => c.patientId === id);
    expect(code?.revokedReason).toBe('Sent to the wrong person');
    await user.click(screen.getByRole('tab', { name: 'Activity' }));
    expect(
      await screen.findByRole('row', { name: /Access revoked.*Reason: Sent to the wrong person/ }),
    ).toBeInTheDocument();
  });

  it('asks for the text when the reason is "Other"', async () => {
    const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
      as: 'front_desk',
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke Access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Access' });
    await user.click(within(dialog).getByRole('radio', { name: 'Other' }));
    await user.click(within(dialog).getByRole('button', { name: 'Revoke Access' }));
    expect(
      await within(dialog).findByText('Describe the reason (at least 3 characters).'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Describe the reason/), 'Duplicate record');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke Access' }));
    expect(await screen.findByText(/Revoked on .*: Duplicate record/)).toBeInTheDocument();
  });

  it("shows front desk why they cannot revoke Olivia Martin's used access, and the API refuses with 403", async () => {
    const id = patientIdOf('Olivia Martin');
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    const button = await screen.findByRole('button', { name: 'Revoke Access' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(deniedReason('access.revokeUsed'));
    expect(screen.getByText(deniedReason('access.revokeUsed'))).toBeVisible();
    await user.click(button);
    expect(screen.queryByRole('dialog', { name: 'Revoke Access' })).not.toBeInTheDocument();

    const res = await fetch(`/api/v1/patients/${id}/revoke-access`, {
      method: 'POST',
      headers: {
        'X-Requested-With': 'access-desk',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'fd-olivia',
      },
      body: JSON.stringify({ reason: 'wrong_person' }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ detail: deniedReason('access.revokeUsed') });
    expect(db.accounts.find((a) => a.email === 'olivia.martin@example.org')?.status).toBe('active');
  });

  it("lets the clinic manager revoke Olivia Martin's used access; her account holds no other record, so it is disabled", async () => {
    const id = patientIdOf('Olivia Martin');
    signInAs('clinic_manager');
    const { user } = renderRoute(`/patients/${id}/access`);
    const account = await screen.findByRole('region', { name: 'Portal account' });
    expect(account).toHaveTextContent('Held by the portal account olivia.martin@example.org');
    await user.click(screen.getByRole('button', { name: 'Revoke Access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Access' });
    expect(dialog).toHaveTextContent('It holds no other record, so the account is disabled.');
    await user.click(within(dialog).getByRole('radio', { name: 'Sent to the wrong person' }));
    await user.click(within(dialog).getByRole('button', { name: 'Revoke Access' }));

    expect(
      await screen.findByText("Portal access to Olivia Martin's record was revoked."),
    ).toBeInTheDocument();
    const card = await screen.findByRole('region', { name: 'Portal account' });
    expect(
      await within(card).findByText(/No portal account holds this record/),
    ).toBeInTheDocument();
    expect(db.accounts.find((a) => a.email === 'olivia.martin@example.org')?.status).toBe(
      'disabled',
    );
  });
});

describe('after Olivia Martin’s access is revoked as sent to the wrong person', () => {
  it('shows a banner and the header mark, refuses the old address and sends to a corrected one', async () => {
    const id = patientIdOf('Olivia Martin');
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'clinic_manager' });
    await user.click(await screen.findByRole('button', { name: 'Revoke Access' }));
    const revoke = await screen.findByRole('dialog', { name: 'Revoke Access' });
    await user.click(within(revoke).getByRole('radio', { name: 'Sent to the wrong person' }));
    await user.click(within(revoke).getByRole('button', { name: 'Revoke Access' }));

    const banner = await screen.findByRole('region', {
      name: 'Access revoked: the email on file reached the wrong person',
    });
    expect(banner).toHaveTextContent('olivia.martin@example.org reached the wrong person');
    expect(screen.getByText('Wrong person')).toBeInTheDocument();
    // The tab's history lists the revoke: the address, who, and why.
    expect(
      screen.getByRole('row', {
        name: /olivia\.martin@example\.org.*Carmen Diaz — Access revoked Sent to the wrong person/,
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    const email = within(dialog).getByLabelText('Email address', { exact: true });
    expect(email).toHaveValue('olivia.martin@example.org');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(email).toHaveAccessibleDescription(
      /^Access was revoked on .* because a link sent to olivia\.martin@example\.org reached the wrong person\. Enter the right address/,
    );
    expect(dialog).toBeInTheDocument();
    expect(db.deliveries.filter((d) => d.patientId === id)).toHaveLength(1);

    await user.clear(email);
    await user.type(email, 'olivia.martin@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to olivia.martin@example.com.'),
    ).toBeInTheDocument();
    // The corrected email clears the banner and the header's mark.
    await waitFor(() =>
      expect(
        screen.queryByRole('region', {
          name: 'Access revoked: the email on file reached the wrong person',
        }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('Wrong person')).not.toBeInTheDocument();
  });
});
