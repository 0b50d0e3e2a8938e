import type { Grant, ProxyRequest } from '../../src/api/contract/shared-access';
import { clinicDate } from '../../src/lib/clinic-time';
import { ageOn } from '../../src/lib/dates';
import { requestWarnings } from '../../src/lib/shared-access-rules';
import type { DbProxyGrant, DbProxyRequest } from '../db';
import type { Store } from './context';
import { NotFoundError } from './errors';
import { findPatient, patientName } from './records';

// Lookups and projections of shared-access requests and grants. No rule lives here.

/** The clinic's date now: an end date passes at the clinic's midnight, not at UTC's. */
export const today = (now: string) => clinicDate(now);

export function grantStatus(g: DbProxyGrant, now: string): Grant['status'] {
  if (g.status === 'revoked') return 'revoked';
  if (endedBecause(g, now)) return 'ended';
  if (g.status === 'active') return 'active';
  if (g.invitation?.voidedAt) return 'invitation_void';
  if (g.invitation && now >= g.invitation.expiresAt) return 'invitation_expired';
  return 'invited';
}

/** A grant past its end date, or past its legal document's expiry, no longer works. */
export function endedBecause(g: DbProxyGrant, now: string): string | null {
  const day = today(now);
  if (g.until && g.until < day) return `Its end date, ${g.until}, has passed.`;
  const doc = g.legalDocument?.expiresOn;
  if (doc && doc < day) return `The legal document it rests on expired on ${doc}.`;
  return null;
}

export function toGrant(g: DbProxyGrant, now: string): Grant {
  return {
    id: g.id,
    patientId: g.patientId,
    carePartner: { ...g.carePartner, preferredLanguage: g.carePartner.preferredLanguage ?? 'en' },
    scope: g.scope,
    since: g.since,
    until: g.until,
    status: grantStatus(g, now),
    grantedByName: g.grantedByName,
    legalDocument: g.legalDocument,
    invitationExpiresAt: g.invitation?.acceptedAt ? null : (g.invitation?.expiresAt ?? null),
    revokedReason: g.revokedReason,
    endedBecause: g.status === 'revoked' ? null : endedBecause(g, now),
    version: g.version,
  };
}

export function grantsOf(store: Store, patientId: string, now: string): Grant[] {
  return store.proxyGrants.filter((g) => g.patientId === patientId).map((g) => toGrant(g, now));
}

export function toRequest(store: Store, r: DbProxyRequest, now: string): ProxyRequest {
  const p = findPatient(store, r.patientId);
  if (!p) throw new NotFoundError('patient');
  const age = ageOn(p.dateOfBirth, now);
  const waiting = r.status === 'new' || r.status === 'needs_information';
  return {
    id: r.id,
    patient: {
      id: p.id,
      name: patientName(p),
      mrn: p.mrn,
      dateOfBirth: p.dateOfBirth,
      age,
      email: p.email,
    },
    carePartner: { ...r.carePartner, preferredLanguage: r.carePartner.preferredLanguage ?? 'en' },
    route: r.route,
    scope: r.scope,
    endsOn: r.endsOn,
    legalDocument: r.legalDocument,
    phoneIntake: r.phoneIntake,
    receivedAt: r.receivedAt,
    daysWaiting: Math.max(0, Math.floor((Date.parse(now) - Date.parse(r.receivedAt)) / 86_400_000)),
    status: r.status,
    version: r.version,
    warnings: waiting
      ? requestWarnings(
          {
            patient: { email: p.email, age },
            carePartner: r.carePartner,
            scope: r.scope,
            legalDocument: r.legalDocument,
            today: today(now),
          },
          grantsOf(store, p.id, now),
        )
      : [],
    decisions: r.decisions,
    grantId: r.grantId,
  };
}

export function requireRequest(store: Store, id: string): DbProxyRequest {
  const r = store.proxyRequests.find((x) => x.id === id);
  if (!r) throw new NotFoundError('proxyRequest');
  return r;
}

export function requireGrant(store: Store, id: string): DbProxyGrant {
  const g = store.proxyGrants.find((x) => x.id === id);
  if (!g) throw new NotFoundError('grant');
  return g;
}
