import { screen } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import type { Actor } from '../../../../mocks/services/context';
import {
  addLinkingRecords,
  reviewLinkingEmails,
  sendLinkingLinks,
  startLinkingRequest,
} from '../../../../mocks/services/family-linking';
import { linkThroughLink } from '../../../../mocks/services/portal';
import { patientIdOf, renderRoute } from '../../../../tests/render';

export const PRIYA: Actor = {
  id: 'staff_h3v8n2c6jt5d',
  name: 'Priya Shah',
  role: 'patient_experience',
};
export const CHILDREN = ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia'];

/** Maria's request just started: at the records step. */
export const garciaAtRecords = (): string =>
  startLinkingRequest(db, PRIYA, { holderPatientId: patientIdOf('Maria Garcia') }, db.now).id;

/** Maria's request as a colleague left it at the emails step: her three children added. */
export function garciaAtEmails() {
  const id = garciaAtRecords();
  const records = CHILDREN.map((n) => ({
    patientId: patientIdOf(n),
    reason: null,
    override: null,
  }));
  return addLinkingRecords(db, PRIYA, { id, records }, db.now);
}

/** Maria's request as a colleague left it: records added, emails confirmed, maybe links sent. */
export function garciaRequest({ send }: { send: boolean }): string {
  const { id, items } = garciaAtEmails();
  const changes = items.map((i) => ({ patientId: i.patientId, version: i.version }));
  reviewLinkingEmails(db, PRIYA, { id, changes }, db.now);
  if (send) sendLinkingLinks(db, PRIYA, { id }, db.now);
  return id;
}

/** Maria opens the child's link from her email and logs in with her own password. */
export async function mariaLinks(name: string): Promise<void> {
  const code = db.codes.filter((c) => c.patientId === patientIdOf(name)).at(-1)!;
  await linkThroughLink(
    db,
    {
      token: code.linkToken,
      code: code.code,
      email: 'maria.garcia@example.com',
      password: 'Portal-demo-1',
    },
    db.now,
    0,
  );
}

/**
 * Patient experience at the tracking table of Maria's request, every link sent; `bounced` names
 * the child whose last email bounced.
 */
export async function openTracking({ bounced }: { bounced?: string } = {}) {
  const id = garciaRequest({ send: true });
  if (bounced)
    db.deliveries.filter((d) => d.patientId === patientIdOf(bounced)).at(-1)!.status = 'bounced';
  const rendered = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
  await screen.findByRole('table', { name: 'Linking progress' }, SLOW);
  return rendered;
}

/** One record's row in the tracking table. */
export const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

// The flow makes several requests per step: give each wait room on a busy machine.
export const SLOW = { timeout: 30_000 };
/** Per test: a whole journey through the flow. */
export const JOURNEY_MS = 90_000;
