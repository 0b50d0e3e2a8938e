import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { addSusansExpiredInvitation } from '../../src/features/shared-access/tests/grant-fixtures';
import {
  garciaRequest,
  openTracking,
} from '../../src/features/family-linking/tests/linking-fixtures';
import { patientIdOf, renderRoute } from '../render';
import {
  button,
  type Case,
  choose,
  pageButton,
  pressedTwiceMakeOneChange,
  SLOW,
} from './press-twice';

// The changes made from a workflow's form rather than from the tab's dialogs: a decision on a
// shared-access request, an invitation sent again, and family linking's send and resend (see
// press-twice.tsx). Dialogs close with their transition, as in a browser (see transitions-on.tsx).
vi.mock('@mantine/core', async (original) =>
  (await import('./transitions-on')).withTransitionsOn(await original()),
);

const CASES: Case[] = [
  {
    name: "approve Susan Williams's request for Dorothy Williams",
    action: 'Shared access approved',
    emails: 1,
    open: async () => {
      const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', {
        as: 'patient_experience',
      });
      const approve = 'Approve and send invitation';
      await screen.findByRole('button', { name: approve }, SLOW);
      const page = document.body;
      await user.click(
        screen.getByRole('checkbox', { name: "The care partner's identity is verified" }),
      );
      await choose(user, page, 'How the identity was verified', 'Known to staff');
      await user.click(
        screen.getByRole('checkbox', { name: /The patient's consent is confirmed/ }),
      );
      await choose(user, page, 'How consent was confirmed', 'Patient confirmed on the phone');
      await user.click(screen.getByRole('checkbox', { name: 'I reviewed the scope below' }));
      return pageButton(approve);
    },
  },
  {
    name: "send Susan Williams's expired invitation again",
    action: 'Shared access invitation resent',
    emails: 1,
    open: async () => {
      const id = patientIdOf('Dorothy Williams');
      addSusansExpiredInvitation(id);
      renderRoute(`/patients/${id}/shared-access`, { as: 'patient_experience' });
      await screen.findByRole('row', { name: /Susan Williams/ }, SLOW);
      return () => {
        const row = screen.queryByRole('row', { name: /Susan Williams/ });
        return row ? within(row).queryByRole('button', { name: 'Send invitation again' }) : null;
      };
    },
  },
  {
    name: "send the links to Maria Garcia's three children",
    action: 'Access link sent',
    // One change sends one link per record: three entries, three emails, and no more.
    entries: 3,
    emails: 3,
    open: async () => {
      const id = garciaRequest({ send: false });
      renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      await screen.findByRole('button', { name: 'Send 3 links' }, SLOW);
      return pageButton('Send 3 links');
    },
  },
  {
    name: "resend Sofia Garcia's bounced link",
    action: 'Access link sent',
    emails: 1,
    open: async () => {
      const { user } = await openTracking({ bounced: 'Sofia Garcia' });
      const name = "Resend Sofia Garcia's link";
      await user.click(screen.getByRole('button', { name }));
      const dialog = await screen.findByRole('dialog', { name });
      await user.click(
        within(dialog).getByLabelText('I confirmed this email address with the account holder'),
      );
      return button(name, 'Resend link');
    },
  },
];

pressedTwiceMakeOneChange(CASES);
