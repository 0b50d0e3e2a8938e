import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { db, TEST_NOW } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import type { Actor } from '../../../../mocks/services/context';
import { createRequest, decideRequest, editGrant } from '../../../../mocks/services/shared-access';
import {
  acceptInvitation,
  confirmInvitationDob,
} from '../../../../mocks/services/shared-access-portal';
import { ownLoginThroughLink } from '../../../../mocks/services/test-clinic';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { createRequestSchema, decideRequestSchema } from '../../../api/contract/shared-access';
import { deniedReason } from '../../../lib/permissions';
import { CSRF_HEADER } from '../../../lib/session-timing';

const SLOW = { timeout: 15_000 };
const GRANT = '/api/v1/shared-access/grants/:id';
const FULL =
  'Appointments, Visit notes and summaries, Test results, Medications and refill requests, Messaging the care team, Billing and payments, Documents and forms';

const carmen = (): Actor => {
  const s = db.staff.find((x) => x.role === 'clinic_manager')!;
  return { id: s.id, name: s.name, role: s.role };
};

/** Thomas Wright's Shared Access tab, and the dialog of Michael's grant opened from its row. */
async function openMichaelsDialog(as: 'patient_experience' | 'clinic_manager') {
  const rendered = renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, { as });
  const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
  await rendered.user.click(within(row).getByRole('link', { name: "Edit Michael Wright's grant" }));
  const dialog = await screen.findByRole('dialog', { name: "Edit Michael Wright's shared access" });
  return { ...rendered, row, dialog };
}

/** Ethan Park's Shared Access tab opened on the edit dialog of Jennifer's grant. */
async function openEthansDialog(as: 'patient_experience' | 'clinic_manager', given?: string) {
  const id = given ?? (await ethansGrant());
  const rendered = renderRoute(`/patients/${patientIdOf('Ethan Park')}/shared-access?edit=${id}`, {
    as,
  });
  const dialog = await screen.findByRole(
    'dialog',
    { name: "Edit Jennifer Park's shared access" },
    SLOW,
  );
  return { ...rendered, dialog };
}

async function narrowToAdministrative(user: UserEvent, dialog: HTMLElement, until: string) {
  await user.click(within(dialog).getByRole('button', { name: 'Administrative only' }));
  const end = within(dialog).getByLabelText('End date (optional)');
  await user.clear(end);
  await user.type(end, until);
}

/** Carmen approves Jennifer Park's request for Ethan (15), appointments only: she is invited. */
function inviteJennifer() {
  decideRequest(
    db,
    carmen(),
    'preq_v7r2nx5jd8pa',
    decideRequestSchema.parse({
      decision: 'approve',
      version: 1,
      identityVerified: true,
      identityMethod: 'Photo ID checked in person',
      consentConfirmed: true,
      consentMethod: 'Patient confirmed in person',
      scopeReviewed: true,
      scope: ['appointments'],
      endsOn: null,
      carePartnerEmail: 'jennifer.park@example.com',
      confidentialReason: null,
    }),
    TEST_NOW,
  );
  return db.proxyGrants.find((g) => g.requestId === 'preq_v7r2nx5jd8pa')!;
}

/**
 * Jennifer Park's accepted shared access to Ethan (15): appointments only, as Carmen approved.
 * Jennifer is a patient too: her login comes from her own link, then she logs in to accept.
 */
async function ethansGrant(): Promise<string> {
  const grant = inviteJennifer();
  const token = grant.invitation!.token;
  const dob = db.patients.find((p) => p.id === patientIdOf('Ethan Park'))!.dateOfBirth;
  confirmInvitationDob(db, token, { dateOfBirth: dob }, TEST_NOW);
  const front = db.staff.find((s) => s.role === 'front_desk')!;
  await ownLoginThroughLink(db, front, 'Jennifer Park', 'Jennifer-2026-x', TEST_NOW);
  await acceptInvitation(
    db,
    token,
    { mode: 'login', email: 'jennifer.park@example.com', password: 'Jennifer-2026-x' },
    TEST_NOW,
    0,
  );
  return grant.id;
}

describe('Editing a care partner’s shared access', { timeout: 90_000 }, () => {
  it("narrows Michael's scope with an end date; the row and the Overview show it", async () => {
    const { user, dialog, row } = await openMichaelsDialog('patient_experience');
    expect(row).toHaveTextContent(FULL);
    await narrowToAdministrative(user, dialog, '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Shared access changed', {}, SLOW);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const updated = await screen.findByRole('row', { name: /Michael Wright/ });
    expect(updated).toHaveTextContent('Appointments, Billing and payments');
    expect(updated).not.toHaveTextContent('Visit notes');
    expect(updated).toHaveTextContent('Mar 31, 2027');

    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    const panel = await screen.findByRole('region', { name: 'Who can see this record' }, SLOW);
    expect(panel).toHaveTextContent('Scope: Appointments, Billing and payments');
    expect(panel).toHaveTextContent('until Mar 31, 2027');
    expect(db.audit.at(-1)).toMatchObject({
      action: 'Shared access changed',
      actorName: 'Priya Shah',
    });
  });

  it('the row shows the saved end date with the notice, without waiting for the refresh', async () => {
    const { user, dialog } = await openMichaelsDialog('patient_experience');
    // From here on the tab's refresh never answers: only the save's own answer can update the row.
    server.use(
      http.get('/api/v1/patients/:id/shared-access', () => new Promise<never>(() => undefined)),
    );
    await narrowToAdministrative(user, dialog, '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Shared access changed', {}, SLOW);
    const row = screen.getByRole('row', { name: /Michael Wright/ });
    expect(row).toHaveTextContent('Mar 31, 2027');
    expect(row).toHaveTextContent('Appointments, Billing and payments');
  });

  it('for a grant still invited, the notice says what Jennifer will see once she accepts', async () => {
    const { user, dialog } = await openEthansDialog('patient_experience', inviteJennifer().id);
    await user.type(within(dialog).getByLabelText('End date (optional)'), '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(
        'Jennifer Park will see, once they accept the invitation: Appointments; until Mar 31, 2027.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
  });

  it('shows front desk why they cannot edit, and the API answers 403 with the same reason', async () => {
    renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, { as: 'front_desk' });
    const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
    const edit = within(row).getByRole('button', { name: "Edit Michael Wright's grant" });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAccessibleDescription(deniedReason('proxy.editGrant'));

    const res = await fetch('/api/v1/shared-access/grants/grant_8mwq3kx7z2vd', {
      method: 'PATCH',
      headers: {
        [CSRF_HEADER.name]: CSRF_HEADER.value,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        version: 1,
        scope: ['appointments'],
        until: null,
        confidentialReason: null,
      }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ detail: deniedReason('proxy.editGrant') });
    expect(db.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!.scope).toHaveLength(7);
  });

  it('for Ethan (15), patient experience is told a manager must add visit notes', async () => {
    const { user, dialog } = await openEthansDialog('patient_experience');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Visit notes and summaries (confidential)' }),
    );
    expect(within(dialog).getByText('A clinic manager is needed')).toBeInTheDocument();
    expect(
      within(dialog).getByText(deniedReason('proxy.includeConfidentialForMinor')),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Untick visit notes and summaries to save.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('for Ethan (15), a clinic manager adds visit notes with a reason', async () => {
    const { user, dialog } = await openEthansDialog('clinic_manager');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Visit notes and summaries (confidential)' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(
      await within(dialog).findByText('Give the reason for including confidential categories.'),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for including confidential categories/ }),
      'Ethan asked for it with his clinician.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const row = await screen.findByRole('row', { name: /Jennifer Park/ }, SLOW);
    await within(row).findByText('Appointments, Visit notes and summaries', {}, SLOW);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(db.audit.at(-1)!.details).toMatch(
      /Confidential categories included: Ethan asked for it with his clinician\./,
    );
  });

  it('tells the second editor someone else changed it, shows the grant as it is now, and keeps their entries', async () => {
    const { user, dialog } = await openMichaelsDialog('patient_experience');
    await narrowToAdministrative(user, dialog, '2027-03-31');
    // Carmen changes the grant while this dialog is open.
    editGrant(
      db,
      carmen(),
      'grant_8mwq3kx7z2vd',
      { version: 1, scope: ['appointments'], until: null, confidentialReason: null },
      TEST_NOW,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Someone else changed this shared access meanwhile');
    expect(alert).toHaveTextContent('Now: Active; scope Appointments; no end date.');
    expect(within(dialog).getByRole('checkbox', { name: 'Billing and payments' })).toBeChecked();
    expect(within(dialog).getByLabelText('End date (optional)')).toHaveValue('2027-03-31');
    expect(db.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!.scope).toEqual([
      'appointments',
    ]);

    // Having seen it, staff keep their own change and save it over the current grant.
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const row = await screen.findByRole('row', { name: /Michael Wright/ });
    await within(row).findByText('Appointments, Billing and payments', {}, SLOW);
  });

  it('keeps the form filled when the save fails, and the retry reuses the Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'PATCH') keys.push(request.headers.get('Idempotency-Key'));
    };
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    server.use(
      http.patch(GRANT, () => HttpResponse.json({ title: 'Server error' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user, dialog } = await openMichaelsDialog('clinic_manager');
    await narrowToAdministrative(user, dialog, '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The server had a problem');
    expect(alert).toHaveTextContent(
      'Everything you entered is kept: press Save changes to try again.',
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'Visit notes and summaries' }),
    ).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Billing and payments' })).toBeChecked();
    expect(within(dialog).getByLabelText('End date (optional)')).toHaveValue('2027-03-31');

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Shared access changed', {}, SLOW);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const row = await screen.findByRole('row', { name: /Michael Wright/ });
    expect(row).toHaveTextContent('Appointments, Billing and payments');
  });

  it("the duplicate warning offers to edit Michael's grant, which opens on the Shared Access tab", async () => {
    const request = createRequest(
      db,
      carmen(),
      createRequestSchema.parse({
        patientId: patientIdOf('Thomas Wright'),
        carePartner: {
          name: 'Michael Wright',
          email: 'michael.wright@example.com',
          phone: null,
          dateOfBirth: null,
          relationship: 'adult_child',
        },
        route: 'in_person',
        scope: ['appointments'],
        endsOn: null,
        legalDocument: null,
        phoneIntake: null,
      }),
      TEST_NOW,
    );
    const { user, history } = renderRoute(`/shared-access/${request.id}`, {
      as: 'patient_experience',
    });
    const warning = await screen.findByRole(
      'alert',
      { name: /Michael Wright already has shared access/ },
      SLOW,
    );
    expect(warning).toHaveTextContent(
      'Change the existing grant’s scope or end date instead of creating a second one',
    );
    await user.click(within(warning).getByRole('link', { name: "Edit Michael Wright's grant" }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: "Edit Michael Wright's shared access" },
      SLOW,
    );
    expect(history.location.pathname).toBe(
      `/patients/${patientIdOf('Thomas Wright')}/shared-access`,
    );
    expect(history.location.search).toBe('?edit=grant_8mwq3kx7z2vd');
    expect(within(dialog).getByRole('checkbox', { name: 'Test results' })).toBeChecked();
  });

  it('works by keyboard: Enter opens the dialog, Escape closes it and drops the grant from the URL', async () => {
    const { user, history } = renderRoute(
      `/patients/${patientIdOf('Thomas Wright')}/shared-access`,
      { as: 'clinic_manager' },
    );
    const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
    within(row).getByRole('link', { name: "Edit Michael Wright's grant" }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole(
      'dialog',
      { name: "Edit Michael Wright's shared access" },
      SLOW,
    );
    expect(within(dialog).getByRole('button', { name: 'Close dialog' })).toBeInTheDocument();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(history.location.search).toBe('');
    expect(db.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!.version).toBe(1);
  });
});
