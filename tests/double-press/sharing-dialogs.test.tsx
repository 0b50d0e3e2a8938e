import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { openTracking } from '../../src/features/family-linking/tests/linking-fixtures';
import { patientIdOf, renderRoute } from '../render';
import { button, type Case, choose, pressedTwiceMakeOneChange, SLOW } from './press-twice';

// The shared-access and family-linking dialogs (see press-twice.tsx).
// Dialogs close with their transition, as in a browser (see transitions-on.tsx).
vi.mock('@mantine/core', async (original) =>
  (await import('./transitions-on')).withTransitionsOn(await original()),
);

const CASES: Case[] = [
  {
    name: "record Paul Williams's phone request for Dorothy Williams",
    action: 'Shared-access request recorded',
    emails: 0,
    open: async () => {
      const { user } = renderRoute(`/patients/${patientIdOf('Dorothy Williams')}/shared-access`, {
        as: 'front_desk',
      });
      await user.click(await screen.findByRole('button', { name: 'Record a request' }, SLOW));
      const dialog = await screen.findByRole('dialog', { name: 'Record a shared-access request' });
      const text = (name: string) => within(dialog).getByRole('textbox', { name });
      // Pasted, not typed key by key: the form is not what these tests are about.
      const fill = async (field: HTMLElement, value: string) => {
        await user.click(field);
        await user.paste(value);
      };
      await fill(text("Care partner's name"), 'Paul Williams');
      await fill(text("Care partner's own email"), 'paul.williams@example.com');
      await choose(user, dialog, 'Relationship to the patient', 'Adult child');
      await choose(user, dialog, 'How the request came', 'Phone');
      await fill(text("How the patient's consent was heard"), 'Dorothy said yes.');
      return button('Record a shared-access request', 'Record request');
    },
  },
  {
    name: "edit Michael Wright's grant",
    action: 'Shared access changed',
    emails: 0,
    open: async () => {
      const { user } = renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, {
        as: 'patient_experience',
      });
      const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
      await user.click(within(row).getByRole('link', { name: "Edit Michael Wright's grant" }));
      const name = "Edit Michael Wright's shared access";
      const dialog = await screen.findByRole('dialog', { name });
      await user.click(within(dialog).getByRole('button', { name: 'Administrative only' }));
      return button(name, 'Save changes');
    },
  },
  {
    name: "revoke Mateo Garcia from Maria's family linking",
    action: 'Removed from family linking',
    emails: 0,
    open: async () => {
      const { user } = await openTracking();
      await user.click(screen.getByRole('button', { name: 'Revoke Mateo Garcia' }));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke Mateo Garcia' });
      await user.click(within(dialog).getByLabelText('Reason'));
      await user.paste('His father will link Mateo');
      return button('Revoke Mateo Garcia', 'Revoke');
    },
  },
];

pressedTwiceMakeOneChange(CASES);
