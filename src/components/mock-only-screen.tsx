import { Center, Stack, Text, Title } from '@mantine/core';

/** What a mock-only tool (Outbox, patient-portal simulator) shows in a real deployment. */
export function MockOnlyScreen() {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Title order={2}>Not available here</Title>
        <Text c="dimmed">This tool is part of the demo clinic only.</Text>
      </Stack>
    </Center>
  );
}
