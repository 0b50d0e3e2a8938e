import * as z from 'zod/mini';
import { asciiDomain } from './domain-names';
import { HIDDEN_CHARS, textTypeError } from './common';

// One email rule for the whole API, after RFC 5321/5322: at most 64 characters before the @,
// 63 per domain label and 254 in all; dot-atom local parts; labels of letters, digits and
// hyphens that neither begin nor end with "-". A domain typed in its own script is stored as
// punycode (xn--…), the form mail systems use.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9-]+$/;
const TLD = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

type Ctx = z.core.$RefinementCtx<string>;

function checkAddress(field: string, value: string, ctx: Ctx): void {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message, input: value });
  const example = `${field} must look like name@example.com.`;
  if (value.length === 0) return fail(`Enter ${field.toLowerCase()}.`);
  if (HIDDEN_CHARS.test(value) || /\s/.test(value))
    return fail(`${field} contains spaces or hidden characters. Retype it without them.`);
  if (value.length > 254) return fail(`${field} is too long: use at most 254 characters.`);
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return fail(example);
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (local.length > 64)
    return fail(`${field}: the part before @ is too long. Use at most 64 characters.`);
  if (!LOCAL.test(local))
    return fail(
      `${field}: the part before @ can use letters a–z, digits and . _ + - only, with no dot at either end or two dots together.`,
    );
  if (labels.length < 2 || labels.some((l) => l.length === 0)) return fail(example);
  if (labels.some((l) => l.length > 63))
    return fail(`${field}: each part of the domain between dots can have at most 63 characters.`);
  if (labels.some((l) => !LABEL.test(l)))
    return fail(`${field}: the domain after @ can use letters, digits, dots and hyphens only.`);
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-')))
    return fail(`${field}: a part of the domain cannot begin or end with "-".`);
  if (!TLD.test(labels[labels.length - 1]!))
    return fail(`${field} must end with a domain such as .com or .org.`);
}

/** An email address, trimmed; a domain typed in its own script comes out as punycode. */
export function emailAddress(field = 'Email address') {
  return z
    .pipe(
      z
        .string({ error: textTypeError(field) })
        .check(z.maxLength(1024, { error: `${field} is too long: use at most 254 characters.` })),
      z.transform((s: string) => {
        const v = s.normalize('NFC').trim();
        const at = v.lastIndexOf('@');
        return at < 0 ? v : `${v.slice(0, at)}@${asciiDomain(v.slice(at + 1))}`;
      }),
    )
    .check(z.superRefine((v, ctx) => checkAddress(field, v, ctx)));
}

/** A patient's or care partner's email address, as staff type it. */
export const emailField = emailAddress('Email address');
