import type { DbCode, DbEmail, DbPatient } from './db';

export const PORTAL_URL = 'https://portal.clinic.example';
export const CLINIC_NAME = 'Riverside Family Clinic';

export function accessLinkPath(code: Pick<DbCode, 'linkToken'>): string {
  return `/portal/register?token=${code.linkToken}`;
}

/** The Medical Records Access Link email, as the patient sees it. */
export function accessLinkEmail(
  patient: Pick<DbPatient, 'id' | 'firstName'>,
  code: DbCode,
  to: string,
  sentAt: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const expires = new Date(code.expiresAt).toUTCString().slice(0, 16);
  return {
    to,
    subject: 'Medical Records Access Link',
    body: [
      `Hello ${patient.firstName},`,
      `${CLINIC_NAME} has given you access to your medical records in the Patient Portal.`,
      'Click the blue button to set up your portal account, or to add this record to the account you already have. Your access code is filled in for you.',
      `This link expires on ${expires}. If it has expired, ask the clinic for a new link.`,
    ].join('\n\n'),
    buttonLabel: 'Open my medical records',
    link: accessLinkPath(code),
    sentAt,
    patientId: patient.id,
  };
}
