import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { signInRequestSchema, type SignInRequest } from '../../../api/contract/session';
import { ApiError, describeError } from '../../../api/errors';
import { TooManyTriesAlert } from '../../../components/too-many-tries-alert';
import { sessionQueries, signIn } from '../../../api/session';
import { setDraftOwner } from '../../../lib/form-drafts';
import { announce } from '../../../lib/session-channel';
import { SESSION_TIMING } from '../../../lib/session-timing';
import { DemoSignInButtons } from './demo-sign-in-buttons';

const route = getRouteApi('/sign-in');

/** Only same-app paths are followed after sign-in, never another site. */
function safeRedirect(redirect: string | undefined): string {
  return redirect?.startsWith('/') && !redirect.startsWith('//') ? redirect : '/today';
}

export function SignInScreen() {
  const { redirect, reason } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<SignInRequest>({
    resolver: zodResolver(signInRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async ({ user }) => {
      // What was typed before a forced sign-out comes back only for the same person.
      setDraftOwner(user.id);
      // The screen's own check for a session may still be out; its "signed out" is now stale.
      await queryClient.cancelQueries({ queryKey: sessionQueries.current().queryKey });
      queryClient.setQueryData(sessionQueries.current().queryKey, { user });
      announce({ type: 'signed-in', userId: user.id });
      await navigate({ href: safeRedirect(redirect) });
    },
  });
  // Already signed in (this page reloaded just as sign-in finished, or opened again): go on to
  // where sign-in would lead. Only a check made now counts, never a session remembered from
  // before a sign-out.
  const existing = useQuery({
    ...sessionQueries.current(),
    staleTime: 0,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const signedInAlready =
    existing.status === 'success' && existing.isFetchedAfterMount && mutation.isIdle;
  useEffect(() => {
    if (signedInAlready) void navigate({ href: safeRedirect(redirect), replace: true });
  }, [signedInAlready, navigate, redirect]);
  const error = mutation.error ? describeError(mutation.error) : null;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              Access Desk
            </Title>
            <Text c="dimmed" size="sm">
              Sign in to give patients and families access to the patient portal.
            </Text>
          </div>
          {reason && !error && (
            <Alert color="blue" title="You were signed out" role="status">
              {reason === 'idle'
                ? `After ${SESSION_TIMING.idleMs / 60_000} minutes without activity, Access Desk signs out to keep patient details private.`
                : 'Your session ended.'}{' '}
              Sign in again to return to where you were; anything you had typed is kept.
            </Alert>
          )}
          {mutation.error instanceof ApiError && mutation.error.status === 429 ? (
            <TooManyTriesAlert key={mutation.error.retryAt} error={mutation.error} />
          ) : (
            error && (
              <Alert color="red" title={error.title} role="alert">
                {error.message}
              </Alert>
            )
          )}
          <form onSubmit={(e) => void form.handleSubmit((v) => mutation.mutate(v))(e)} noValidate>
            <Stack>
              <TextInput
                label="Work email"
                type="email"
                autoComplete="username"
                {...form.register('email')}
                error={form.formState.errors.email?.message}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                {...form.register('password')}
                error={form.formState.errors.password?.message}
              />
              <Button type="submit" loading={mutation.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
          {import.meta.env.VITE_MOCK_API === 'true' && (
            <>
              <Divider label="Demo clinic" labelPosition="center" />
              <DemoSignInButtons
                disabled={mutation.isPending}
                onPick={(email) => mutation.mutate({ email, password: 'demo' })}
              />
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
