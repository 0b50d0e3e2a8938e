import { Alert, Button, Text } from '@mantine/core';
import type { AccessCode, Delivery } from '../../../api/contract/access-code';
import { formatDateTime } from '../../../lib/format';
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
