import { List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { PortalResult } from '../../../api/contract/portal';

export interface PortalDone {
  kind: 'registered' | 'linked';
  result: PortalResult;
}

const ACCESS_LABEL = { full: 'Full access', limited: 'Limited access' } as const;

/** What the patient sees once the link worked: how to log in from now on, and their records. */
export function PortalResultView({ done }: { done: PortalDone }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the patient was in has gone: move focus so screen readers announce the outcome.
  useEffect(() => heading.current?.focus(), []);
  const { accountEmail, records } = done.result;
  return (
    <Stack>
      <Title order={1} size="h2" ref={heading} tabIndex={-1}>
        {done.kind === 'registered'
          ? 'Your portal account is ready'
          : 'This record was added to your portal account'}
      </Title>
      <Text>
        {done.kind === 'registered'
          ? "From now on, log in with your email and the password you just chose — you won't need the code again."
          : "Keep logging in with your email and your password — you won't need the code again."}
      </Text>
      <Text>
        Your account: <strong>{accountEmail}</strong>
      </Text>
      <Title order={2} size="h4">
        Records in your account
      </Title>
      <List aria-label="Records in your account">
        {records.map((r, i) => (
          <List.Item key={`${i}-${r.name}`}>
            {r.name} — {ACCESS_LABEL[r.access]}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
