import { db } from '../../../../mocks/db';

/**
 * Susan Williams, Dorothy Williams's daughter, invited on November 10: her invitation expired on
 * November 15 without being used, so staff can send it again.
 */
export function addSusansExpiredInvitation(patientId: string): void {
  db.proxyGrants.push({
    ...db.proxyGrants[0]!,
    id: 'grant_susan',
    patientId,
    carePartner: {
      name: 'Susan Williams',
      email: 'susan.williams@example.com',
      phone: null,
      dateOfBirth: null,
      relationship: 'adult_child',
    },
    status: 'invited',
    accountId: null,
    invitation: {
      token: 'invold',
      sentTo: 'susan.williams@example.com',
      sentAt: '2026-11-10T09:00:00.000Z',
      expiresAt: '2026-11-15T09:00:00.000Z',
      wrongDobTries: 0,
      dobConfirmedAt: null,
      voidedAt: null,
      acceptedAt: null,
    },
  });
}
