import { Stack, Text, Title } from '@mantine/core';
import { UNUSABLE_LINK_MESSAGES, type UnusableLinkState } from '../../../api/contract/portal';
import { AnchorLink } from '../../../components/anchor-link';

/** An expired, cancelled, replaced or already used link: say so plainly, and what to do. No form. */
export function UnusableLink({ state }: { state: UnusableLinkState }) {
  const { title, detail } = UNUSABLE_LINK_MESSAGES[state];
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{detail}</Text>
      {state === 'redeemed' ? (
        <AnchorLink to="/portal">Go to the portal home page to log in</AnchorLink>
      ) : (
        <Text size="sm" c="dimmed">
          Call or visit the clinic: the front desk can email you a new link in a minute.
        </Text>
      )}
    </Stack>
  );
}
