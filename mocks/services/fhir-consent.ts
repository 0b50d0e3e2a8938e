import type { Consent, ConsentVerification } from '@medplum/fhirtypes';
import type { ScopeCategory } from '../../src/api/contract/shared-access';
import type { DbLegalDocument, DbProxyDecision, DbProxyGrant, DbProxyRequest } from '../db-types';
import type { Store } from './context';
import {
  fhirId,
  ourId,
  SCOPE_SYSTEM,
  scopeCoding,
  SHARED_ACCESS_POLICY,
  VERIFICATION_METHOD_EXTENSION,
  VERIFIED_BY_EXTENSION,
} from './fhir-codes';
import { staffRef } from './fhir-people';
import { grantStatus } from './shared-access-records';

const STATUS: Record<ReturnType<typeof grantStatus>, Consent['status']> = {
  active: 'active',
  invited: 'proposed',
  invitation_expired: 'inactive',
  invitation_void: 'inactive',
  ended: 'inactive',
  revoked: 'inactive',
};

const DOCUMENT_TITLES: Record<DbLegalDocument['type'], string> = {
  guardianship: 'Guardianship',
  power_of_attorney: 'Healthcare power of attorney',
};

/** The identity and consent checklist of a decision: who ticked it, when, and how. */
function verificationOf(
  store: Store,
  d: DbProxyDecision | undefined,
  patientId: string,
  relatedPersonId: string,
): ConsentVerification[] {
  if (!d) return [];
  const by = { url: VERIFIED_BY_EXTENSION, valueReference: staffRef(store, d.byName) };
  const checked = (method: string | null, reference: string): ConsentVerification[] =>
    method
      ? [
          {
            extension: [by, { url: VERIFICATION_METHOD_EXTENSION, valueString: method }],
            verified: true,
            verifiedWith: { reference },
            verificationDate: d.at,
          },
        ]
      : [];
  return [
    // The care partner's identity, then the patient's consent.
    ...checked(d.identityMethod, `RelatedPerson/${fhirId(relatedPersonId)}`),
    ...checked(d.consentMethod, `Patient/${fhirId(patientId)}`),
  ];
}

function consentOf(
  store: Store,
  x: {
    id: string;
    patientId: string;
    status: Consent['status'];
    dateTime: string;
    performerName: string;
    scope: ScopeCategory[];
    since: string | null;
    until: string | null;
    legalDocument: DbLegalDocument | null;
    decision: DbProxyDecision | undefined;
  },
): Consent {
  const period = {
    ...(x.since ? { start: x.since } : {}),
    ...(x.until ? { end: x.until } : {}),
  };
  const verification = verificationOf(store, x.decision, x.patientId, x.id);
  return {
    resourceType: 'Consent',
    id: fhirId(x.id),
    status: x.status,
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    },
    category: [
      { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
    ],
    patient: { reference: `Patient/${fhirId(x.patientId)}` },
    dateTime: x.dateTime,
    performer: [staffRef(store, x.performerName)],
    ...(x.legalDocument
      ? {
          sourceAttachment: {
            title: `${DOCUMENT_TITLES[x.legalDocument.type]}: ${x.legalDocument.fileName}`,
            creation: x.legalDocument.signedOn,
          },
        }
      : {}),
    policy: [{ uri: SHARED_ACCESS_POLICY }],
    ...(verification.length ? { verification } : {}),
    provision: {
      type: 'permit',
      ...(x.since || x.until ? { period } : {}),
      actor: [
        {
          role: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'IRCP',
                display: 'information recipient',
              },
            ],
          },
          reference: { reference: `RelatedPerson/${fhirId(x.id)}` },
        },
      ],
      code: x.scope.map((c) => ({ coding: [scopeCoding(c)] })),
    },
  };
}

const lastDecision = (r: DbProxyRequest | undefined, kind: DbProxyDecision['kind']) =>
  r?.decisions.filter((d) => d.kind === kind).at(-1);

/** A shared-access grant as a Consent: permit, for its period, to its care partner, per category. */
export function grantConsent(store: Store, g: DbProxyGrant, now: string): Consent {
  const request = store.proxyRequests.find((r) => r.id === g.requestId);
  const approval = lastDecision(request, 'approve');
  return consentOf(store, {
    id: g.id,
    patientId: g.patientId,
    status: STATUS[grantStatus(g, now)],
    dateTime: approval?.at ?? g.since,
    performerName: g.grantedByName,
    scope: g.scope,
    since: g.since,
    until: g.until,
    legalDocument: g.legalDocument,
    decision: approval,
  });
}

/** A denied request as a rejected Consent: what was asked, who asked, who said no and when. */
export function rejectedConsent(store: Store, r: DbProxyRequest): Consent | null {
  const denial = lastDecision(r, 'deny');
  if (r.status !== 'denied' || !denial) return null;
  return consentOf(store, {
    id: r.id,
    patientId: r.patientId,
    status: 'rejected',
    dateTime: denial.at,
    performerName: denial.byName,
    scope: r.scope,
    since: null,
    until: r.endsOn,
    legalDocument: r.legalDocument,
    decision: denial,
  });
}

/** What a Consent says about its grant, read back: the round trip a backend can rely on. */
export function grantFromConsent(c: Consent): {
  grantId: string;
  patientId: string;
  relatedPersonId: string;
  since: string | null;
  until: string | null;
  scope: ScopeCategory[];
} {
  const actor = c.provision?.actor?.[0]?.reference.reference ?? '';
  return {
    grantId: ourId(c.id ?? ''),
    patientId: ourId((c.patient?.reference ?? '').replace(/^Patient\//, '')),
    relatedPersonId: ourId(actor.replace(/^RelatedPerson\//, '')),
    since: c.provision?.period?.start ?? null,
    until: c.provision?.period?.end ?? null,
    scope: (c.provision?.code ?? [])
      .flatMap((cc) => cc.coding ?? [])
      .filter((x) => x.system === SCOPE_SYSTEM)
      .map((x) => x.code as ScopeCategory),
  };
}
