import type { AuditEvent, AuditEventAgent, Coding } from '@medplum/fhirtypes';
import { auditActionKey, type AuditLogFilters } from '../../src/api/contract/audit';
import type { Paginated } from '../../src/api/contract/common';
import { ROLE_LABELS } from '../../src/lib/permissions';
import type { DbAuditEvent } from '../db-types';
import { matchingLog, type PageRequest, pageOf } from './audit';
import { authorize, type Actor, type Store } from './context';
import { AUDIT_ACTION_SYSTEM, fhirId, PORTAL_ACCOUNT_SYSTEM } from './fhir-codes';
import { staffRef } from './fhir-people';

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const TYPES = {
  authentication: { system: DCM, code: '110114', display: 'User Authentication' },
  export: { system: DCM, code: '110106', display: 'Export' },
  patientRecord: { system: DCM, code: '110110', display: 'Patient Record' },
  application: { system: DCM, code: '110100', display: 'Application Activity' },
} satisfies Record<string, Coding>;

const FAILED = /fail|refused|wrong|void|locked/i;

/** BALP's event type: a sign-in, an export, or a change to a patient's record. */
function typeOf(e: DbAuditEvent): Coding {
  if (/sign-in|log-in/i.test(e.action)) return TYPES.authentication;
  if (/exported/i.test(e.action)) return TYPES.export;
  return e.patientId ? TYPES.patientRecord : TYPES.application;
}

/** C, R, U, D or E from the wording of the action (docs/fhir.md lists the rule). */
function actionOf(e: DbAuditEvent): AuditEvent['action'] {
  if (/sign-in|log-in/i.test(e.action) || FAILED.test(e.action)) return 'E';
  if (/revealed|printed|exported/i.test(e.action)) return 'R';
  if (/removed/i.test(e.action)) return 'D';
  if (/requested|recorded|registered|started|added|sent|created|approved/i.test(e.action))
    return 'C';
  return 'U';
}

const HUMAN_USER = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type',
      code: 'humanuser',
      display: 'human user',
    },
  ],
};

/** Who did it: a staff member with their role, a portal account, or whoever a refusal named. */
function agentOf(store: Store, e: DbAuditEvent): AuditEventAgent {
  if (e.actorRole) {
    return {
      type: HUMAN_USER,
      role: [{ text: ROLE_LABELS[e.actorRole] }],
      who: staffRef(store, e.actorName, e.actorId),
      requestor: true,
    };
  }
  return {
    type: HUMAN_USER,
    role: [{ text: 'Patient portal' }],
    who: {
      ...(e.actorId ? { identifier: { system: PORTAL_ACCOUNT_SYSTEM, value: e.actorId } } : {}),
      display: e.actorName,
    },
    requestor: true,
  };
}

/** One audit event as a FHIR AuditEvent, after the IHE Basic Audit Log Patterns (BALP). */
export function toFhirAuditEvent(store: Store, e: DbAuditEvent): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: fhirId(e.id),
    type: typeOf(e),
    subtype: [{ system: AUDIT_ACTION_SYSTEM, code: auditActionKey(e.action), display: e.action }],
    action: actionOf(e),
    recorded: e.at,
    outcome: FAILED.test(e.action) ? '4' : '0',
    ...(e.details ? { outcomeDesc: e.details } : {}),
    agent: [agentOf(store, e)],
    source: {
      site: 'Access Desk',
      observer: { display: 'Access Desk' },
      type: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    ...(e.patientId
      ? {
          entity: [
            {
              what: { reference: `Patient/${fhirId(e.patientId)}` },
              type: {
                system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
                code: '1',
                display: 'Person',
              },
              role: {
                system: 'http://terminology.hl7.org/CodeSystem/object-role',
                code: '1',
                display: 'Patient',
              },
            },
          ],
        }
      : {}),
  };
}

/** The audit log as FHIR AuditEvents, filtered and paged as on screen (clinic managers). */
export function auditLogFhir(
  store: Store,
  actor: Actor,
  input: PageRequest & AuditLogFilters,
): Paginated<AuditEvent> {
  authorize(actor, 'audit.readAll');
  const page = pageOf(matchingLog(store, input), input);
  return { ...page, items: page.items.map((e) => toFhirAuditEvent(store, e)) };
}
