import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { addSusansExpiredInvitation } from './grant-fixtures';
import { loseFirstAnswer } from '../../../../tests/lost-answer';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { deniedReason } from '../../../lib/permissions';

const SLOW = { timeout: 15_000 };

describe('Recording a request and the Shared Access tab', { timeout: 90_000 }, () => {
  it('front desk records a phone request; each bad field says what to fix', async () => {
    const id = patientIdOf('Dorothy Williams');
    const { user } = renderRoute(`/patients/${id}/shared-access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Record a request' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Record a shared-access request' });
    await user.type(
      within(dialog).getByRole('textbox', { name: "Care partner's own email" }),
      'not-an-email',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(await within(dialog).findByText("Enter care partner's name.")).toBeInTheDocument();
    expect(
      within(dialog).getByText("Care partner's own email must look like name@example.com."),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Choose the relationship.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose how the request came.')).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: "Care partner's name" }),
      'Paul Williams',
    );
    const email = within(dialog).getByRole('textbox', { name: "Care partner's own email" });
    await user.clear(email);
    await user.type(email, 'paul.williams@example.com');
    await user.click(within(dialog).getByRole('combobox', { name: 'Relationship to the patient' }));
    await user.click(await screen.findByRole('option', { name: 'Adult child' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'How the request came' }));
    await user.click(await screen.findByRole('option', { name: 'Phone' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(
      await within(dialog).findByText(
        "How the patient's consent was heard needs at least 3 characters.",
      ),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: "How the patient's consent was heard" }),
      'Dorothy said yes on the call.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));

    expect(
      await screen.findByRole('link', { name: 'Review Paul Williams’s request' }, SLOW),
    ).toBeInTheDocument();
    const recorded = db.proxyRequests.at(-1)!;
    expect(recorded).toMatchObject({
      route: 'phone',
      status: 'new',
      phoneIntake: { takenBy: 'Felix Moreno' },
    });
  });

  it("shows Michael's active grant; patient experience sees why only a manager revokes", async () => {
    renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, {
      as: 'patient_experience',
    });
    const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
    expect(row).toHaveTextContent('Adult child');
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('Priya Shah');
    const revoke = within(row).getByRole('button', { name: "Revoke Michael Wright's access" });
    expect(revoke).toHaveAttribute('aria-disabled', 'true');
    expect(revoke).toHaveAccessibleDescription(deniedReason('proxy.revoke'));
  });

  it('a clinic manager revokes with a reason, and the Overview no longer lists Michael', async () => {
    const id = patientIdOf('Thomas Wright');
    const { user } = renderRoute(`/patients/${id}`, { as: 'clinic_manager' });
    const panel = await screen.findByRole('region', { name: 'Who can see this record' }, SLOW);
    expect(panel).toHaveTextContent('Care partner: Michael Wright (Adult child)');
    await user.click(within(panel).getByRole('button', { name: "Revoke Michael Wright's access" }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke shared access' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for revoking/ }),
      'Thomas asked to end it.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    expect(
      await within(panel).findByText(/Nobody: no portal account/, {}, SLOW),
    ).toBeInTheDocument();
    expect(db.audit.at(-1)).toMatchObject({
      action: 'Shared access revoked',
      actorName: 'Carmen Diaz',
    });
  });

  it('after a lost answer the revoke dialog keeps the reason; pressing again revokes once and says so', async () => {
    const seen = loseFirstAnswer('/shared-access/grants/:id/revoke');
    const id = patientIdOf('Thomas Wright');
    const { user } = renderRoute(`/patients/${id}/shared-access`, { as: 'clinic_manager' });
    await user.click(
      await screen.findByRole('button', { name: "Revoke Michael Wright's access" }, SLOW),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Revoke shared access' });
    const reason = within(dialog).getByRole('textbox', { name: /Reason for revoking/ });
    await user.type(reason, 'Thomas asked to end it.');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(
      'The server had a problem',
    );
    expect(reason).toHaveValue('Thomas asked to end it.');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    expect(
      await screen.findByText('Michael Wright can no longer see this record.', {}, SLOW),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(db.audit.filter((e) => e.action === 'Shared access revoked')).toHaveLength(1);
  });

  it('an expired invitation can be sent again from the tab, once even when the answer is lost', async () => {
    const seen = loseFirstAnswer('/shared-access/grants/:id/invitation');
    const id = patientIdOf('Dorothy Williams');
    addSusansExpiredInvitation(id);
    const { user } = renderRoute(`/patients/${id}/shared-access`, { as: 'patient_experience' });
    const row = await screen.findByRole('row', { name: /Susan Williams/ }, SLOW);
    expect(row).toHaveTextContent('Invitation expired');
    const again = within(row).getByRole('button', { name: 'Send invitation again' });
    await user.click(again);
    expect(await screen.findByText('The server had a problem', {}, SLOW)).toBeInTheDocument();
    await user.click(again);
    expect(await within(row).findByText('Invited', {}, SLOW)).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    const invitations = db.emails.filter(
      (e) => e.to === 'susan.williams@example.com' && e.subject === 'Shared access invitation',
    );
    expect(invitations).toHaveLength(1);
  });
});
