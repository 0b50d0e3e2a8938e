import { Alert, Stack, Text, Title } from '@mantine/core';
import type { SharedAccessWarning } from '../../../api/contract/shared-access';
import { AnchorLink } from '../../../components/anchor-link';

/** Each warning in plain words; they are recorded with the decision. */
export function WarningList({
  warnings,
  patientId,
}: {
  warnings: SharedAccessWarning[];
  patientId: string;
}) {
  if (!warnings.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="warnings-heading">
      <Title order={2} size="h4" id="warnings-heading">
        Warnings
      </Title>
      {warnings.map((w) => (
        <Alert key={w.code} color={w.blocksApproval ? 'red' : 'yellow'} title={w.title}>
          <Text size="sm">{w.detail}</Text>
          {w.code === 'duplicate_grant' && (
            <AnchorLink to="/patients/$patientId/shared-access" params={{ patientId }} size="sm">
              Open the existing grant on the Shared Access tab
            </AnchorLink>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
