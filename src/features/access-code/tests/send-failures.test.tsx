import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const SEND = '/api/v1/patients/:id/access-link';

async function fillSendDialog(name: string, email?: string) {
  const rendered = renderRoute(`/patients/${patientIdOf(name)}/access`, { as: 'front_desk' });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
  const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
  const field = within(dialog).getByLabelText('Email address');
  if (email) {
    await user.clear(field);
    await user.type(field, email);
  }
  await user.click(
    within(dialog).getByLabelText('I confirmed this email address with the patient'),
  );
  await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
  return { ...rendered, dialog, field };
}

describe('Send Access Link when something goes wrong', () => {
  it('keeps the dialog filled and says what to do when the server fails (500)', async () => {
    server.use(
      http.post(SEND, () => HttpResponse.json({ title: 'Server error' }, { status: 500 })),
    );
    const { dialog, field, user } = await fillSendDialog('Robert Chen', 'robert.c@example.com');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem');
    expect(alert).toHaveTextContent('Your entries are kept: press Send Access Link to try again.');
    expect(field).toHaveValue('robert.c@example.com');
    expect(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    ).toBeChecked();

    // The server recovers: the same dialog sends on the next try.
    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.c@example.com.'),
    ).toBeInTheDocument();
  });

  it('says when the background check of the address could not run, and still sends', async () => {
    server.use(
      http.post('/api/v1/patients/:id/email-check', () =>
        HttpResponse.json({ title: 'Server error' }, { status: 500 }),
      ),
    );
    const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}/access`, {
      as: 'front_desk',
    });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    const field = within(dialog).getByLabelText('Email address');
    await user.clear(field);
    await user.type(field, 'robert.c@example.com');
    // The check is retried once or twice before it is reported as failed.
    expect(
      await within(dialog).findByText(
        'We could not check this address just now. You can still send; read it back to the patient.',
        undefined,
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.c@example.com.'),
    ).toBeInTheDocument();
  }, 15_000);

  it('keeps the dialog filled when the network is down', async () => {
    server.use(http.post(SEND, () => HttpResponse.error()));
    const { dialog, field } = await fillSendDialog('Robert Chen');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach the server');
    expect(alert).toHaveTextContent('Check your connection, then try again.');
    expect(field).toHaveValue('robert.chen@example.com');
    expect(db.deliveries.some((d) => d.patientId === patientIdOf('Robert Chen'))).toBe(false);
  });

  it('answers 409 when someone else changed the email meanwhile, shows the current one and lets staff retry', async () => {
    const id = patientIdOf('Robert Chen');
    const rendered = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    const { user } = rendered;
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });

    // A colleague saves a new address while this dialog is open.
    const robert = db.patients.find((p) => p.id === id)!;
    robert.email = 'rchen@example.org';
    robert.version += 1;

    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this record');
    expect(alert).toHaveTextContent('Someone else changed the contact details meanwhile');
    expect(alert).toHaveTextContent('The email on file is now rchen@example.org');
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('robert.chen@example.com');
    expect(db.deliveries.some((d) => d.patientId === id)).toBe(false);

    await user.click(within(alert).getByRole('button', { name: 'Use rchen@example.org' }));
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('rchen@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to rchen@example.org.'),
    ).toBeInTheDocument();
    expect(db.emails.some((e) => e.to === 'rchen@example.org')).toBe(true);
  });

  it('lets staff keep the address they confirmed after the 409, saving it against the current version', async () => {
    const id = patientIdOf('Robert Chen');
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    const robert = db.patients.find((p) => p.id === id)!;
    robert.email = 'rchen@example.org';
    robert.version += 1;
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    await within(dialog).findByText(/The email on file is now/);

    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    expect(robert.email).toBe('robert.chen@example.com');
    expect(robert.version).toBe(3);
  });
});
