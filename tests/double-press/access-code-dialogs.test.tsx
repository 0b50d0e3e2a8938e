import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { patientIdOf, renderRoute } from '../render';
import { button, type Case, pressedTwiceMakeOneChange, SLOW } from './press-twice';

// The Medical Access Code dialogs (see press-twice.tsx). The tab has no resend of its own: a link
// is sent again by opening Send Access Link again, which the send case covers.
// Dialogs close with their transition, as in a browser (see transitions-on.tsx).
vi.mock('@mantine/core', async (original) =>
  (await import('./transitions-on')).withTransitionsOn(await original()),
);

const CASES: Case[] = [
  {
    name: "replace James O'Brien's access code",
    action: 'Access code requested',
    emails: 0,
    open: async () => {
      const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
        as: 'front_desk',
      });
      await user.click(await screen.findByRole('button', { name: 'Request Access Code' }, SLOW));
      await screen.findByRole('dialog', { name: 'Replace the active access code?' });
      return button('Replace the active access code?', 'Replace code');
    },
  },
  {
    name: "send Robert Chen's Medical Records Access Link",
    action: 'Access link sent',
    emails: 1,
    open: async () => {
      const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}/access`, {
        as: 'front_desk',
      });
      await user.click(await screen.findByRole('button', { name: 'Send Access Link' }, SLOW));
      const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
      await user.click(
        within(dialog).getByLabelText('I confirmed this email address with the patient'),
      );
      return button('Send Access Link', 'Send Access Link');
    },
  },
  {
    name: "revoke James O'Brien's unused link",
    action: 'Access revoked',
    emails: 0,
    open: async () => {
      const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
        as: 'front_desk',
      });
      await user.click(await screen.findByRole('button', { name: 'Revoke Access' }, SLOW));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke Access' });
      await user.click(within(dialog).getByRole('radio', { name: 'Sent to the wrong person' }));
      return button('Revoke Access', 'Revoke Access');
    },
  },
];

pressedTwiceMakeOneChange(CASES);
