import type { Translator } from './translate';

/** An email as it goes out: subject, paragraphs, and the blue button's words. */
export interface EmailText {
  subject: string;
  paragraphs: string[];
  buttonLabel: string;
}

/**
 * The Medical Records Access Link email, in the translator's language. It goes to the patient,
 * or, in family linking, to the account holder (`holderFirstName`), who is greeted by name and
 * told whose record the link adds to their account. It ends with the language-help notice
 * (`notice`). The mock clinic sends exactly this, and the send dialog previews it.
 */
export function accessLinkText(
  { t }: Translator,
  input: {
    firstName: string;
    lastName: string;
    holderFirstName?: string | undefined;
    expiresAt: string;
    clinic: string;
    notice: string[];
  },
): EmailText {
  const { firstName, holderFirstName, clinic } = input;
  const fullName = `${firstName} ${input.lastName}`;
  const body = holderFirstName
    ? [
        t('email.accessLink.greeting', { firstName: holderFirstName }),
        t('email.accessLink.holderIntro', { clinic, fullName }),
        t('email.accessLink.holderAction', { firstName }),
      ]
    : [
        t('email.accessLink.greeting', { firstName }),
        t('email.accessLink.intro', { clinic }),
        // A parent may get one email per child: each names the record it links.
        t('email.accessLink.forRecord', { fullName }),
        t('email.accessLink.action'),
      ];
  return {
    subject: t('email.accessLink.subject'),
    paragraphs: [
      ...body,
      // The date on the clinic's calendar, as on the staff screen and the printed letter.
      t('email.accessLink.expiry', { expires: new Date(input.expiresAt) }),
      ...input.notice,
    ],
    buttonLabel: holderFirstName
      ? t('email.accessLink.holderButton', { firstName })
      : t('email.accessLink.button'),
  };
}
