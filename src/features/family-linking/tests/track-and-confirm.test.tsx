import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import {
  garciaRequest,
  JOURNEY_MS,
  mariaLinks,
  openTracking,
  rowOf,
  SLOW,
} from './linking-fixtures';

describe('Tracking the links until every record is linked', () => {
  it(
    'resends one bounced email with the Send Access Link checks',
    async () => {
      const { user } = await openTracking({ bounced: 'Sofia Garcia' });
      expect(within(rowOf('Sofia Garcia')).getByText('Bounced')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: "Resend Sofia Garcia's link" }));
      const dialog = await screen.findByRole('dialog', { name: "Resend Sofia Garcia's link" });
      expect(within(dialog).getByText('The last link bounced')).toBeInTheDocument();
      const field = within(dialog).getByLabelText('Email address');
      await user.clear(field);
      await user.type(field, 'maria.garcia@exmaple.com');
      expect(within(dialog).getByText('Possible typo in the email address')).toBeInTheDocument();
      await user.clear(field);
      await user.type(field, 'maria.garcia@example.com');
      await user.click(within(dialog).getByRole('button', { name: 'Resend link' }));
      expect(
        within(dialog).getByText('Confirm the email address with the patient.'),
      ).toBeInTheDocument();
      await user.click(
        within(dialog).getByLabelText('I confirmed this email address with the account holder'),
      );
      await user.click(within(dialog).getByRole('button', { name: 'Resend link' }));
      await within(rowOf('Sofia Garcia')).findByText('Delivered', {}, SLOW);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      // The state badge keeps its whole word ("Delivered", never "DELIVE…") in a squeezed column.
      const badge = within(rowOf('Sofia Garcia'))
        .getByText('Delivered')
        .closest('.mantine-Badge-root');
      expect(badge).not.toBeNull();
      expect(getComputedStyle(badge!).minWidth).toBe('max-content');
    },
    JOURNEY_MS,
  );

  it(
    'revokes one record mid-flow: its link stops working and the rest carry on to the summary',
    async () => {
      const id = garciaRequest({ send: true });
      await mariaLinks('Lucas Garcia');
      const { user } = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      expect(await screen.findByText('1 of 3 linked', {}, SLOW)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Revoke Mateo Garcia' }));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke Mateo Garcia' });
      await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
      expect(within(dialog).getByText('Reason needs at least 3 characters.')).toBeInTheDocument();
      await user.type(within(dialog).getByLabelText('Reason'), 'His father will link Mateo');
      await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
      await within(rowOf('Mateo Garcia')).findByText('Revoked', {}, SLOW);
      expect(screen.getByText('1 of 2 linked')).toBeInTheDocument();
      const mateoCode = db.codes.filter((c) => c.patientId === patientIdOf('Mateo Garcia')).at(-1);
      expect(mateoCode?.revokedReason).toBe('His father will link Mateo');

      await mariaLinks('Sofia Garcia');
      await user.click(screen.getByRole('link', { name: 'Family linking' }));
      await user.click(await screen.findByRole('link', { name: 'Maria Garcia' }, SLOW));
      const summary = await screen.findByRole('list', { name: 'Records this login holds' }, SLOW);
      expect(
        within(summary)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Maria Garcia', 'Lucas Garcia', 'Sofia Garcia']);
      await user.click(screen.getByRole('button', { name: 'Confirmed with Maria Garcia' }));
      expect(
        await screen.findByRole('heading', { name: 'Family linking finished' }, SLOW),
      ).toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    'keeps everything when sending fails, and sends on the next try',
    async () => {
      const id = garciaRequest({ send: false });
      server.use(
        http.post('/api/v1/linking-requests/:id/send', () =>
          HttpResponse.json({ title: 'Server error', status: 500 }, { status: 500 }),
        ),
      );
      const { user } = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      await user.click(await screen.findByRole('button', { name: 'Send 3 links' }, SLOW));
      const alert = await screen.findByRole('alert', {}, SLOW);
      expect(alert).toHaveTextContent('Server error');
      expect(alert).toHaveTextContent('Everything you entered is kept: press Send to try again.');
      expect(
        within(screen.getByRole('list', { name: 'Links to send' })).getAllByRole('listitem'),
      ).toHaveLength(3);
      expect(
        db.emails.some((e) => e.to === 'maria.garcia@example.com' && e.sentAt === db.now),
      ).toBe(false);

      server.resetHandlers();
      await user.click(screen.getByRole('button', { name: 'Send 3 links' }));
      expect(await screen.findByText('0 of 3 linked', {}, SLOW)).toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    'says the emails go out in Maria’s language, and the tracking table names it per record',
    async () => {
      const maria = db.patients.find((p) => p.id === patientIdOf('Maria Garcia'))!;
      maria.preferredLanguage = 'es';
      const id = garciaRequest({ send: false });
      const { user } = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      const send = await screen.findByRole('button', { name: 'Send 3 links' }, SLOW);
      expect(screen.getByText('Emails in Spanish')).toBeInTheDocument();
      expect(screen.getByText(/Maria Garcia’s preferred language/)).toBeInTheDocument();
      await user.click(send);
      const table = await screen.findByRole('table', { name: 'Linking progress' }, SLOW);
      expect(within(table).getByRole('columnheader', { name: 'Language' })).toBeInTheDocument();
      for (const name of ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia'])
        expect(within(table).getByRole('row', { name: new RegExp(name) })).toHaveTextContent(
          'Spanish',
        );
      expect(db.emails.filter((e) => e.to === 'maria.garcia@example.com').at(-1)?.language).toBe(
        'es',
      );
    },
    JOURNEY_MS,
  );
});
