import { zodResolver } from '@hookform/resolvers/zod';
import { Button, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { portalLogInRequestSchema, type PortalResult } from '../../../api/contract/portal';
import { AnchorLink } from '../../../components/anchor-link';
import { PortalError } from './portal-error';
import { showFieldErrors } from '../../../lib/form-errors';
import { useLogInToPortal } from '../api/portal-queries';

/** What the account holder sees once logged in: every linked profile, by name. */
function LinkedProfiles({ result }: { result: PortalResult }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome back
      </Title>
      <Text>
        Logged in as <strong>{result.accountEmail}</strong>.
      </Text>
      <Title order={2} size="h4" id="profiles-heading">
        Your linked profiles
      </Title>
      <List aria-labelledby="profiles-heading">
        {result.records.map((r, i) => (
          <List.Item key={`${i}-${r.name}`}>
            {r.name}
            {r.access === 'limited' ? ' (limited: booked online)' : ''}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        Missing someone? Call the clinic: they can send a link for that record.
      </Text>
    </Stack>
  );
}

/** The portal opened directly: log in to see linked profiles, or where new patients start. */
export function PortalHome() {
  const logIn = useLogInToPortal();
  const form = useForm({
    resolver: zodResolver(portalLogInRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors } = form.formState;
  if (logIn.data) return <LinkedProfiles result={logIn.data} />;
  const submit = form.handleSubmit((values) =>
    logIn.mutate(values, {
      onError: (error) => showFieldErrors(error, form.setError, ['email', 'password']),
    }),
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome to the Patient Portal
      </Title>
      <Text>
        <strong>Log in</strong> with your email and the password you chose when you set up your
        account. You don't need an access code to log in.
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {logIn.error && <PortalError error={logIn.error} />}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            error={errors.email?.message}
            {...form.register('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" loading={logIn.isPending}>
            Log in
          </Button>
        </Stack>
      </form>
      <Text>
        New here? Open the email from the clinic and click the blue button: it sets up your account
        with your access code filled in.
      </Text>
      <AnchorLink to="/portal/register">Set up a portal account</AnchorLink>
      <Text>Care partner with shared access? Log in with your own login.</Text>
      <AnchorLink to="/portal/care-partner">Care partner log in</AnchorLink>
    </Stack>
  );
}
