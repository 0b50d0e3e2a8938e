import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import * as zm from 'zod/mini';
import {
  PASSWORD_RULES,
  portalRegisterRequestSchema,
  type PortalResult,
} from '../../../api/contract/portal';
import { ApiError } from '../../../api/errors';
import { PortalError } from './portal-error';
import { showFieldErrors } from '../../../lib/form-errors';
import { useRegisterPortalAccount } from '../api/portal-queries';
import { AccessCodeField } from './access-code-field';

// Pure: the normal build drops this screen, so it must be able to drop this line too.
const registerFormSchema = /* @__PURE__ */ zm
  .extend(zm.pick(portalRegisterRequestSchema, { code: true, password: true }), {
    confirmPassword: z
      .string()
      .min(1, { error: 'Confirm password: type your new password again.' }),
  })
  .check(
    z.refine((v) => v.password === v.confirmPassword, {
      path: ['confirmPassword'],
      error: 'Confirm password does not match Password. Type the same password in both fields.',
    }),
  );
type RegisterFormValues = z.infer<typeof registerFormSchema>;

interface Props {
  token: string | null;
  code: string;
  onRegistered: (result: PortalResult) => void;
  /** The email already has an account: the patient logs in instead, keeping the code. */
  onAccountExists: (code: string) => void;
}

const isAccountExists = (e: unknown) => e instanceof ApiError && e.type === 'account-exists';

export function RegisterForm({ token, code, onRegistered, onAccountExists }: Props) {
  const form = useForm<RegisterFormValues>({
    resolver: zodResolver(registerFormSchema),
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
          showFieldErrors(error, form.setError, ['code', 'password']);
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
          label="Password"
          description={`Choose your own password. ${PASSWORD_RULES}`}
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput
          label="Confirm password"
          description="Type the same password again."
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Button type="submit" loading={registration.isPending}>
          Create my account
        </Button>
      </Stack>
    </form>
  );
}
