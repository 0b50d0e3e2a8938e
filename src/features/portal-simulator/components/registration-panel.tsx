import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { LogInAndLinkForm } from './log-in-and-link-form';
import type { PortalDone } from './portal-result';
import { RegisterForm } from './register-form';
import { usePortalTexts } from './portal-texts';

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
  const { t } = usePortalTexts().tr;
  // The link may go to a parent's account: the account holder may not be the patient.
  const names = { firstName: firstName ?? 'none', email: email ?? 'none' };

  if (step.step === 'log-in') {
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('portal.logIn.title')}
        </Title>
        {step.afterConflict && (
          <Alert role="status" color="blue" title={t('portal.logIn.conflictTitle')}>
            {t('portal.logIn.conflictText')}
          </Alert>
        )}
        <Text>{t('portal.logIn.intro', names)}</Text>
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
        {t('portal.register.title')}
      </Title>
      {intro}
      <Text>{t('portal.register.intro', names)}</Text>
      <RegisterForm
        token={token}
        code={code}
        onRegistered={(result) => onDone({ kind: 'registered', result })}
        onAccountExists={(typed) => setStep({ step: 'log-in', code: typed, afterConflict: true })}
      />
    </Stack>
  );
}
