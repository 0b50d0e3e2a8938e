import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { CareHome } from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { PortalError } from './portal-error';
import { useCareLogin } from '../api/invitation-queries';
import { CareHomeView } from './care-home';

/** A care partner logs in with their own login (kept in memory only, never in storage). */
export function CarePartnerLogin() {
  const login = useCareLogin();
  const [home, setHome] = useState<{
    data: CareHome;
    credentials: { email: string; password: string };
  } | null>(null);
  const form = useForm({ defaultValues: { email: '', password: '' } });
  if (home) return <CareHomeView initial={home.data} credentials={home.credentials} />;
  const submit = form.handleSubmit((v) =>
    login.mutate(v, {
      onSuccess: (data) => setHome({ data, credentials: v }),
      onError: (e) => {
        if (e instanceof ApiError)
          for (const f of e.fieldErrors)
            form.setError(f.field as 'email' | 'password', { message: f.message });
      },
    }),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={1} size="h2">
          Care partner log in
        </Title>
        <Text size="sm">Log in with your own email and password, never the patient’s.</Text>
        <TextInput
          label="Your email"
          {...form.register('email')}
          error={form.formState.errors.email?.message}
        />
        <PasswordInput
          label="Your portal password"
          {...form.register('password')}
          error={form.formState.errors.password?.message}
        />
        {login.error && !(login.error instanceof ApiError && login.error.fieldErrors.length) && (
          <PortalError error={login.error} />
        )}
        <Button type="submit" loading={login.isPending} style={{ alignSelf: 'flex-start' }}>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
