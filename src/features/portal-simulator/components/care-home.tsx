import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { SCOPE_LABELS, type CareHome } from '../../../api/contract/shared-access';
import { invitationQueries } from '../api/invitation-queries';

/** The care partner's home: whose records they can see, and which parts. Rechecked continually. */
export function CareHomeView({
  initial,
  credentials,
}: {
  initial: CareHome;
  credentials: { email: string; password: string };
}) {
  const { data = initial, error } = useQuery({
    ...invitationQueries.careHome(credentials),
    initialData: initial,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        Your shared access
      </Title>
      <Text size="sm">Logged in with your own login: {data.accountEmail}</Text>
      {error && <Alert color="red">{error.message}</Alert>}
      {data.records.length === 0 ? (
        <Alert color="gray" title="No records to show">
          You don’t have access to anyone’s records right now. If you think this is wrong, call the
          clinic.
        </Alert>
      ) : (
        data.records.map((r) => (
          <section key={r.patientName} aria-label={`${r.patientName}'s records`}>
            <Title order={2} size="h4">
              {r.patientName}’s records
            </Title>
            <Text size="sm">You can see and use:</Text>
            <List size="sm">
              {r.scope.map((c) => (
                <List.Item key={c}>{SCOPE_LABELS[c]}</List.Item>
              ))}
            </List>
            {r.until && <Text size="sm">Until {r.until}</Text>}
          </section>
        ))
      )}
    </Stack>
  );
}
