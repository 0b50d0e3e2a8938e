import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { updateContactRequestSchema } from '../../../api/contract/contact';
import type { Patient } from '../../../api/contract/patient';
import { EmailNotices } from '../../../components/email-notices';
import { lookalikeDomain, lookalikeMessage, sameEmail } from '../../../lib/email-domain';
import { isRevokedAddress, revokedAddressMessage } from '../../../lib/email-problems';
import { showFieldErrors } from '../../../lib/form-errors';
import { fullName } from '../../../lib/format';
import { useUpdateContact } from '../api/patient-mutations';
import { useRecordChange } from '../api/use-record-change';
import { EditContactFailureAlert } from './edit-contact-failure-alert';
import { RecordChangeModal } from './record-change-modal';

interface Values {
  email: string;
  phone: string;
  confirmedLookalikeDomain: boolean;
}

// The contract's rules and messages, reached from what was typed: an empty box is "none on file".
// A lookalike domain needs its own tick, checked by the same predicate the API uses.
const editContactSchema = z
  .custom<Values>()
  .transform((v): Omit<z.input<typeof updateContactRequestSchema>, 'version'> => ({
    email: v.email.trim() || null,
    phone: v.phone.trim() || null,
    confirmedLookalikeDomain: v.confirmedLookalikeDomain,
  }))
  .pipe(zm.omit(updateContactRequestSchema, { version: true }))
  .superRefine((v, ctx) => {
    const lookalike = v.email === null ? null : lookalikeDomain(v.email);
    if (lookalike && !v.confirmedLookalikeDomain) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmedLookalikeDomain'],
        message: lookalikeMessage(lookalike),
      });
    }
  });

const FIELDS = ['email', 'phone', 'confirmedLookalikeDomain'] as const;

function EditContactForm({
  patient,
  save,
  onClose,
}: {
  patient: Patient;
  save: ReturnType<typeof useUpdateContact>;
  onClose: () => void;
}) {
  const form = useForm<Values, unknown, z.output<typeof editContactSchema>>({
    resolver: zodResolver(editContactSchema),
    defaultValues: {
      email: patient.email ?? '',
      phone: patient.phone ?? '',
      confirmedLookalikeDomain: false,
    },
  });
  const change = useRecordChange<z.output<typeof editContactSchema>>(patient, save);
  const { errors } = form.formState;
  const email = useWatch({ control: form.control, name: 'email' }).trim();
  // The address a link reached the wrong person at: said at once, and refused as the API does.
  const revoked = isRevokedAddress(patient.emailProblem, email) ? patient.emailProblem : null;

  const submit = form.handleSubmit((values) => {
    if (revoked) return form.setError('email', { message: revokedAddressMessage(revoked) });
    change.submit(values, {
      onSaved: (saved) => {
        notifications.show({
          color: 'green',
          title: 'Contact details saved',
          message:
            saved.version === change.version
              ? `Nothing changed: ${fullName(patient)}'s details were already these.`
              : `${fullName(patient)}'s email and phone are updated.`,
        });
        onClose();
      },
      onError: (error) => showFieldErrors(error, form.setError, FIELDS),
    });
  });

  const takeCurrent = (current: Patient) => {
    form.setValue('email', current.email ?? '', { shouldValidate: true });
    form.setValue('phone', current.phone ?? '', { shouldValidate: true });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          label="Email address"
          type="email"
          description={
            patient.email && !sameEmail(email, patient.email)
              ? `This replaces ${patient.email}. Leave it empty if ${patient.firstName} has no email.`
              : 'Read it back to the patient, letter by letter.'
          }
          {...form.register('email')}
          error={errors.email?.message ?? (revoked ? revokedAddressMessage(revoked) : undefined)}
          data-autofocus
        />
        <EmailNotices
          email={email}
          patient={patient}
          age={patient.age}
          onUseFix={(fixed) => form.setValue('email', fixed, { shouldValidate: true })}
          lookalikeCheckbox={form.register('confirmedLookalikeDomain')}
          lookalikeError={errors.confirmedLookalikeDomain?.message}
        />
        <TextInput
          label="Phone"
          type="tel"
          description="Digits, spaces and + ( ) - . only. Leave it empty if there is none."
          {...form.register('phone')}
          error={errors.phone?.message}
        />
        {save.error && <EditContactFailureAlert error={save.error} onUseCurrent={takeCurrent} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Corrects the email and phone on file, with the guards of Send Access Link. */
export function EditContactModal({
  opened,
  patient,
  onClose,
}: {
  opened: boolean;
  patient: Patient;
  onClose: () => void;
}) {
  const save = useUpdateContact(patient.id);
  return (
    <RecordChangeModal opened={opened} title="Edit contact details" save={save} onClose={onClose}>
      {(close) => <EditContactForm patient={patient} save={save} onClose={close} />}
    </RecordChangeModal>
  );
}
