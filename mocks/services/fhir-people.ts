import type { Patient, Person, Practitioner, Reference, RelatedPerson } from '@medplum/fhirtypes';
import type { DbAccount, DbCarePartner, DbPatient } from '../db-types';
import {
  fhirId,
  LANGUAGE_TAGS,
  MRN_SYSTEM,
  PORTAL_ACCOUNT_SYSTEM,
  RELATIONSHIP_CODES,
  STAFF_SYSTEM,
} from './fhir-codes';
import type { Store } from './context';
import { findPatient, patientName } from './records';

/** The patient's record as a FHIR Patient: identity, contact and preferred language. */
export function toFhirPatient(p: DbPatient): Patient {
  const tag = LANGUAGE_TAGS[p.preferredLanguage];
  return {
    resourceType: 'Patient',
    id: fhirId(p.id),
    identifier: [
      {
        use: 'usual',
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }],
        },
        system: MRN_SYSTEM,
        value: p.mrn,
      },
    ],
    active: true,
    name: [{ use: 'official', family: p.lastName, given: [p.firstName] }],
    telecom: [
      ...(p.email ? [{ system: 'email' as const, value: p.email }] : []),
      ...(p.phone ? [{ system: 'phone' as const, value: p.phone }] : []),
    ],
    gender: p.sex,
    birthDate: p.dateOfBirth,
    ...(p.address
      ? {
          address: [
            { line: [p.address.line1], city: p.address.city, postalCode: p.address.postalCode },
          ],
        }
      : {}),
    ...(p.preferredLanguage
      ? {
          communication: [
            {
              language: {
                ...(tag
                  ? {
                      coding: [
                        { system: 'urn:ietf:bcp:47', code: tag, display: p.preferredLanguage },
                      ],
                    }
                  : {}),
                text: p.preferredLanguage,
              },
              preferred: true,
            },
          ],
        }
      : {}),
  };
}

export const patientRef = (store: Store, patientId: string): Reference<Patient> => {
  const p = findPatient(store, patientId);
  return { reference: `Patient/${fhirId(patientId)}`, ...(p ? { display: patientName(p) } : {}) };
};

/** A staff member, by id where the store knows them, always by name. */
export function staffRef(store: Store, name: string, id?: string | null): Reference<Practitioner> {
  const staffId = id ?? store.staff.find((s) => s.name === name)?.id;
  return {
    type: 'Practitioner',
    ...(staffId ? { identifier: { system: STAFF_SYSTEM, value: staffId } } : {}),
    display: name,
  };
}

/**
 * A care partner of one patient, from a grant or a request (the same id as its Consent). Active
 * while the grant is; a denied request's care partner is kept, inactive, so the rejected Consent
 * names who asked.
 */
export function toFhirRelatedPerson(input: {
  id: string;
  patientId: string;
  carePartner: DbCarePartner;
  active: boolean;
  since: string | null;
  until: string | null;
}): RelatedPerson {
  const cp = input.carePartner;
  const period = {
    ...(input.since ? { start: input.since } : {}),
    ...(input.until ? { end: input.until } : {}),
  };
  return {
    resourceType: 'RelatedPerson',
    id: fhirId(input.id),
    active: input.active,
    patient: { reference: `Patient/${fhirId(input.patientId)}` },
    relationship: [{ coding: [RELATIONSHIP_CODES[cp.relationship]] }],
    name: [{ text: cp.name }],
    telecom: [
      { system: 'email', value: cp.email },
      ...(cp.phone ? [{ system: 'phone' as const, value: cp.phone }] : []),
    ],
    ...(cp.dateOfBirth ? { birthDate: cp.dateOfBirth } : {}),
    ...(input.since || input.until ? { period } : {}),
  };
}

/**
 * A portal account as a Person: each record it holds is a link to that Patient (how family
 * linking appears), with the assurance its access gives: full access came through the record's
 * own access code (level3), limited access from online booking (level2). A care partner's account
 * (careOf: their grants) links to their RelatedPerson instead, and to none of its own records.
 */
export function toFhirPerson(store: Store, a: DbAccount, careOf?: string[]): Person {
  const records = careOf ? [] : a.records;
  return {
    resourceType: 'Person',
    id: fhirId(a.id),
    identifier: [{ system: PORTAL_ACCOUNT_SYSTEM, value: a.id }],
    telecom: [{ system: 'email', value: a.email }],
    active: a.status === 'active',
    link: [
      ...records.map((r) => ({
        target: patientRef(store, r.patientId),
        assurance: r.access === 'full' ? ('level3' as const) : ('level2' as const),
      })),
      ...(careOf ?? []).map((id) => ({
        target: { reference: `RelatedPerson/${fhirId(id)}` },
        assurance: 'level3' as const,
      })),
    ],
  };
}
