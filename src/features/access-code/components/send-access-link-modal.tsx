import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { sendAccessLinkRequestSchema, type AccessStatus } from '../../../api/contract/access-code';
import { ApiError } from '../../../api/errors';
import { ageOn } from '../../../lib/dates';
import { suggestEmailFix } from '../../../lib/email-typos';
import { useSendAccessLink } from '../api/access-code-mutations';
import { expiresInText, lastEmailFor } from './access-code-text';
import { SendFailureAlert, stalePatient } from './send-failure-alert';
import {
  AlreadySentNotice,
  EmailOwnerNotices,
  MissingEmailNotice,
  TypoNotice,
} from './send-link-notices';

// The checkbox starts unticked, so the form takes a boolean and the contract's rule turns it into `true`.
const sendFormSchema = sendAccessLinkRequestSchema.pick({ email: true }).extend({
  confirmedWithPatient: z.boolean().pipe(sendAccessLinkRequestSchema.shape.confirmedWithPatient),
});

interface Props {
  status: AccessStatus;
  onClose: () => void;
  onPrintInstead: () => void;
  printing: boolean;
}

function SendAccessLinkForm({ status, onClose, onPrintInstead, printing }: Props) {
  const { patient, code, deliveries, asOf } = status;
  const hasActiveCode = code?.state === 'active';
  const [version, setVersion] = useState(patient.version);
  const send = useSendAccessLink(patient.id);
  const form = useForm({
    resolver: zodResolver(sendFormSchema),
    defaultValues: { email: patient.email ?? '', confirmedWithPatient: false },
  });
  const email = useWatch({ control: form.control, name: 'email' });
  const typoFix = suggestEmailFix(email.trim());
  const last = lastEmailFor(code, deliveries);

  const submit = form.handleSubmit((values) => {
    const body = { ...values, version, issueCodeIfNone: !hasActiveCode };
    send.mutate(body, {
      onSuccess: ({ delivery }) => {
        notifications.show({
          color: delivery.status === 'bounced' ? 'orange' : 'green',
          title: 'Access link sent',
          message: `Medical Records Access Link sent to ${values.email}.${delivery.status === 'bounced' ? ' The email bounced: check the address with the patient.' : ''}`,
        });
        onClose();
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fieldMessage = error.fieldError('email');
        if (fieldMessage) form.setError('email', { message: fieldMessage });
        // The staff member has now seen the current details: a retry may save over them.
        const current = stalePatient(error);
        if (current) setVersion(current.version);
      },
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          {hasActiveCode
            ? `Emails ${patient.firstName} the Medical Records Access Link for the active access code, which ${expiresInText(code, asOf)}.`
            : `Issues a new access code and emails ${patient.firstName} the Medical Records Access Link in one step. The link expires 5 days after it is issued.`}
        </Text>
        {last && code && <AlreadySentNotice last={last} code={code} asOf={asOf} />}
        {!patient.email && (
          <MissingEmailNotice
            firstName={patient.firstName}
            onPrint={onPrintInstead}
            printing={printing}
          />
        )}
        <TextInput
          label="Email address"
          type="email"
          description={
            patient.email && email.trim() !== patient.email
              ? `This replaces ${patient.email} in ${patient.firstName}'s contact details.`
              : 'Read it back to the patient, letter by letter.'
          }
          {...form.register('email')}
          error={form.formState.errors.email?.message}
          data-autofocus
        />
        {typoFix && (
          <TypoNotice
            suggestion={typoFix}
            onUse={() => form.setValue('email', typoFix, { shouldValidate: true })}
          />
        )}
        <EmailOwnerNotices
          patientId={patient.id}
          firstName={patient.firstName}
          age={ageOn(patient.dateOfBirth, asOf)}
          email={email}
        />
        <Checkbox
          label="I confirmed this email address with the patient"
          {...form.register('confirmedWithPatient')}
          error={form.formState.errors.confirmedWithPatient?.message}
        />
        {send.error && (
          <SendFailureAlert
            error={send.error}
            onUseEmail={(current) => form.setValue('email', current, { shouldValidate: true })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={send.isPending}>
            Send Access Link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SendAccessLinkModal({ opened, ...props }: Props & { opened: boolean }) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={opened}
      onClose={props.onClose}
      title="Send Access Link"
      size="lg"
    >
      <SendAccessLinkForm {...props} />
    </Modal>
  );
}
