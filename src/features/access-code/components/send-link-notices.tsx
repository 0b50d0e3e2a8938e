import { Alert, Button, Checkbox, Group, List, Text } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { AccessCode, Delivery } from '../../../api/contract/access-code';
import { emailField } from '../../../api/contract/patient';
import { EmailCheckFailedNotice } from '../../../components/email-check-failed-notice';
import { lookalikeMessage } from '../../../lib/email-domain';
import { formatDateTime } from '../../../lib/format';
import { accessCodeQueries } from '../api/access-code-queries';
import { expiresInText, whenAgo } from './access-code-text';

/** The seed's advice: a link that was sent and not used may simply not have arrived yet. */
export function AlreadySentNotice({
  last,
  code,
  asOf,
  justNow = false,
}: {
  last: Delivery;
  code: AccessCode;
  asOf: string;
  /** Sent less than a minute ago: pressing Send now sends a second email on purpose. */
  justNow?: boolean;
}) {
  const bounced = last.status === 'bounced';
  return (
    <Alert
      color={bounced ? 'red' : 'yellow'}
      title={bounced ? 'The last link bounced' : 'A link was already sent'}
    >
      <Text size="sm">
        A Medical Records Access Link was sent {whenAgo(last.at, asOf)} ({formatDateTime(last.at)})
        to <strong>{last.to}</strong> and has not been used yet.{' '}
        {bounced
          ? 'That email bounced: it never reached the patient, so the address is probably wrong. Check it with the patient.'
          : `It was ${last.status === 'delivered' ? 'delivered' : 'sent'}. Check that the patient received it (ask them to look in spam or junk) before sending it again.`}
      </Text>
      <Text size="sm" mt="xs">
        Sending again does not extend the 5-day expiry: this link {expiresInText(code, asOf)}.
      </Text>
      {justNow && (
        <Text size="sm" mt="xs" fw={600}>
          It was sent less than a minute ago. Press Send Access Link only to send a second email.
        </Text>
      )}
    </Alert>
  );
}

export function MissingEmailNotice({
  firstName,
  onPrint,
  printing,
}: {
  firstName: string;
  onPrint: () => void;
  printing: boolean;
}) {
  return (
    <Alert color="yellow" title="No email on file">
      <Text size="sm">
        {firstName} has no email address on file. Ask for one and enter it below (it will be saved
        to the contact details), or print the access code and hand it over in person.
      </Text>
      <Button mt="xs" size="xs" variant="default" onClick={onPrint} loading={printing}>
        Print access code instead
      </Button>
    </Alert>
  );
}

export function TypoNotice({ suggestion, onUse }: { suggestion: string; onUse: () => void }) {
  return (
    <Alert color="orange" title="Possible typo in the email address">
      <Group gap="xs" justify="space-between">
        <Text size="sm">
          Did you mean <strong>{suggestion}</strong>? Check with the patient.
        </Text>
        <Button size="xs" variant="default" onClick={onUse}>
          Use {suggestion}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * Warns, once typing settles, when the address belongs to someone else: another patient outside
 * the family, or a teenager's parent or guardian.
 */
export function EmailOwnerNotices({
  patientId,
  firstName,
  age,
  email,
}: {
  patientId: string;
  firstName: string;
  age: number;
  email: string;
}) {
  const [settled] = useDebouncedValue(email.trim(), 400);
  const valid = emailField.safeParse(settled).success;
  const { data, isError } = useQuery({
    ...accessCodeQueries.emailCheck(patientId, settled.toLowerCase()),
    enabled: valid,
  });
  if (!valid || settled !== email.trim()) return null;
  if (isError && !data) return <EmailCheckFailedNotice readBackTo="patient" />;
  if (!data) return null;
  return (
    <>
      {data.onFileFor.length > 0 && (
        <Alert color="orange" title="This address is on file for another patient">
          <Text size="sm">
            It belongs to a patient outside {firstName}'s family. A link sent here could open{' '}
            {firstName}'s record to them. Check the address with the patient.
          </Text>
          <List size="sm" mt={4}>
            {data.onFileFor.map((p) => (
              <List.Item key={p.patientId}>{p.name}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {data.guardianName && (
        <Alert color="orange" title="This is a parent's or guardian's address">
          <Text size="sm">
            {firstName} is {age}, and this address belongs to <strong>{data.guardianName}</strong>.
            A teenager's portal account should use their own email: in one published study, 62% of
            adolescent portal accounts were registered with a guardian's email, which lets the
            guardian read the teenager's confidential information.
          </Text>
        </Alert>
      )}
    </>
  );
}

/**
 * A domain that only looks familiar (a Cyrillic а in exаmple.com, or its xn-- form): shown as it
 * really reads, and sent only once staff tick that they checked it with the patient.
 */
export function LookalikeDomainNotice({
  readable,
  error,
  checkbox,
}: {
  readable: string;
  error: string | undefined;
  checkbox: UseFormRegisterReturn;
}) {
  return (
    <Alert color="red" title="This domain only looks familiar">
      <Text size="sm">
        {lookalikeMessage(readable)} It mixes letters from different alphabets, so the email may go
        to someone else.
      </Text>
      <Text size="sm" mt={4}>
        Domain as entered: <strong dir="ltr">{readable}</strong>
      </Text>
      <Checkbox
        mt="xs"
        label="I checked this domain letter by letter with the patient"
        {...checkbox}
        error={error}
      />
    </Alert>
  );
}
