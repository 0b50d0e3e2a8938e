import { db } from '../../mocks/db';
import type { Actor } from '../../mocks/services/context';
import {
  addLinkingRecords,
  reviewLinkingEmails,
  sendLinkingLinks,
  startLinkingRequest,
} from '../../mocks/services/family-linking';
import { linkThroughLink } from '../../mocks/services/portal';
import { decideRequest } from '../../mocks/services/shared-access';
import { patientId, staffOf } from './api-as';
import { APPROVE_SUSAN } from '../../mocks/services/test-clinic';

// The states a colleague left the seeded demo people in, made through the services themselves,
// so a case can try the one step that comes next.

const colleague = (): Actor => {
  const s = staffOf('clinic_manager');
  return { id: s.id, name: s.name, role: s.role };
};

export type LinkingStage = 'started' | 'added' | 'reviewed' | 'sent';
const ORDER: LinkingStage[] = ['started', 'added', 'reviewed', 'sent'];

/** Maria Garcia's linking request with Lucas in it, taken up to `stage`; returns its id. */
export function mariaRequest(stage: LinkingStage): string {
  const at = (s: LinkingStage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
  const by = colleague();
  const lucas = patientId('Lucas Garcia');
  const { id } = startLinkingRequest(
    db,
    by,
    { holderPatientId: patientId('Maria Garcia') },
    db.now,
  );
  if (at('added'))
    addLinkingRecords(
      db,
      by,
      { id, records: [{ patientId: lucas, reason: null, override: null }] },
      db.now,
    );
  if (at('reviewed')) {
    const version = db.patients.find((p) => p.id === lucas)!.version;
    reviewLinkingEmails(db, by, { id, changes: [{ patientId: lucas, version }] }, db.now);
  }
  if (at('sent')) sendLinkingLinks(db, by, { id }, db.now);
  return id;
}

/** Lucas's live item in a linking request: resend and revoke address it by its own id. */
export function lucasItem(requestId: string): string {
  const lucas = patientId('Lucas Garcia');
  return db.linkingRequests
    .find((r) => r.id === requestId)!
    .items.find((i) => i.patientId === lucas && !i.revokedAt)!.id;
}

/** Maria Garcia's linking request, sent, and Lucas linked from her email; returns its id. */
export async function mariaRequestLinked(): Promise<string> {
  const id = mariaRequest('sent');
  const code = db.codes.filter((c) => c.patientId === patientId('Lucas Garcia')).at(-1)!;
  const login = { email: 'maria.garcia@example.com', password: 'Portal-demo-1' };
  await linkThroughLink(db, { token: code.linkToken, code: code.code, ...login }, db.now, 0);
  return id;
}

/** Dorothy Williams's request approved: Susan's invitation is out. Returns the grant. */
export function susanInvited() {
  const r = decideRequest(db, colleague(), 'preq_3tq9wz6hkm4c', APPROVE_SUSAN, db.now);
  const grant = db.proxyGrants.find((g) => g.id === r.grantId)!;
  return { id: grant.id, token: grant.invitation!.token };
}
