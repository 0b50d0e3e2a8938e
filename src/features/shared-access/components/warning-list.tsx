import { Alert, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { SharedAccessWarning } from '../../../api/contract/shared-access';
import { AnchorLink } from '../../../components/anchor-link';
import { can } from '../../../lib/permissions';

const staffRoute = getRouteApi('/_staff');

/** A duplicate offers the edit of the grant it duplicates (its id only goes in the URL). */
function ExistingGrantLink({
  grantId,
  patientId,
  carePartnerName,
}: {
  grantId: string | null;
  patientId: string;
  carePartnerName: string;
}) {
  const { user } = staffRoute.useRouteContext();
  if (grantId && can(user.role, 'proxy.editGrant')) {
    return (
      <AnchorLink
        to="/patients/$patientId/shared-access"
        params={{ patientId }}
        search={{ edit: grantId }}
        size="sm"
      >
        Edit {carePartnerName}'s grant
      </AnchorLink>
    );
  }
  return (
    <AnchorLink to="/patients/$patientId/shared-access" params={{ patientId }} size="sm">
      Open the existing grant on the Shared Access tab
    </AnchorLink>
  );
}

/** Each warning in plain words; they are recorded with the decision. */
export function WarningList({
  warnings,
  patientId,
  carePartnerName,
}: {
  warnings: SharedAccessWarning[];
  patientId: string;
  carePartnerName: string;
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
            <ExistingGrantLink
              grantId={w.grantId}
              patientId={patientId}
              carePartnerName={carePartnerName}
            />
          )}
        </Alert>
      ))}
    </Stack>
  );
}
