import { Button, PasswordInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { acceptInvitationSchema, type CareHome } from '../../../api/contract/shared-access';
import { PASSWORD_RULES } from '../../../api/contract/portal';
import { ApiError } from '../../../api/errors';
import { ErrorState } from '../../../components/query-states';
import { useAcceptInvitation } from '../api/invitation-queries';

interface Values {
  email: string;
  password: string;
  confirm: string;
}
interface Accepted {
  data: CareHome;
  credentials: { email: string; password: string };
}

/** Step 2: the care partner's own login, new or existing. */
export function AcceptInvitationForm({
  token,
  email,
  onAccepted,
}: {
  token: string;
  email: string;
  onAccepted: (a: Accepted) => void;
}) {
  const [mode, setMode] = useState<'register' | 'login'>('register');
  const accept = useAcceptInvitation(token);
  const form = useForm<Values>({ defaultValues: { email, password: '', confirm: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit((v) => {
    if (mode === 'register' && v.password !== v.confirm) {
      form.setError('confirm', {
        message: 'The two passwords are not the same. Type the same password twice.',
      });
      return;
    }
    const parsed = acceptInvitationSchema.safeParse({ mode, email: v.email, password: v.password });
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        form.setError(String(i.path[0]) as Path<Values>, { message: i.message });
      return;
    }
    accept.submit(parsed.data, {
      onSuccess: (data) =>
        onAccepted({
          data,
          credentials: { email: parsed.data.email, password: parsed.data.password },
        }),
      onError: (e) => {
        if (e instanceof ApiError)
          for (const f of e.fieldErrors)
            form.setError(f.field as Path<Values>, { message: f.message });
      },
    });
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v)}
          data={[
            { value: 'register', label: 'Create my own login' },
            { value: 'login', label: 'I already have a portal login' },
          ]}
        />
        <TextInput label="Your email" {...form.register('email')} error={errors.email?.message} />
        <PasswordInput
          label={mode === 'register' ? 'Choose a password' : 'Your portal password'}
          description={mode === 'register' ? PASSWORD_RULES : undefined}
          {...form.register('password')}
          error={errors.password?.message}
        />
        {mode === 'register' && (
          <PasswordInput
            label="Confirm password"
            {...form.register('confirm')}
            error={errors.confirm?.message}
          />
        )}
        {accept.error && !(accept.error instanceof ApiError && accept.error.fieldErrors.length) && (
          <ErrorState error={accept.error} />
        )}
        <Button type="submit" loading={accept.isPending} style={{ alignSelf: 'flex-start' }}>
          {mode === 'register' ? 'Create my login and accept' : 'Log in and accept'}
        </Button>
      </Stack>
    </form>
  );
}
