import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { LinkingRequest } from '../../../api/contract/family-linking';
import { useConfirmLinking } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

/** Step 6: what to read back to the account holder: which records their login now holds. */
export function ConfirmStep({ request }: { request: LinkingRequest }) {
  const confirm = useConfirmLinking(request.id);
  const done = request.status === 'completed';
  const revoked = request.items.filter((i) => i.state === 'revoked');
  return (
    <Stack>
      <Title order={2} size="h4">
        {done ? 'Family linking finished' : 'Confirm with the account holder'}
      </Title>
      <Alert color="green" title={`Every record is linked to ${request.holder.email}`}>
        <Text size="sm">
          Read this back to {request.holder.name}: "Your login {request.holder.email} now holds
          these records. When you log in, you will see each of them in your profiles."
        </Text>
        <List size="sm" mt="xs" aria-label="Records this login holds">
          {request.holder.records.map((r) => (
            <List.Item key={r.patientId}>{r.name}</List.Item>
          ))}
        </List>
      </Alert>
      {revoked.length > 0 && (
        <Text size="sm">Revoked from this request: {revoked.map((i) => i.name).join(', ')}.</Text>
      )}
      {confirm.error && <StepFailure error={confirm.error} action="Confirmed" />}
      {!done && (
        <Group>
          <Button onClick={() => confirm.submit(null)} loading={confirm.isPending}>
            Confirmed with {request.holder.name}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
