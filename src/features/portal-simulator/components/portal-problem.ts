import { ApiError } from '../../../api/errors';
import type { Translator } from '../../../lib/i18n/translate';
import { waitParts } from '../../../lib/try-limits';

/** A refusal as the patient reads it: a title and what to do, in the page's language. */
export interface PortalProblem {
  title: string;
  detail: string;
}

/** What the page knows that a refusal may name: the patient's first name, the invited email. */
export interface ProblemContext {
  /** The care partner's pages (an invitation): their own login, not the patient's. */
  carePartner?: boolean;
  patientFirstName?: string;
  invitedEmail?: string;
  /** Dates of birth that may still be tried after a wrong one. */
  triesLeft?: number;
}

const LINK_STATES = {
  expired: 'expired',
  revoked: 'revoked',
  replaced: 'replaced',
  redeemed: 'redeemed',
  linked_elsewhere: 'linkedElsewhere',
  locked: 'locked',
} as const;
const INVITATION_STATES = ['expired', 'void', 'accepted', 'revoked'] as const;
type LinkKey = (typeof LINK_STATES)[keyof typeof LINK_STATES];
type InvitationKey = (typeof INVITATION_STATES)[number];
type ProblemKey =
  | 'other'
  | 'server'
  | 'network'
  | 'noEmail'
  | 'emailOfAnotherPatient'
  | 'dobFirst'
  | 'loginExists'
  | 'emailOfAPatient';

/** An unusable Medical Records Access Link's title and advice, by its state. */
export function linkStateText(t: Translator['t'], state: string): PortalProblem {
  const key: LinkKey | 'notFound' =
    state in LINK_STATES ? LINK_STATES[state as keyof typeof LINK_STATES] : 'notFound';
  return { title: t(`portal.link.${key}.title`), detail: t(`portal.link.${key}.detail`) };
}

/** An unusable invitation's title and advice, by its state. */
export function invitationStateText(t: Translator['t'], state: string): PortalProblem {
  const key: InvitationKey | 'notFound' = INVITATION_STATES.find((s) => s === state) ?? 'notFound';
  return {
    title: t(`portal.invitation.${key}.title`),
    detail: t(`portal.invitation.${key}.detail`),
  };
}

/** "For your safety, please wait 2 minutes. Then try again.", or "You can try again now." */
export function waitText(t: Translator['t'], seconds: number): string {
  if (seconds <= 0) return t('portal.problem.tooManyTries.ready');
  const { count, unit } = waitParts(seconds);
  return t('portal.problem.tooManyTries.wait', { wait: t(`portal.wait.${unit}s`, { count }) });
}

/**
 * The API answers in English (it is the clinic's, and a real portal is its own system); the
 * patient reads every refusal in the page's language, chosen by what went wrong (the problem's
 * type and status), never by the English words.
 */
export function portalProblem(
  t: Translator['t'],
  error: unknown,
  ctx: ProblemContext = {},
): PortalProblem {
  const text = (key: ProblemKey) => ({
    title: t(`portal.problem.${key}.title`),
    detail: t(`portal.problem.${key}.detail`),
  });
  if (!(error instanceof ApiError)) return text('other');
  const { type, status } = error;
  if (type.startsWith('link-')) return linkStateText(t, type.slice('link-'.length));
  if (type.startsWith('invitation-'))
    return invitationStateText(t, type.slice('invitation-'.length));
  const field = portalFieldProblem(t, error, ctx);
  if (field) return { title: t('portal.problem.checkTitle'), detail: field.message };
  switch (type) {
    case 'too-many-tries':
      return {
        title: t('portal.problem.tooManyTries.title'),
        detail: waitText(t, error.retryAfterSeconds ?? 0),
      };
    case 'email-of-another-patient':
      return text('emailOfAnotherPatient');
    case 'dob-not-confirmed':
      return text('dobFirst');
    case 'account-exists':
      return text('loginExists');
    case 'email-of-a-patient':
      return text('emailOfAPatient');
  }
  if (status === 404)
    return ctx.carePartner ? invitationStateText(t, 'notFound') : linkStateText(t, 'notFound');
  if (status === 400 && type === 'invalid') return text('noEmail');
  if (status === 0) return text('network');
  if (status >= 500) return text('server');
  return text('other');
}

/**
 * A refusal that belongs under one field (a wrong code, password or date of birth; the patient's
 * own login), in the page's language. Null when the refusal is not about one field.
 */
export function portalFieldProblem(
  t: Translator['t'],
  error: unknown,
  ctx: ProblemContext = {},
): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || !error.fieldErrors.length) return null;
  const field = error.fieldErrors[0]!.field;
  const message = (): string => {
    if (error.status === 401)
      return ctx.carePartner
        ? t('portal.problem.wrongOwnPassword')
        : t('portal.problem.wrongPassword');
    if (error.type === 'patients-own-login')
      return t('portal.problem.patientsOwnLogin', { firstName: ctx.patientFirstName ?? '' });
    if (error.type === 'not-the-invited-email')
      return t('portal.problem.notInvitedEmail', { email: ctx.invitedEmail ?? '' });
    if (field === 'code') return t('portal.problem.wrongCode');
    if (field === 'dateOfBirth')
      return t('portal.problem.wrongDob', { triesLeft: ctx.triesLeft ?? 0 });
    return t('portal.problem.checkField');
  };
  return { field, message: message() };
}
