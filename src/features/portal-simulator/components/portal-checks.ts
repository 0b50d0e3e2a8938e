import type { FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { PASSWORD_MAX, portalPasswordSchema } from '../../../api/contract/portal';
import type { Translator } from '../../../lib/i18n/translate';
import { portalFieldProblem, type ProblemContext } from './portal-problem';

/** Which of the portal's fields a form has, and what the page knows to name in its messages. */
export interface PortalFields {
  /** `password` is a new password (the contract's rules) or the one already chosen. */
  password?: 'new' | 'current';
  /** The patient whose date of birth is asked for. */
  firstName?: string;
}

/** The contract's password rule that `value` breaks, said in the page's language. */
function newPasswordText(t: Translator['t'], value: unknown): string | undefined {
  if (value === '' || typeof value !== 'string')
    return t('portal.check.passwordEmpty', { max: PASSWORD_MAX });
  const issue = portalPasswordSchema.safeParse(value).error?.issues[0];
  if (!issue) return undefined;
  if (issue.code === 'too_big') return t('portal.check.passwordTooLong', { max: PASSWORD_MAX });
  if (issue.code === 'too_small') return t('portal.check.passwordTooShort');
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  return pattern.includes('0-9')
    ? t('portal.check.passwordNumber')
    : t('portal.check.passwordLetter');
}

/**
 * The form's own checks are the contract's, whose words are English: each refused field gets
 * its message again in the page's language. (The two-passwords check is already the page's.)
 */
export function inPageLanguage<T extends FieldValues, C, R extends FieldValues>(
  resolver: Resolver<T, C, R>,
  t: Translator['t'],
  fields: PortalFields,
): Resolver<T, C, R> {
  const say = (field: string, value: unknown): string | undefined => {
    switch (field) {
      case 'code':
        return t('portal.check.code');
      case 'email':
        return t('portal.check.email');
      case 'dateOfBirth':
        return t('portal.check.dob', { firstName: fields.firstName ?? '' });
      case 'password':
        return fields.password === 'new'
          ? newPasswordText(t, value)
          : t('portal.check.currentPassword');
    }
    return undefined;
  };
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const errors = result.errors as Record<string, { message?: string } | undefined>;
    for (const [field, error] of Object.entries(errors)) {
      const message = error && say(field, (values as Record<string, unknown>)[field]);
      if (error && message) errors[field] = { ...error, message };
    }
    return result;
  };
}

/** Puts a refusal from the API under the field it is about, in the page's language. */
export function showPortalFieldError<T extends FieldValues>(
  t: Translator['t'],
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  context?: ProblemContext,
): boolean {
  const problem = portalFieldProblem(t, error, context);
  const field = fields.find((f) => f === problem?.field);
  if (!problem || !field) return false;
  setError(field, { message: problem.message });
  return true;
}
