import { db } from '../../mocks/db';
import type { Actor } from '../../mocks/services/context';
import { addLinkingRecords, startLinkingRequest } from '../../mocks/services/family-linking';
import { decideRequest } from '../../mocks/services/shared-access';
import { confirmInvitationDob } from '../../mocks/services/shared-access-portal';
import { ENDPOINTS, type EndpointId } from '../../src/api/contract/endpoints';
import { decideRequestSchema } from '../../src/api/contract/shared-access';
import { APPROVE_SUSAN } from '../../mocks/services/test-clinic';

const CARMEN: Actor = { id: 'staff_x9r4b7f2mz6q', name: 'Carmen Diaz', role: 'clinic_manager' };

const idOf = (name: string) => db.patients.find((p) => `${p.firstName} ${p.lastName}` === name)!.id;
const versionOf = (id: string) => db.patients.find((p) => p.id === id)!.version;

/** Maria Garcia's open linking request with Lucas added: the target of the linking endpoints. */
function garciaRequest() {
  const req = startLinkingRequest(db, CARMEN, { holderPatientId: idOf('Maria Garcia') }, db.now);
  const lucas = idOf('Lucas Garcia');
  if (!req.items.some((i) => i.patientId === lucas)) {
    addLinkingRecords(
      db,
      CARMEN,
      { id: req.id, records: [{ patientId: lucas, reason: null, override: null }] },
      db.now,
    );
  }
  const item = db.linkingRequests
    .find((r) => r.id === req.id)!
    .items.find((i) => i.patientId === lucas && !i.revokedAt)!;
  return { id: req.id, lucas, itemId: item.id };
}

/** Dorothy's request approved, Susan's invitation opened and the date of birth confirmed. */
function susanInvitation() {
  let grant = db.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c');
  if (!grant) {
    const approve = decideRequestSchema.parse({
      ...APPROVE_SUSAN,
      version: db.proxyRequests.find((r) => r.id === 'preq_3tq9wz6hkm4c')!.version,
    });
    decideRequest(db, CARMEN, 'preq_3tq9wz6hkm4c', approve, db.now);
    grant = db.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!;
    const dob = db.patients.find((p) => p.id === idOf('Dorothy Williams'))!.dateOfBirth;
    confirmInvitationDob(db, grant.invitation!.token, { dateOfBirth: dob }, db.now);
  }
  return grant.invitation!.token;
}

/**
 * The path and a valid body for one endpoint against the current store: real ids in the path
 * and the body, creating what the endpoint acts on first (before the store is fingerprinted).
 */
export function targetOf(
  id: EndpointId,
  valid: Record<string, unknown>,
): { path: string; body: Record<string, unknown> } {
  const robert = idOf('Robert Chen');
  const params: Record<string, string> = { id: robert };
  const body = { ...valid };
  if ('version' in body) body.version = versionOf(robert);
  const path = ENDPOINTS[id].path;
  if (path.startsWith('/linking-requests/')) {
    const { id: reqId, lucas, itemId } = garciaRequest();
    params.id = reqId;
    params.itemId = itemId;
    if ('version' in body) body.version = versionOf(lucas);
    if ('records' in body) body.records = [{ patientId: lucas, reason: null, override: null }];
    if ('changes' in body) body.changes = [{ patientId: lucas, version: versionOf(lucas) }];
  } else if (id === 'startLinkingRequest') {
    body.holderPatientId = idOf('Maria Garcia');
  } else if (id === 'createSharedAccessRequest') {
    body.patientId = robert;
  } else if (id === 'decideSharedAccessRequest') {
    params.id = 'preq_k4f8bm2qx9ws';
    body.version = db.proxyRequests.find((r) => r.id === 'preq_k4f8bm2qx9ws')!.version;
  } else if (id === 'revokeGrant') {
    params.id = 'grant_8mwq3kx7z2vd';
  } else if (id === 'editGrant') {
    params.id = 'grant_8mwq3kx7z2vd';
    body.version = db.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!.version;
  } else if (path.startsWith('/portal/invitations/')) {
    params.token = susanInvitation();
    if (id === 'acceptInvitation') body.email = 'susan.williams@example.com';
  }
  return { path: path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? name), body };
}
