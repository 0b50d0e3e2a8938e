import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import * as zm from 'zod/mini';
import {
  PASSWORD_MAX,
  portalRegisterRequestSchema,
  type PortalResult,
} from '../../../api/contract/portal';
import { ApiError } from '../../../api/errors';
import type { Translator } from '../../../lib/i18n/translate';
import { PortalError } from './portal-error';
import { useRegisterPortalAccount } from '../api/portal-queries';
import { AccessCodeField } from './access-code-field';
import { inPageLanguage, showPortalFieldError } from './portal-checks';
import { usePortalTexts } from './portal-texts';

/** The contract's rules, and the two passwords the same, said in the page's language. */
const registerFormSchema = (t: Translator['t']) =>
  zm
    .extend(zm.pick(portalRegisterRequestSchema, { code: true, password: true }), {
      confirmPassword: z.string().min(1, { error: t('portal.password.confirmEmpty') }),
    })
    .check(
      z.refine((v) => v.password === v.confirmPassword, {
        path: ['confirmPassword'],
        error: t('portal.password.mismatch'),
      }),
    );
type RegisterFormValues = z.infer<ReturnType<typeof registerFormSchema>>;

interface Props {
  token: string | null;
  code: string;
  onRegistered: (result: PortalResult) => void;
  /** The email already has an account: the patient logs in instead, keeping the code. */
  onAccountExists: (code: string) => void;
}

const isAccountExists = (e: unknown) => e instanceof ApiError && e.type === 'account-exists';

export function RegisterForm({ token, code, onRegistered, onAccountExists }: Props) {
  const { t } = usePortalTexts().tr;
  const form = useForm<RegisterFormValues>({
    resolver: inPageLanguage(zodResolver(registerFormSchema(t)), t, { password: 'new' }),
    defaultValues: { code, password: '', confirmPassword: '' },
  });
  const registration = useRegisterPortalAccount();
  const { errors } = form.formState;
  const failed =
    registration.error && !isAccountExists(registration.error) ? registration.error : null;

  const submit = form.handleSubmit((values) =>
    registration.submit(
      { token, code: values.code, password: values.password },
      {
        onSuccess: onRegistered,
        onError: (error) => {
          if (isAccountExists(error)) return onAccountExists(values.code);
          showPortalFieldError(t, error, form.setError, ['code', 'password']);
        },
      },
    ),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {failed && <PortalError error={failed} />}
        <AccessCodeField
          fromLink={token !== null}
          error={errors.code?.message}
          input={form.register('code')}
        />
        <PasswordInput
          label={t('portal.password.label')}
          description={t('portal.password.new', { max: PASSWORD_MAX })}
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput
          label={t('portal.password.confirm')}
          description={t('portal.password.confirmHelp')}
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Button type="submit" loading={registration.isPending}>
          {t('portal.register.button')}
        </Button>
      </Stack>
    </form>
  );
}
