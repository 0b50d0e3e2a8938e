import type { Bundle, Resource } from '@medplum/fhirtypes';
import { authorize, recordAudit, requirePatient, type Actor, type Store } from './context';
import { toFhirAuditEvent } from './fhir-audit';
import { FHIR_BASE } from './fhir-codes';
import { grantConsent, rejectedConsent } from './fhir-consent';
import { toFhirPatient, toFhirPerson, toFhirRelatedPerson } from './fhir-people';
import { accountHolding } from './records';
import { grantStatus } from './shared-access-records';

/**
 * Everything Access Desk knows about who may see a record, as standard FHIR R4 resources: the
 * Patient, a RelatedPerson and a Consent per care partner, a Person per portal account, and an
 * AuditEvent per event on the record (docs/fhir.md has the mapping, field by field).
 */
export function accessPicture(store: Store, patientId: string, now: string): Resource[] {
  const patient = requirePatient(store, patientId);
  const grants = store.proxyGrants.filter((g) => g.patientId === patient.id);
  const holder = accountHolding(store, patient.id);
  const careAccounts = new Map<string, string[]>();
  for (const g of grants) {
    if (g.accountId)
      careAccounts.set(g.accountId, [...(careAccounts.get(g.accountId) ?? []), g.id]);
  }
  const rejected = store.proxyRequests
    .filter((r) => r.patientId === patient.id)
    .flatMap((r) => {
      const consent = rejectedConsent(store, r);
      return consent ? [{ r, consent }] : [];
    });
  return [
    toFhirPatient(patient),
    ...grants.map((g) =>
      toFhirRelatedPerson({
        id: g.id,
        patientId: g.patientId,
        carePartner: g.carePartner,
        active: grantStatus(g, now) === 'active',
        since: g.since,
        until: g.until,
      }),
    ),
    ...rejected.map(({ r }) =>
      toFhirRelatedPerson({
        id: r.id,
        patientId: r.patientId,
        carePartner: r.carePartner,
        active: false,
        since: null,
        until: null,
      }),
    ),
    ...grants.map((g) => grantConsent(store, g, now)),
    ...rejected.map(({ consent }) => consent),
    ...(holder ? [toFhirPerson(store, holder)] : []),
    ...[...careAccounts].flatMap(([accountId, grantIds]) => {
      const account = store.accounts.find((a) => a.id === accountId && a.id !== holder?.id);
      return account ? [toFhirPerson(store, account, grantIds)] : [];
    }),
    ...store.audit.filter((e) => e.patientId === patient.id).map((e) => toFhirAuditEvent(store, e)),
  ];
}

/** A Bundle of type collection: the resources, each under the address a FHIR server would give it. */
export function collection(resources: Resource[], now: string): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now,
    entry: resources.map((resource) => ({
      fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
    })),
  };
}

/** The record's access picture, exported (audited like any export of patient data). */
export function exportPatientFhir(
  store: Store,
  actor: Actor,
  input: { patientId: string },
  now: string,
): Bundle {
  const patient = requirePatient(store, input.patientId);
  authorize(actor, 'records.exportFhir');
  const resources = accessPicture(store, patient.id, now);
  const count = (type: string) => resources.filter((r) => r.resourceType === type).length;
  recordAudit(
    store,
    actor,
    patient.id,
    'Record exported as FHIR',
    `FHIR R4 Bundle of ${resources.length} resources: 1 Patient, ${count('RelatedPerson')} RelatedPerson, ${count('Consent')} Consent, ${count('Person')} Person, ${count('AuditEvent')} AuditEvent.`,
    now,
  );
  return collection(resources, now);
}
