import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const accessTab = (name: string) => `/patients/${patientIdOf(name)}/access`;
const sendDialog = () => screen.findByRole('dialog', { name: 'Send Access Link' });

async function openSendFromEnvelope(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Send options' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Send Access Link' }));
  return sendDialog();
}

describe('Send Access Link', () => {
  it("sends Robert Chen's first link in one dialog, 3 clicks from his workspace plus the confirmation", async () => {
    const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    await user.click(await screen.findByRole('tab', { name: 'Medical Access Code' })); // click 1
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' })); // click 2
    const dialog = await sendDialog();
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('robert.chen@example.com');
    expect(dialog).toHaveTextContent('Issues a new access code and emails Robert');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' })); // click 3

    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Send Access Link' })).not.toBeInTheDocument();
    expect(await screen.findByText('Code active')).toBeInTheDocument();
    expect(screen.getByText(/Active: expires in 5 days/)).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Delivery history' });
    expect(
      within(history).getByRole('row', {
        name: /robert\.chen@example\.com.*Felix Moreno.*Delivered/,
      }),
    ).toBeInTheDocument();
    const email = db.emails.find((e) => e.to === 'robert.chen@example.com');
    expect(email?.subject).toBe('Medical Records Access Link');
    expect(email?.link).toMatch(/^\/portal\/register\?token=/);
  });

  it('will not send until staff confirm the address with the patient', async () => {
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await sendDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await within(dialog).findByText('Confirm the email address with the patient.'),
    ).toBeInTheDocument();
    expect(db.deliveries.filter((d) => d.patientId === patientIdOf('Robert Chen'))).toHaveLength(0);
  });

  it('refuses an invalid email, naming the field and keeping what was typed', async () => {
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await sendDialog();
    const field = within(dialog).getByLabelText('Email address');
    await user.clear(field);
    await user.type(field, 'robert.chen@');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await within(dialog).findByText('Email address must look like name@example.com.'),
    ).toBeInTheDocument();
    expect(field).toHaveValue('robert.chen@');
    expect(db.emails.some((e) => e.to.startsWith('robert.chen'))).toBe(false);
  });

  it("flags Emily Novak's typo with the fix, and says her last link bounced", async () => {
    const { user } = renderRoute(accessTab('Emily Novak'), { as: 'front_desk' });
    const dialog = await openSendFromEnvelope(user);
    expect(within(dialog).getByText('The last link bounced')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('sent 2 days ago');
    expect(dialog).toHaveTextContent('to emily.novak@exmaple.com and has not been used yet');
    expect(within(dialog).getByText('Possible typo in the email address')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Use emily.novak@example.com' }));
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('emily.novak@example.com');
    expect(
      within(dialog).queryByText('Possible typo in the email address'),
    ).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      "This replaces emily.novak@exmaple.com in Emily's contact details.",
    );
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));

    expect(
      await screen.findByText('Medical Records Access Link sent to emily.novak@example.com.'),
    ).toBeInTheDocument();
    const emily = db.patients.find((p) => p.id === patientIdOf('Emily Novak'));
    expect(emily?.email).toBe('emily.novak@example.com');
    expect(
      db.audit.some((e) => e.patientId === emily?.id && e.action === 'Contact details updated'),
    ).toBe(true);
  });

  it('says when there is no email on file and offers to print instead (Lucas Garcia)', async () => {
    const { user } = renderRoute(accessTab('Lucas Garcia'), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await sendDialog();
    expect(within(dialog).getByText('No email on file')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Print access code instead' }));

    const letter = await screen.findByRole('dialog', { name: 'Access code letter' });
    expect(await within(letter).findByText('Dear Lucas Garcia,')).toBeInTheDocument();
    const lucasCode = db.codes.find((c) => c.patientId === patientIdOf('Lucas Garcia'));
    expect(within(letter).getByText(lucasCode?.code ?? 'missing')).toBeInTheDocument();
    const statuses = () =>
      db.deliveries.filter((d) => d.patientId === patientIdOf('Lucas Garcia')).map((d) => d.status);
    // The letter is recorded as printed only once staff say it came out of the printer.
    expect(statuses()).toEqual([]);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    onTestFinished(() => print.mockRestore());
    await user.click(within(letter).getByRole('button', { name: 'Print letter' }));
    const question = within(letter).getByRole('group', { name: 'Did the letter print?' });
    await user.click(within(question).getByRole('button', { name: 'Yes, it printed' }));
    await waitFor(() => expect(statuses()).toEqual(['printed']));
  });

  it('warns when the address is on file for another patient outside the family', async () => {
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await sendDialog();
    const field = within(dialog).getByLabelText('Email address');
    await user.clear(field);
    await user.type(field, 'grace.lee@example.com');
    const warning = await within(dialog).findByText(
      'This address is on file for another patient',
      {},
      { timeout: 3000 },
    );
    expect(warning.closest('[role="alert"]')).toHaveTextContent('Grace Lee');
  });

  it("warns that a teenager's address belongs to a parent (Ethan Park, 15, his mother Jennifer's email)", async () => {
    const { user } = renderRoute(accessTab('Ethan Park'), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await sendDialog();
    const field = within(dialog).getByLabelText('Email address');
    await user.clear(field);
    await user.type(field, 'jennifer.park@example.com');
    expect(
      await within(dialog).findByText(
        "This is a parent's or guardian's address",
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Ethan is 15, and this address belongs to Jennifer Park');
    expect(dialog).toHaveTextContent('62% of adolescent portal accounts');
    // Jennifer is in Ethan's family: not "another patient".
    expect(
      within(dialog).queryByText('This address is on file for another patient'),
    ).not.toBeInTheDocument();
  });

  it("reminds staff James O'Brien's link was already sent, and resending does not extend the expiry", async () => {
    const { user } = renderRoute(accessTab("James O'Brien"), { as: 'front_desk' });
    const jamesCode = db.codes.find((c) => c.patientId === patientIdOf("James O'Brien"));
    const expiresAt = jamesCode?.expiresAt;
    const dialog = await openSendFromEnvelope(user);
    expect(within(dialog).getByText('A link was already sent')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('sent 4 days ago');
    expect(dialog).toHaveTextContent('to jobrien@example.net and has not been used yet');
    expect(dialog).toHaveTextContent('Check that the patient received it');
    expect(dialog).toHaveTextContent(
      'Sending again does not extend the 5-day expiry: this link expires in 1 day',
    );

    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to jobrien@example.net.'),
    ).toBeInTheDocument();
    expect(jamesCode?.expiresAt).toBe(expiresAt);
    expect(db.codes.filter((c) => c.patientId === jamesCode?.patientId)).toHaveLength(1);
    // The tab refreshes right after the dialog closes: the new delivery joins the old one.
    const history = screen.getByRole('table', { name: 'Delivery history' });
    await waitFor(() =>
      expect(within(history).getAllByRole('row', { name: /jobrien@example\.net/ })).toHaveLength(2),
    );
    expect(screen.getByText(/Active: expires in 1 day/)).toBeInTheDocument();
  });
});
