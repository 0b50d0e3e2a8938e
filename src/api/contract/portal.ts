import { z } from 'zod';
import { plainText, requestObject } from './common';
import { emailAddress } from './email';

/**
 * The patient's side, as the mock's patient-portal simulator serves it. A real deployment's
 * portal is a separate system; this contract only exists so the simulator is typed too.
 */
export const portalLinkSchema = z.object({
  state: z.enum([
    'valid',
    'expired',
    'revoked',
    'replaced',
    'redeemed',
    'linked_elsewhere',
    'locked',
  ]),
  /** Filled in only while the link is valid. */
  code: z.string().nullable(),
  patientFirstName: z.string().nullable(),
  email: z.string().nullable(),
  /** The email already has a portal account: the patient logs in instead of registering. */
  accountExists: z.boolean(),
});
export type PortalLink = z.infer<typeof portalLinkSchema>;

export const PASSWORD_MAX = 128;
export const PASSWORD_RULES = `At least 10 and at most ${PASSWORD_MAX} characters, with a letter and a number.`;
export const portalPasswordSchema = z
  .string({ error: `Enter a password. ${PASSWORD_RULES}` })
  .max(PASSWORD_MAX, { error: `Password is too long: use at most ${PASSWORD_MAX} characters.` })
  .min(10, { error: `Password is too short. ${PASSWORD_RULES}` })
  .regex(/[A-Za-z]/, { error: `Password needs a letter. ${PASSWORD_RULES}` })
  .regex(/[0-9]/, { error: `Password needs a number. ${PASSWORD_RULES}` });

/** An existing portal password being typed to log in: only required and bounded. */
export function loginPassword() {
  return z
    .string({ error: 'Enter your portal password.' })
    .min(1, { error: 'Enter your portal password.' })
    .max(PASSWORD_MAX, { error: `Password is too long: use at most ${PASSWORD_MAX} characters.` });
}

const linkToken = z.nullable(plainText('Link', { max: 100, multiline: false }));
const accessCodeText = plainText('Access code', { max: 32, multiline: false }).check(
  z.refine((s) => s.length > 0, { error: 'Enter the access code from your email link.' }),
);

export const portalRegisterRequestSchema = requestObject({
  token: linkToken,
  code: accessCodeText,
  password: portalPasswordSchema,
});

export const portalLinkToAccountRequestSchema = requestObject({
  token: linkToken,
  code: accessCodeText,
  email: emailAddress('The email you log in with'),
  password: loginPassword(),
});

export const portalResultSchema = z.object({
  accountEmail: z.string(),
  records: z.array(z.object({ name: z.string(), access: z.enum(['limited', 'full']) })),
});
export type PortalResult = z.infer<typeof portalResultSchema>;

/** Logging in to the portal home: the account holder sees their linked profiles. */
export const portalLogInRequestSchema = requestObject({
  email: emailAddress('The email you log in with'),
  password: loginPassword(),
});
export type PortalLogInRequest = z.infer<typeof portalLogInRequestSchema>;
export type PortalRegisterRequest = z.infer<typeof portalRegisterRequestSchema>;
export type PortalLinkToAccountRequest = z.infer<typeof portalLinkToAccountRequestSchema>;

export type UnusableLinkState = Exclude<PortalLink['state'], 'valid'>;
interface LinkMessage {
  title: string;
  detail: string;
}

/**
 * What the patient is told about a link that no longer works: the same words in the API's 410
 * problem and on the page, so they never contradict each other.
 */
export const UNUSABLE_LINK_MESSAGES: Record<UnusableLinkState, LinkMessage> = {
  expired: {
    title: 'This link has expired',
    detail: 'Links from the clinic work for 5 days. Ask the clinic for a new link.',
  },
  revoked: {
    title: 'This link is no longer valid',
    detail:
      'The clinic cancelled this link or took the record out of portal access, so it no longer opens the record. Ask the clinic for a new link.',
  },
  replaced: {
    title: 'This link was replaced by a newer one',
    detail: 'Use the newest email from the clinic, or ask the clinic for a new link.',
  },
  linked_elsewhere: {
    title: 'This record is in another portal account',
    detail:
      'This link was already used to add the record to a different portal account, so it cannot add it to yours. If you expected to see this record, call the clinic.',
  },
  locked: {
    title: 'This link is locked',
    detail:
      'The wrong access code was typed too many times, so we locked this link to keep your record safe. Ask the clinic to send you a new link.',
  },
  redeemed: {
    title: 'This link was already used',
    detail:
      "Your portal account is set up: log in with your email and the password you chose. You don't need the code again.",
  },
};
