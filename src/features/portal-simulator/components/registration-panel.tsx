import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { LogInAndLinkForm } from './log-in-and-link-form';
import type { PortalDone } from './portal-result';
import { RegisterForm } from './register-form';

interface Props {
  token: string | null;
  code: string;
  email: string | null;
  firstName: string | null;
  accountExists: boolean;
  /** Shown under the heading (the "I don't have an access code" help). */
  intro?: ReactNode;
  onDone: (done: PortalDone) => void;
}

type Step = { step: 'register' } | { step: 'log-in'; code: string; afterConflict: boolean };

/** New patients set a password; patients who already have an account log in instead. */
export function RegistrationPanel({
  token,
  code,
  email,
  firstName,
  accountExists,
  intro,
  onDone,
}: Props) {
  const [step, setStep] = useState<Step>(
    accountExists ? { step: 'log-in', code, afterConflict: false } : { step: 'register' },
  );
  const greeting = firstName ? `Hello ${firstName}. ` : '';
  // The link may go to a parent's account: the account holder may not be the patient.
  const record = firstName ? `${firstName}'s records` : 'this record';

  if (step.step === 'log-in') {
    return (
      <Stack>
        <Title order={1} size="h2">
          Log in to add this record
        </Title>
        {step.afterConflict && (
          <Alert
            role="status"
            color="blue"
            title="You already have a portal account: log in instead"
          >
            Your email already has a portal account, so you don't need a new one.
          </Alert>
        )}
        <Text>
          You already have a portal account{email ? ` with ${email}` : ''}. Log in with the
          password you chose for it to add {record} to your account with full access.
        </Text>
        <LogInAndLinkForm
          token={token}
          code={step.code}
          email={email}
          onLinked={(result) => onDone({ kind: 'linked', result })}
        />
      </Stack>
    );
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Set up your portal account
      </Title>
      {intro}
      <Text>
        {greeting}Choose a password for your portal account.
        {email ? ` You will log in with ${email} and this password.` : ''}
      </Text>
      <RegisterForm
        token={token}
        code={code}
        onRegistered={(result) => onDone({ kind: 'registered', result })}
        onAccountExists={(typed) => setStep({ step: 'log-in', code: typed, afterConflict: true })}
      />
    </Stack>
  );
}
