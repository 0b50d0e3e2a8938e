import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

/** An id that names no patient: nothing to try again, so the way out is search. */
export function PatientNotFound() {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" role="alert">
        <Title order={2}>Patient not found</Title>
        <Text c="dimmed">No patient has this id. Search for the patient again.</Text>
        <Button component={Link} to="/patients">
          Go to patient search
        </Button>
      </Stack>
    </Center>
  );
}
