import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import {
  addLinkingRecords,
  reviewLinkingEmails,
  sendLinkingLinks,
} from '../../../../mocks/services/family-linking';
import { revokeLinkingRecord } from '../../../../mocks/services/family-linking-tracking';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { garciaAtRecords, JOURNEY_MS, PRIYA, SLOW } from './linking-fixtures';

/** Maria's request as a colleague left it: Lucas sent, revoked "Sent too early", added and sent again. */
function lucasAddedAgain(): string {
  const id = garciaAtRecords();
  const lucas = { patientId: patientIdOf('Lucas Garcia'), reason: null, override: null };
  const { items } = addLinkingRecords(db, PRIYA, { id, records: [lucas] }, db.now);
  const changes = items.map((i) => ({ patientId: i.patientId, version: i.version }));
  reviewLinkingEmails(db, PRIYA, { id, changes }, db.now);
  const first = sendLinkingLinks(db, PRIYA, { id }, db.now).items[0]!;
  revokeLinkingRecord(db, PRIYA, { id, itemId: first.id, reason: 'Sent too early' }, db.now);
  addLinkingRecords(db, PRIYA, { id, records: [lucas] }, db.now);
  sendLinkingLinks(db, PRIYA, { id }, db.now);
  return id;
}

const lucasRows = () => screen.getAllByRole('row', { name: /Lucas Garcia/ });
const states = () => lucasRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('A record revoked and added again to a family linking', () => {
  it(
    'resends and revokes the live row, and no link of the record stays open',
    async () => {
      const id = lucasAddedAgain();
      const { user } = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      await screen.findByRole('table', { name: 'Linking progress' }, SLOW);
      expect(states()).toEqual(['Revoked', 'Delivered']);
      const emails = db.emails.length;

      await user.click(screen.getByRole('button', { name: "Resend Lucas Garcia's link" }));
      const resend = await screen.findByRole('dialog', { name: "Resend Lucas Garcia's link" });
      await user.click(
        within(resend).getByLabelText('I confirmed this email address with the account holder'),
      );
      await user.click(within(resend).getByRole('button', { name: 'Resend link' }));
      // The dialog closes only when the resend succeeded; a refusal keeps it open with the reason.
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
      expect(db.emails.length).toBe(emails + 1);

      await user.click(screen.getByRole('button', { name: 'Revoke Lucas Garcia' }));
      const revoke = await screen.findByRole('dialog', { name: 'Revoke Lucas Garcia' });
      await user.type(within(revoke).getByLabelText('Reason'), 'Father will link Lucas');
      await user.click(within(revoke).getByRole('button', { name: 'Revoke' }));
      await within(lucasRows()[1]!).findByText('Revoked', {}, SLOW);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(states()).toEqual(['Revoked', 'Revoked']);
      const codes = db.codes.filter((c) => c.patientId === patientIdOf('Lucas Garcia'));
      expect(codes.map((c) => c.revokedReason)).toEqual([
        'Sent too early',
        'Father will link Lucas',
      ]);
    },
    JOURNEY_MS,
  );
});
