import { db } from '../../mocks/db';
import type { EndpointId } from '../../src/api/contract/endpoints';
import type { StaffRole } from '../../src/api/contract/session';
import { codeOf, patientId, type CallOptions } from '../roles/api-as';
import { WORKFLOW_AUDIT_CASES } from './audit-cases-workflows';

/**
 * For every changing operation of the registry (`changes: true`): who calls it, with what, and
 * the audit event it must write. A new changing endpoint without a case here fails the test.
 */
export interface AuditCase {
  as: StaffRole | null;
  request: () => CallOptions | Promise<CallOptions>;
  /** The event the change must leave: its action and the record it names (null: none). */
  expect: { action: string; record: () => string | null };
}

const patient = (name: string) => () => patientId(name);
const onRecord = (name: string) => () => ({ params: { id: patientId(name) } });

export const AUDIT_CASES: Partial<Record<EndpointId, AuditCase>> = {
  updateContact: {
    as: 'front_desk',
    request: () => ({
      params: { id: patientId('Robert Chen') },
      body: { email: 'robert.chen@example.org', phone: '555-0199', version: 1 },
    }),
    expect: { action: 'Contact details updated', record: patient('Robert Chen') },
  },
  updateLanguage: {
    as: 'front_desk',
    request: () => ({
      params: { id: patientId('Robert Chen') },
      body: { preferredLanguage: 'es', version: 1 },
    }),
    expect: { action: 'Preferred language changed', record: patient('Robert Chen') },
  },
  requestAccessCode: {
    as: 'front_desk',
    request: () => ({ ...onRecord('Robert Chen')(), body: { confirmReplace: false } }),
    expect: { action: 'Access code requested', record: patient('Robert Chen') },
  },
  patientFhir: {
    as: 'clinic_manager',
    request: onRecord('Thomas Wright'),
    expect: { action: 'Record exported as FHIR', record: patient('Thomas Wright') },
  },
  revealAccessCode: {
    as: 'patient_experience',
    request: onRecord("James O'Brien"),
    expect: { action: 'Access code revealed', record: patient("James O'Brien") },
  },
  sendAccessLink: {
    as: 'front_desk',
    request: () => ({
      params: { id: patientId("James O'Brien") },
      body: {
        email: 'jobrien@example.net',
        confirmedWithPatient: true,
        version: db.patients.find((p) => p.id === patientId("James O'Brien"))!.version,
        issueCodeIfNone: false,
      },
    }),
    expect: { action: 'Access link sent', record: patient("James O'Brien") },
  },
  printAccessCode: {
    as: 'clinic_manager',
    request: () => ({
      ...onRecord("James O'Brien")(),
      body: { codeId: codeOf("James O'Brien").id },
    }),
    expect: { action: 'Access code printed', record: patient("James O'Brien") },
  },
  revokeAccess: {
    as: 'clinic_manager',
    request: () => ({ ...onRecord('Olivia Martin')(), body: { reason: 'wrong_person' } }),
    expect: { action: 'Access revoked', record: patient('Olivia Martin') },
  },
  registerThroughLink: {
    as: null,
    request: () => {
      const code = codeOf("James O'Brien");
      return { body: { token: code.linkToken, code: code.code, password: 'Portal-test-9' } };
    },
    expect: { action: 'Portal account registered', record: patient("James O'Brien") },
  },
  linkThroughLink: {
    as: null,
    request: () => {
      const code = codeOf("James O'Brien");
      return {
        body: {
          token: code.linkToken,
          code: code.code,
          email: 'maria.garcia@example.com',
          password: 'Portal-demo-1',
        },
      };
    },
    expect: { action: 'Record linked to portal account', record: patient("James O'Brien") },
  },
  advanceClock: {
    as: 'clinic_manager',
    request: () => ({ body: { days: 2 } }),
    expect: { action: 'Mock clock advanced', record: () => null },
  },
  ...WORKFLOW_AUDIT_CASES,
};

/**
 * Changing operations that write no event, each with the reason. Kept to the demo tools, which a
 * real backend does not have; nothing a clinic does belongs here.
 */
export const NOT_AUDITED: Partial<Record<EndpointId, string>> = {
  resetDemo:
    'Demo tool: puts the whole mock clinic, its log included, back to the seed. Not part of a real backend.',
};
