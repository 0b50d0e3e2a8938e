import { Button, Paper, Stack, Text } from '@mantine/core';
import type { OutboxEmail } from '../../../api/contract/outbox';

/** The message as it looks in the patient's inbox, with its blue button. */
export function EmailPreview({ email }: { email: OutboxEmail }) {
  return (
    <Paper bg="gray.0" p="md" radius="sm">
      <Stack gap="sm">
        {email.body.split('\n\n').map((para) => (
          <Text key={para} size="sm">
            {para}
          </Text>
        ))}
        {email.link && email.buttonLabel && (
          <Stack gap={4} align="flex-start">
            <Button
              component="span"
              color="blue"
              tabIndex={-1}
              aria-hidden
              style={{ pointerEvents: 'none' }}
            >
              {email.buttonLabel}
            </Button>
            <Button component="a" href={email.link} variant="outline" size="xs">
              Open as patient
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
