import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  resendLinkSchema,
  type LinkingItem,
  type LinkingRequest,
} from '../../../api/contract/family-linking';
import { emailField } from '../../../api/contract/patient';
import { EmailCheckFailedNotice } from '../../../components/email-check-failed-notice';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { suggestEmailFix } from '../../../lib/email-typos';
import { draftOr } from '../../../lib/form-drafts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useResendLink } from '../api/family-linking-mutations';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { expiryText } from './linking-text';
import { StepFailure } from './step-failure';

// The checkbox starts unticked, so the form takes a boolean and the contract's rule turns it into
// `true`; the version is the one shown when the dialog opened, added when sending.
const resendFormSchema = resendLinkSchema.pick({ email: true }).extend({
  confirmedWithPatient: z.boolean().pipe(resendLinkSchema.shape.confirmedWithPatient),
});

/** The Send Access Link checks, for one record: typo, someone else's address, confirm first. */
function EmailWarnings({ item, email }: { item: LinkingItem; email: string }) {
  const [settled] = useDebouncedValue(email.trim(), 400);
  const valid = emailField.safeParse(settled).success;
  const { data, isError } = useQuery({
    ...familyLinkingQueries.emailCheck(item.patientId, settled.toLowerCase()),
    enabled: valid,
  });
  const fix = suggestEmailFix(email.trim());
  return (
    <>
      {fix && (
        <Alert color="orange" title="Possible typo in the email address">
          <Text size="sm">
            Did you mean <strong>{fix}</strong>? Check with the account holder.
          </Text>
        </Alert>
      )}
      {valid && isError && !data && settled === email.trim() && (
        <EmailCheckFailedNotice readBackTo="account holder" />
      )}
      {valid && data && settled === email.trim() && data.onFileFor.length > 0 && (
        <Alert color="orange" title="This address is on file for another patient">
          <Text size="sm">
            It belongs to {data.onFileFor.map((p) => p.name).join(', ')}, outside this family. A
            link sent here could open {item.name}'s record to them. Check the address.
          </Text>
        </Alert>
      )}
    </>
  );
}

/** What was typed survives a forced or idle sign-out (in memory), keyed by request and item. */
export const resendDraftKey = (requestId: string, itemId: string) =>
  `family-resend:${requestId}:${itemId}`;

export function ResendModal({
  request,
  item,
  onClose,
}: {
  request: LinkingRequest;
  item: LinkingItem;
  onClose: () => void;
}) {
  // Closing unmounts the dialog, which abandons a request still under way.
  const resend = useResendLink(request.id, item.id);
  const draftKey = resendDraftKey(request.id, item.id);
  const form = useForm<
    z.input<typeof resendFormSchema>,
    unknown,
    z.output<typeof resendFormSchema>
  >({
    resolver: zodResolver(resendFormSchema),
    // The tick comes back with the address it was given for, as in Send Access Link: the same
    // person confirmed that very address before the session ended.
    defaultValues: draftOr(draftKey, {
      email: item.sentTo ?? request.holder.email,
      confirmedWithPatient: false,
    }),
  });
  useFormDraft(draftKey, form);
  const email = useWatch({ control: form.control, name: 'email' });
  const bounced = item.state === 'bounced';

  const submit = form.handleSubmit((values) =>
    resend.submit(values, {
      body: (v) => ({ ...v, version: item.version }),
      onSuccess: onClose,
      onError: (error) => showFieldErrors(error, form.setError, ['email', 'confirmedWithPatient']),
    }),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Resend ${item.name}'s link`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Alert
            color={bounced ? 'red' : 'yellow'}
            title={bounced ? 'The last link bounced' : 'A link was already sent'}
          >
            <Text size="sm">
              {bounced
                ? `The email to ${item.sentTo ?? 'the account holder'} bounced: it never arrived, so the address is probably wrong. Check it with ${request.holder.name}.`
                : `Check that ${request.holder.name} received it (spam or junk folder) before sending again.`}{' '}
              {item.state === 'expired'
                ? 'The link expired: a new one is issued.'
                : item.state === 'locked'
                  ? 'The link was locked after wrong codes: a new one is issued.'
                  : `Sending again does not extend the expiry: ${expiryText(item.expiresAt, request.asOf).toLowerCase()}.`}
            </Text>
          </Alert>
          <TextInput
            label="Email address"
            type="email"
            {...form.register('email')}
            error={form.formState.errors.email?.message}
            description={
              email.trim() !== (item.email ?? '')
                ? `Saved to ${item.name}'s contact details when sent.`
                : 'Read it back, letter by letter.'
            }
            data-autofocus
          />
          <EmailWarnings item={item} email={email} />
          <Checkbox
            label="I confirmed this email address with the account holder"
            {...form.register('confirmedWithPatient')}
            error={form.formState.errors.confirmedWithPatient?.message}
          />
          {resend.error && <StepFailure error={resend.error} action="Resend link" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={resend.isPending}>
              Resend link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
