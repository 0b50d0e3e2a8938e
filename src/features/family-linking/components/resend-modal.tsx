import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  resendLinkSchema,
  type LinkingItem,
  type LinkingRequest,
} from '../../../api/contract/family-linking';
import { emailField } from '../../../api/contract/patient';
import { suggestEmailFix } from '../../../lib/email-typos';
import { useResendLink } from '../api/family-linking-mutations';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { expiryText } from './linking-text';
import { StepFailure } from './step-failure';

/** The Send Access Link checks, for one record: typo, someone else's address, confirm first. */
function EmailWarnings({ item, email }: { item: LinkingItem; email: string }) {
  const [settled] = useDebouncedValue(email.trim(), 400);
  const valid = emailField.safeParse(settled).success;
  const { data } = useQuery({
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

export function ResendModal({
  request,
  item,
  onClose,
}: {
  request: LinkingRequest;
  item: LinkingItem;
  onClose: () => void;
}) {
  const [email, setEmail] = useState(item.sentTo ?? request.holder.email);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ email?: string; confirmed?: string }>({});
  const resend = useResendLink(request.id);
  const bounced = item.state === 'bounced';

  const onSend = () => {
    const parsed = resendLinkSchema.safeParse({
      email,
      confirmedWithPatient: confirmed,
      version: item.version,
    });
    if (!parsed.success) {
      const byField = (f: string) => parsed.error.issues.find((i) => i.path[0] === f)?.message;
      return setErrors({ email: byField('email'), confirmed: byField('confirmedWithPatient') });
    }
    setErrors({});
    resend.mutate({ patientId: item.patientId, ...parsed.data }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Resend ${item.name}'s link`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
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
              : `Sending again does not extend the expiry: ${expiryText(item.expiresAt, request.asOf).toLowerCase()}.`}
          </Text>
        </Alert>
        <TextInput
          label="Email address"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
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
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          error={errors.confirmed}
        />
        {resend.error && <StepFailure error={resend.error} action="Resend link" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={onSend} loading={resend.isPending}>
            Resend link
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
