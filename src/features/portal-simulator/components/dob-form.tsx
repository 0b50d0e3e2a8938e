import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { confirmDobSchema } from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { inPageLanguage, showPortalFieldError } from './portal-checks';
import { PortalError } from './portal-error';
import { useConfirmDob } from '../api/invitation-queries';
import { usePortalTexts } from './portal-texts';

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
  const { t } = usePortalTexts().tr;
  const confirm = useConfirmDob(token);
  // A wrong date uses up this try: what is left after it.
  const context = { carePartner: true, triesLeft: triesLeft - 1 };
  const form = useForm({
    resolver: inPageLanguage(zodResolver(confirmDobSchema), t, { firstName }),
    defaultValues: { dateOfBirth: '' },
  });
  const submit = form.handleSubmit(({ dateOfBirth }) =>
    confirm.submit(dateOfBirth, {
      // A wrong date is the field's error; a server or network failure is not the date's fault.
      onError: (e) => showPortalFieldError(t, e, form.setError, ['dateOfBirth'], context),
    }),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          type="date"
          label={t('portal.dob.label', { firstName })}
          description={t('portal.dob.help', { firstName, triesLeft })}
          {...form.register('dateOfBirth')}
          error={form.formState.errors.dateOfBirth?.message}
        />
        <Text size="xs" c="dimmed">
          {t('portal.dob.warning')}
        </Text>
        {confirm.error &&
          !(confirm.error instanceof ApiError && confirm.error.fieldErrors.length) && (
            <PortalError error={confirm.error} context={context} />
          )}
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('portal.dob.button')}
        </Button>
      </Stack>
    </form>
  );
}
