import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { confirmDobSchema } from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { PortalError } from './portal-error';
import { useConfirmDob } from '../api/invitation-queries';

/** Step 1: the patient's date of birth. Three wrong tries void the invitation. */
export function DobForm({
  token,
  firstName,
  triesLeft,
}: {
  token: string;
  firstName: string;
  triesLeft: number;
}) {
  const confirm = useConfirmDob(token);
  const form = useForm({
    resolver: zodResolver(confirmDobSchema),
    defaultValues: { dateOfBirth: '' },
  });
  const submit = form.handleSubmit(({ dateOfBirth }) =>
    confirm.submit(dateOfBirth, {
      // A wrong date is the field's error; a server or network failure is not the date's fault.
      onError: (e) => {
        const message = e instanceof ApiError ? e.fieldError('dateOfBirth') : undefined;
        if (message) form.setError('dateOfBirth', { message });
      },
    }),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          type="date"
          label={`${firstName}'s date of birth`}
          description={`To protect ${firstName}'s records. You have ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'}.`}
          {...form.register('dateOfBirth')}
          error={form.formState.errors.dateOfBirth?.message}
        />
        <Text size="xs" c="dimmed">
          After 3 wrong tries this invitation stops working.
        </Text>
        {confirm.error &&
          !(confirm.error instanceof ApiError && confirm.error.fieldErrors.length) && (
            <PortalError error={confirm.error} />
          )}
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          Continue
        </Button>
      </Stack>
    </form>
  );
}
