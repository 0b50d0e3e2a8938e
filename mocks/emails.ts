import { formatDate } from '../src/lib/format';
import { languageHelpLines, textLanguageOf, translatorFor } from '../src/lib/i18n/eager-catalogues';
import { ENGLISH } from '../src/lib/languages';
import { accessLinkText } from '../src/lib/i18n/patient-texts';
import type { DbCode, DbEmail, DbPatient } from './db-types';

/** The language texts go out in for someone who prefers `code`: theirs, or English. */
export const textLanguage = textLanguageOf;

export const PORTAL_URL = 'https://portal.clinic.example';
export const CLINIC_NAME = 'Riverside Family Clinic';

/** The link's page, opened in the email's language (a code, nothing about the patient). */
export function accessLinkPath(code: Pick<DbCode, 'linkToken'>, language = ENGLISH): string {
  return `/portal/register?token=${code.linkToken}${language === ENGLISH ? '' : `&lang=${language}`}`;
}

/**
 * The Medical Records Access Link email, in `language` (the patient's preferred language, or the
 * one staff picked for this send). It goes to the patient, or, in family linking, to the account
 * holder (`holderFirstName`), who is greeted by name and told whose record the link adds to
 * their account. It ends with the language-help notice.
 */
export function accessLinkEmail(
  patient: Pick<DbPatient, 'id' | 'firstName' | 'lastName'>,
  code: DbCode,
  to: string,
  sentAt: string,
  options: { language: string; holderFirstName?: string | undefined },
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const tr = translatorFor(options.language);
  const { language } = tr;
  const text = accessLinkText(tr, {
    firstName: patient.firstName,
    lastName: patient.lastName,
    holderFirstName: options.holderFirstName,
    expiresAt: code.expiresAt,
    clinic: CLINIC_NAME,
    notice: languageHelpLines(language, CLINIC_NAME),
  });
  return {
    to,
    subject: text.subject,
    body: text.paragraphs.join('\n\n'),
    buttonLabel: text.buttonLabel,
    link: accessLinkPath(code, language),
    sentAt,
    patientId: patient.id,
    language,
  };
}

/** The invitation's page, opened in the language of the email (a code, nothing about anyone). */
export function invitationPath(token: string, language = ENGLISH): string {
  return `/portal/invitation?token=${token}${language === ENGLISH ? '' : `&lang=${language}`}`;
}

/** Shared access approved: the care partner is invited, in their language, to make a login. */
export function sharedAccessInvitationEmail(
  patient: Pick<DbPatient, 'id' | 'firstName'>,
  carePartnerName: string,
  to: string,
  token: string,
  expiresAt: string,
  sentAt: string,
  preferredLanguage: string,
): Omit<DbEmail, 'id' | 'deliveryId'> {
  const { t, language } = translatorFor(preferredLanguage);
  const clinic = CLINIC_NAME;
  const patientFirstName = patient.firstName;
  return {
    to,
    subject: t('email.invitation.subject'),
    body: [
      t('email.invitation.greeting', { name: carePartnerName }),
      t('email.invitation.intro', { clinic, patientFirstName }),
      t('email.invitation.action', { patientFirstName }),
      t('email.invitation.expiry', { expires: new Date(expiresAt) }),
      ...languageHelpLines(language, clinic),
    ].join('\n\n'),
    buttonLabel: t('email.invitation.button'),
    link: invitationPath(token, language),
    sentAt,
    patientId: patient.id,
    language,
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
    language: ENGLISH,
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
    language: ENGLISH,
  };
}
