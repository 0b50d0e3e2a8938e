import { Button, PasswordInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PASSWORD_MAX } from '../../../api/contract/portal';
import {
  acceptInvitationSchema,
  type AcceptInvitation,
  type CareHome,
} from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { PortalError } from './portal-error';
import { useAcceptInvitation } from '../api/invitation-queries';
import { usePortalTexts } from './portal-texts';
import { inPageLanguage, showPortalFieldError } from './portal-checks';

interface Values {
  email: string;
  password: string;
  confirm: string;
}
interface Accepted {
  data: CareHome;
  credentials: { email: string; password: string };
}

type Mode = 'register' | 'login';

/**
 * The form checked as the request it sends: a new login's two passwords must match first, then
 * the contract's own rules and messages.
 */
const acceptFormSchema = (mode: Mode, mismatch: string) =>
  z
    .custom<Values>()
    .transform((v, ctx) => {
      if (mode === 'register' && v.password !== v.confirm) {
        ctx.addIssue({
          code: 'custom',
          path: ['confirm'],
          message: mismatch,
        });
        return z.NEVER;
      }
      return { mode, email: v.email, password: v.password };
    })
    .pipe(acceptInvitationSchema);

/** Step 2: the care partner's own login, new or existing. */
export function AcceptInvitationForm({
  token,
  email,
  patientFirstName,
  onAccepted,
}: {
  token: string;
  email: string;
  patientFirstName: string;
  onAccepted: (a: Accepted) => void;
}) {
  const { t } = usePortalTexts().tr;
  const [mode, setMode] = useState<Mode>('register');
  const accept = useAcceptInvitation(token);
  const form = useForm<Values, unknown, AcceptInvitation>({
    resolver: inPageLanguage(zodResolver(acceptFormSchema(mode, t('portal.accept.mismatch'))), t, {
      password: mode === 'register' ? 'new' : 'current',
    }),
    defaultValues: { email, password: '', confirm: '' },
  });
  const { errors } = form.formState;
  const problemContext = { carePartner: true, patientFirstName, invitedEmail: email };
  const submit = form.handleSubmit((body) => {
    accept.submit(body, {
      onSuccess: (data) =>
        onAccepted({ data, credentials: { email: body.email, password: body.password } }),
      onError: (e) =>
        showPortalFieldError(t, e, form.setError, ['email', 'password', 'confirm'], problemContext),
    });
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            // A new login is made only for the email the invitation was sent to.
            if (v === 'register') form.setValue('email', email);
            form.clearErrors();
            setMode(v);
          }}
          data={[
            { value: 'register', label: t('portal.accept.register') },
            { value: 'login', label: t('portal.accept.login') },
          ]}
        />
        <TextInput
          label={t('portal.accept.email')}
          readOnly={mode === 'register'}
          description={mode === 'register' ? t('portal.accept.emailHelp') : undefined}
          {...form.register('email')}
          error={errors.email?.message}
        />
        <PasswordInput
          label={
            mode === 'register'
              ? t('portal.accept.newPassword')
              : t('portal.accept.currentPassword')
          }
          description={
            mode === 'register' ? t('portal.password.new', { max: PASSWORD_MAX }) : undefined
          }
          {...form.register('password')}
          error={errors.password?.message}
        />
        {mode === 'register' && (
          <PasswordInput
            label={t('portal.password.confirm')}
            {...form.register('confirm')}
            error={errors.confirm?.message}
          />
        )}
        {accept.error && !(accept.error instanceof ApiError && accept.error.fieldErrors.length) && (
          <PortalError error={accept.error} context={problemContext} />
        )}
        <Button type="submit" loading={accept.isPending} style={{ alignSelf: 'flex-start' }}>
          {mode === 'register' ? t('portal.accept.registerButton') : t('portal.accept.loginButton')}
        </Button>
      </Stack>
    </form>
  );
}
