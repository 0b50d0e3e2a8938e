import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { LinkingRequest } from '../../../api/contract/family-linking';
import { plural } from '../../../lib/format';
import { textLanguage } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';
import { useSendLinks } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

/** Step 4: issue and send every record's Medical Records Access Link in one action. */
export function SendStep({ request }: { request: LinkingRequest }) {
  const send = useSendLinks(request.id);
  const toSend = request.items.filter((i) => i.state === 'not_sent');
  const done = request.items.filter((i) => i.alreadyLinked);
  // The account holder reads every email: in their language, when it has texts.
  const language = languageName(textLanguage(request.holder.preferredLanguage));
  return (
    <Stack>
      <Title order={2} size="h4">
        Send
      </Title>
      <Text size="sm">
        One email per record goes to <strong>{request.holder.email}</strong>. Each names the record
        it links, so {request.holder.name} knows which is which. Links expire in 5 days.
      </Text>
      <Text size="sm">
        <strong>Emails in {language}</strong>, {request.holder.name}’s preferred language. To use
        another, change it on their Overview first.
      </Text>
      <List size="sm" aria-label="Links to send">
        {toSend.map((i) => (
          <List.Item key={i.patientId}>Medical Records Access Link for {i.name}</List.Item>
        ))}
      </List>
      {done.length > 0 && (
        <Text size="sm" c="dimmed">
          Already in this account, not sent again: {done.map((i) => i.name).join(', ')}.
        </Text>
      )}
      <Text size="sm">
        Tell {request.holder.name} to open each email, click the blue button and log in with their
        own password.
      </Text>
      {send.error && <StepFailure error={send.error} action="Send" />}
      <Group>
        <Button onClick={() => send.submit(null)} loading={send.isPending}>
          Send {plural(toSend.length, 'link')}
        </Button>
      </Group>
    </Stack>
  );
}
