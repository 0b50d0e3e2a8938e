import { screen, waitFor, within } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { decideRequest } from '../../../../mocks/services/shared-access';
import { APPROVE_SUSAN } from '../../../../mocks/services/test-clinic';
import { server } from '../../../../mocks/node';
import { renderRoute } from '../../../../tests/render';
import { deniedReason } from '../../../lib/permissions';

const list = async (name: string) =>
  screen.findByRole('region', { name: new RegExp(`^${name}`) }, { timeout: 15_000 });

describe('Today', { timeout: 60_000 }, () => {
  it('is the landing page, with each list a front desk acts on and a line for the others', async () => {
    renderRoute('/', { as: 'front_desk' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const atRisk = await list('Invitations at risk');
    expect(
      within(atRisk).getByText(/The email to emily\.novak@exmaple\.com bounced/),
    ).toBeInTheDocument();
    const coming = await list('Coming of age');
    expect(coming).toHaveTextContent(/Noah Bennett.*Turns 18/);
    expect(coming).toHaveTextContent(/Lily Tran.*Turns 12/);
    expect(await list("Teen accounts on a guardian's email")).toHaveTextContent('Zoe Patel');
    expect(screen.queryByRole('region', { name: /^Shared-access requests waiting/ })).toBeNull();
    const others = screen.getByRole('region', { name: 'Handled by others' });
    expect(others).toHaveTextContent(deniedReason('proxy.review'));
    expect(others).toHaveTextContent(deniedReason('family.link'));
    expect(others).toHaveTextContent(deniedReason('proxy.editGrant'));
  });

  it('shows a manager the overdue request and the grant ending, and drops a request decided in another tab', async () => {
    renderRoute('/today', { as: 'clinic_manager' });
    const waiting = await list('Shared-access requests waiting');
    expect(waiting).toHaveTextContent(/Harold Brooks.*Overdue/);
    expect(waiting).toHaveTextContent('Dorothy Williams');
    expect(await list('Grants ending soon')).toHaveTextContent(/Walter Hughes.*Ruth Hughes/);

    // Another tab decides Dorothy's request; coming back to this one shows it gone.
    const priya = db.staff.find((s) => s.role === 'patient_experience')!;
    decideRequest(
      db,
      { id: priya.id, name: priya.name, role: priya.role },
      'preq_3tq9wz6hkm4c',
      APPROVE_SUSAN,
      db.now,
    );
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await waitFor(() => expect(waiting).not.toHaveTextContent('Dorothy Williams'), {
      timeout: 10_000,
    });
    focusManager.setFocused(undefined);
  });

  it("corrects Emily Novak's bounced email from Today: the send dialog opens on the email", async () => {
    const { user } = renderRoute('/today', { as: 'front_desk' });
    const atRisk = await list('Invitations at risk');
    const show = within(atRisk).queryByRole('button', { name: /^Show all/ });
    if (show) await user.click(show);
    const row = within(atRisk)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Emily Novak'))!;
    await user.click(within(row).getByRole('link', { name: 'Correct and resend' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Send Access Link' },
      { timeout: 15_000 },
    );
    const email = within(dialog).getByLabelText('Email address');
    await waitFor(() => expect(email).toHaveFocus());
    await user.clear(email);
    await user.type(email, 'emily.novak@example.com');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to emily.novak@example.com.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /^Today/ }));
    const after = await list('Invitations at risk');
    await waitFor(() => expect(after).not.toHaveTextContent('Emily Novak'), { timeout: 10_000 });
  });

  it("opens the edit dialog of Ruth Hughes's grant from Renew…", async () => {
    const { user } = renderRoute('/today', { as: 'patient_experience' });
    const ending = await list('Grants ending soon');
    await user.click(within(ending).getByRole('link', { name: 'Renew…' }));
    expect(
      await screen.findByRole(
        'dialog',
        { name: "Edit Ruth Hughes's shared access" },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });

  it('shows portal activation as a table of the same numbers on request', async () => {
    const { user } = renderRoute('/today', { as: 'front_desk' });
    const chart = await list('Portal activation');
    await user.click(within(chart).getByRole('radio', { name: 'Table' }));
    const table = within(chart).getByRole('table', { name: 'Links sent and redeemed, by week' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(chart).toHaveTextContent(/By email: \d+ of \d+ redeemed/);
  });

  it('says "Nothing waiting" for an empty list', async () => {
    server.use(
      http.get('*/api/v1/today', () =>
        HttpResponse.json({
          asOf: db.now,
          turnaroundTargetBusinessDays: 2,
          medianTurnaroundBusinessDays: null,
          waitingRequests: { visible: true, total: 0, rows: [] },
          familyLinking: { visible: true, total: 0, rows: [] },
          invitationsAtRisk: { visible: true, total: 0, rows: [] },
          comingOfAge: { visible: true, total: 0, rows: [] },
          teenOnGuardianEmail: { visible: true, total: 0, rows: [] },
          grantsEnding: { visible: true, total: 0, rows: [] },
          activation: {
            weeks: [],
            medianDaysToRedeem: null,
            byChannel: { email: { sent: 0, redeemed: 0 }, print: { sent: 0, redeemed: 0 } },
          },
        }),
      ),
    );
    renderRoute('/today', { as: 'clinic_manager' });
    const coming = await list('Coming of age');
    expect(within(coming).getByText('Nothing waiting')).toBeInTheDocument();
    expect(screen.getAllByText('Nothing waiting')).toHaveLength(6);
  });
});
