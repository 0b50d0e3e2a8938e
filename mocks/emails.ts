import { formatDate } from '../src/lib/format';
import type { DbCode, DbEmail, DbPatient } from './db-types';

export const PORTAL_URL = 'https://portal.clinic.example';
export const CLINIC_NAME = 'Riverside Family Clinic';

export function accessLinkPath(code: Pick<DbCode, 'linkToken'>): string {
  return `/portal/register?token=${code.linkToken}`;
}

/**
 * The Medical Records Access Link email. It goes to the patient, or, in family linking, to
 * the account holder (`holderFirstName`), who is greeted by name and told whose record the
 * link adds to their account.
 */
export function accessLinkEmail(
  patient: Pick<DbPatient, 'id' | 'firstName' | 'lastName'>,
  code: DbCode,
  to: string,
  sentAt: string,
  holderFirstName?: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  // The date on the clinic's calendar, as on the staff screen and the printed letter.
  const expires = formatDate(code.expiresAt);
  const fullName = `${patient.firstName} ${patient.lastName}`;
  const body = holderFirstName
    ? [
        `Hello ${holderFirstName},`,
        `${CLINIC_NAME} sent you this link to add ${fullName}'s records to your Patient Portal account.`,
        `Click the blue button and log in with your password. Then you can see ${patient.firstName}'s records in your account. Your access code is filled in for you.`,
      ]
    : [
        `Hello ${patient.firstName},`,
        `${CLINIC_NAME} has given you access to your medical records in the Patient Portal.`,
        // A parent may get one email per child: each names the record it links.
        `This Medical Records Access Link is for ${fullName}.`,
        'Click the blue button to set up your portal account, or to add this record to the account you already have. Your access code is filled in for you.',
      ];
  return {
    to,
    subject: 'Medical Records Access Link',
    body: [
      ...body,
      `This link expires on ${expires}. If it has expired, ask the clinic for a new link.`,
    ].join('\n\n'),
    buttonLabel: holderFirstName ? `Add ${patient.firstName}'s records` : 'Open my medical records',
    link: accessLinkPath(code),
    sentAt,
    patientId: patient.id,
  };
}

export function invitationPath(token: string): string {
  return `/portal/invitation?token=${token}`;
}

/** Shared access approved: the care partner is invited to create their own login. */
export function sharedAccessInvitationEmail(
  patient: Pick<DbPatient, 'id' | 'firstName'>,
  carePartnerName: string,
  to: string,
  token: string,
  expiresAt: string,
  sentAt: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const expires = formatDate(expiresAt);
  return {
    to,
    subject: 'Shared access invitation',
    body: [
      `Hello ${carePartnerName},`,
      `${CLINIC_NAME} has approved your shared access to ${patient.firstName}'s medical records in the Patient Portal.`,
      `Click the blue button to confirm ${patient.firstName}'s date of birth and create your own login. Never use ${patient.firstName}'s password: your login is yours alone.`,
      `This invitation expires on ${expires}. If it has expired, ask the clinic to send it again.`,
    ].join('\n\n'),
    buttonLabel: 'Accept the invitation',
    link: invitationPath(token),
    sentAt,
    patientId: patient.id,
  };
}

/** A shared-access request was denied, or needs more information: the requester hears why. */
export function sharedAccessDecisionEmail(
  patient: Pick<DbPatient, 'id' | 'firstName'>,
  carePartnerName: string,
  to: string,
  kind: 'deny' | 'needs_information',
  reason: string,
  sentAt: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const denied = kind === 'deny';
  return {
    to,
    subject: denied
      ? 'Your shared access request was not approved'
      : 'Your shared access request needs more information',
    body: [
      `Hello ${carePartnerName},`,
      denied
        ? `${CLINIC_NAME} could not approve your request for shared access to ${patient.firstName}'s medical records.`
        : `${CLINIC_NAME} needs more information before deciding on your request for shared access to ${patient.firstName}'s medical records.`,
      denied ? `Reason: ${reason}` : `What is missing: ${reason}`,
      'Call the clinic if you have questions.',
    ].join('\n\n'),
    buttonLabel: null,
    link: null,
    sentAt,
    patientId: patient.id,
  };
}

/**
 * A child's birthday changed what a parent or guardian can see (services/coming-of-age). Plain
 * words: the parent reads it, and it names what they can do next.
 */
export function comingOfAgeEmail(
  patient: Pick<DbPatient, 'id' | 'firstName'>,
  turns: 12 | 18,
  birthday: string,
  to: string,
  sentAt: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const name = patient.firstName;
  const body =
    turns === 18
      ? [
          `${name} turned 18 on ${formatDate(birthday)}. Adults look after their own health records.`,
          `So ${name}'s records are no longer in your Patient Portal account.`,
          `${name} can get their own login from ${CLINIC_NAME}. If ${name} wants your help, they can give you shared access. If a legal paper lets you keep helping, please call the clinic.`,
        ]
      : [
          `${name} turned 12 on ${formatDate(birthday)}. At 12, some health information becomes private to ${name}.`,
          `You can still see appointments, medicines, bills and forms. Visit notes, test results and messages with the care team are now private.`,
          'Please call the clinic if you have questions.',
        ];
  return {
    to,
    subject: `Your access to ${name}'s records has changed`,
    body: ['Hello,', ...body].join('\n\n'),
    buttonLabel: null,
    link: null,
    sentAt,
    patientId: patient.id,
  };
}
