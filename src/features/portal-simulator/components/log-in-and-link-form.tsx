import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import * as zm from 'zod/mini';
import { portalLinkToAccountRequestSchema, type PortalResult } from '../../../api/contract/portal';
import { PortalError } from './portal-error';
import { useLinkRecordToAccount } from '../api/portal-queries';
import { AccessCodeField } from './access-code-field';
import { inPageLanguage, showPortalFieldError } from './portal-checks';
import { usePortalTexts } from './portal-texts';

// Pure: the normal build drops this screen, so it must be able to drop this line too.
const logInFormSchema = /* @__PURE__ */ zm.pick(portalLinkToAccountRequestSchema, {
  code: true,
  email: true,
  password: true,
});
type LogInFormValues = z.infer<typeof logInFormSchema>;

interface Props {
  token: string | null;
  code: string;
  email: string | null;
  onLinked: (result: PortalResult) => void;
}

/** An existing account holder logs in with their own password; the record joins their account. */
export function LogInAndLinkForm({ token, code, email, onLinked }: Props) {
  const { t } = usePortalTexts().tr;
  const form = useForm<LogInFormValues>({
    resolver: inPageLanguage(zodResolver(logInFormSchema), t, { password: 'current' }),
    defaultValues: { code, email: email ?? '', password: '' },
  });
  const linking = useLinkRecordToAccount();
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    linking.submit(
      { token, ...values },
      {
        onSuccess: onLinked,
        onError: (error) =>
          showPortalFieldError(t, error, form.setError, ['code', 'email', 'password']),
      },
    ),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {linking.error && <PortalError error={linking.error} />}
        <AccessCodeField
          fromLink={token !== null}
          error={errors.code?.message}
          input={form.register('code')}
        />
        <TextInput
          label={t('portal.email.label')}
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('portal.password.label')}
          description={t('portal.password.current')}
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={linking.isPending}>
          {t('portal.logIn.button')}
        </Button>
      </Stack>
    </form>
  );
}
