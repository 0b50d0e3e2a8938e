import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LinkingRequest } from '../../../api/contract/family-linking';
import { useReviewEmails } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

/**
 * Step 3: optionally give every record the account holder's email, so the family manages one
 * inbox. Old → new for each record, confirmed once; each change is saved against its version.
 */
export function EmailsStep({ request }: { request: LinkingRequest }) {
  const to = request.holder.email;
  const rows = request.items.filter((i) => !i.alreadyLinked && i.state !== 'revoked');
  const changing = rows.filter((i) => i.email !== to);
  const [picked, setPicked] = useState(() => new Set(changing.map((i) => i.patientId)));
  const review = useReviewEmails(request.id);
  const changes = changing
    .filter((i) => picked.has(i.patientId))
    .map((i) => ({ patientId: i.patientId, version: i.version }));

  return (
    <Stack>
      <Title order={2} size="h4">
        Emails
      </Title>
      <Text size="sm">
        Every link goes to {to}. Optionally put that address on each record too, so{' '}
        {request.holder.name} manages every record's email in one inbox.
      </Text>
      {changing.length === 0 ? (
        <Text size="sm">Every record already has {to} on file.</Text>
      ) : (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            {changing.map((i) => (
              <Checkbox
                key={i.patientId}
                checked={picked.has(i.patientId)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setPicked((s) => {
                    const next = new Set(s);
                    if (on) next.add(i.patientId);
                    else next.delete(i.patientId);
                    return next;
                  });
                }}
                label={`${i.name}: ${i.email ?? 'no email'} → ${to}`}
              />
            ))}
          </Stack>
        </Paper>
      )}
      {review.error && <StepFailure error={review.error} action="the button" />}
      <Group>
        <Button onClick={() => review.mutate({ changes })} loading={review.isPending}>
          {changes.length === 0
            ? 'Keep the emails on file'
            : changes.length === 1
              ? 'Confirm 1 email change'
              : `Confirm ${changes.length} email changes`}
        </Button>
      </Group>
    </Stack>
  );
}
