import { db } from '../../mocks/db';
import { confirmInvitationDob } from '../../mocks/services/shared-access-portal';
import type { EndpointId } from '../../src/api/contract/endpoints';
import { patientId } from '../roles/api-as';
import { lucasItem, mariaRequest, mariaRequestLinked, susanInvited } from '../roles/workflow-setup';
import type { AuditCase } from './audit-cases';

const patient = (name: string) => () => patientId(name);
const versionOf = (name: string) => db.patients.find((p) => p.id === patientId(name))!.version;
const sentLucasItem = () => {
  const id = mariaRequest('sent');
  return { id, itemId: lucasItem(id) };
};
const dorothyDob = () =>
  db.patients.find((p) => p.id === patientId('Dorothy Williams'))!.dateOfBirth;

/** Family linking (Maria Garcia and Lucas) and shared access (Dorothy, Thomas Wright's grant). */
export const WORKFLOW_AUDIT_CASES: Partial<Record<EndpointId, AuditCase>> = {
  startLinkingRequest: {
    as: 'patient_experience',
    request: () => ({ body: { holderPatientId: patientId('Maria Garcia') } }),
    expect: { action: 'Family linking started', record: patient('Maria Garcia') },
  },
  addLinkingRecords: {
    as: 'patient_experience',
    request: () => ({
      params: { id: mariaRequest('started') },
      body: { records: [{ patientId: patientId('Lucas Garcia'), reason: null, override: null }] },
    }),
    expect: { action: 'Added to family linking', record: patient('Lucas Garcia') },
  },
  reviewLinkingEmails: {
    as: 'patient_experience',
    request: () => ({
      params: { id: mariaRequest('added') },
      body: {
        changes: [{ patientId: patientId('Lucas Garcia'), version: versionOf('Lucas Garcia') }],
      },
    }),
    expect: { action: 'Contact details updated', record: patient('Lucas Garcia') },
  },
  sendLinkingLinks: {
    as: 'patient_experience',
    request: () => ({ params: { id: mariaRequest('reviewed') } }),
    expect: { action: 'Access link sent', record: patient('Lucas Garcia') },
  },
  resendLinkingLink: {
    as: 'patient_experience',
    request: () => ({
      params: sentLucasItem(),
      body: {
        email: 'maria.garcia@example.com',
        confirmedWithPatient: true,
        version: versionOf('Lucas Garcia'),
      },
    }),
    expect: { action: 'Access link sent', record: patient('Lucas Garcia') },
  },
  revokeLinkingRecord: {
    as: 'patient_experience',
    request: () => ({
      params: sentLucasItem(),
      body: { reason: 'Maria asked to wait.' },
    }),
    expect: { action: 'Removed from family linking', record: patient('Lucas Garcia') },
  },
  confirmLinkingRequest: {
    as: 'clinic_manager',
    request: async () => ({ params: { id: await mariaRequestLinked() } }),
    expect: { action: 'Family linking confirmed', record: patient('Maria Garcia') },
  },
  createSharedAccessRequest: {
    as: 'front_desk',
    request: () => ({
      body: {
        patientId: patientId('Thomas Wright'),
        carePartner: {
          name: 'Anne Wright',
          email: 'anne.wright@example.com',
          phone: '555-0131',
          dateOfBirth: null,
          relationship: 'adult_child',
        },
        route: 'in_person',
        scope: ['appointments'],
        endsOn: null,
        legalDocument: null,
        phoneIntake: null,
      },
    }),
    expect: { action: 'Shared-access request recorded', record: patient('Thomas Wright') },
  },
  decideSharedAccessRequest: {
    as: 'patient_experience',
    request: () => ({
      params: { id: 'preq_3tq9wz6hkm4c' },
      body: { decision: 'deny', version: 1, reason: 'Dorothy said no when we called back.' },
    }),
    expect: { action: 'Shared access denied', record: patient('Dorothy Williams') },
  },
  revokeGrant: {
    as: 'clinic_manager',
    request: () => ({
      params: { id: 'grant_8mwq3kx7z2vd' },
      body: { reason: 'Thomas asked us to.' },
    }),
    expect: { action: 'Shared access revoked', record: patient('Thomas Wright') },
  },
  editGrant: {
    as: 'patient_experience',
    request: () => ({
      params: { id: 'grant_8mwq3kx7z2vd' },
      body: {
        version: 1,
        scope: ['appointments', 'billing'],
        until: '2027-03-31',
        confidentialReason: null,
      },
    }),
    expect: { action: 'Shared access changed', record: patient('Thomas Wright') },
  },
  resendInvitation: {
    as: 'patient_experience',
    request: () => ({ params: { id: susanInvited().id } }),
    expect: { action: 'Shared access invitation resent', record: patient('Dorothy Williams') },
  },
  confirmInvitationDob: {
    as: null,
    request: () => ({
      params: { token: susanInvited().token },
      body: { dateOfBirth: dorothyDob() },
    }),
    expect: {
      action: 'Shared access invitation: date of birth confirmed',
      record: patient('Dorothy Williams'),
    },
  },
  acceptInvitation: {
    as: null,
    request: () => {
      const { token } = susanInvited();
      confirmInvitationDob(db, token, { dateOfBirth: dorothyDob() }, db.now);
      return {
        params: { token },
        body: { mode: 'register', email: 'susan.williams@example.com', password: 'Portal-test-9' },
      };
    },
    expect: { action: 'Shared access accepted', record: patient('Dorothy Williams') },
  },
};
