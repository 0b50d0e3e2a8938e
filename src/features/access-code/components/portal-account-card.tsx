import { Card, List, Stack, Text, Title } from '@mantine/core';
import type { AccessStatus } from '../../../api/contract/access-code';
import { AnchorLink } from '../../../components/anchor-link';
import { PortalStatusBadge } from '../../../components/status-badges';
import { formatDate } from '../../../lib/format';

const HOW_CREATED = {
  online_booking: 'by booking online',
  access_link: 'through a Medical Records Access Link',
} as const;

/** Which portal account holds this record, and which other records share it. */
export function PortalAccountCard({ status }: { status: AccessStatus }) {
  const { patient, account } = status;
  const others = account?.records.filter((r) => r.patientId !== patient.id) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="portal-account-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="portal-account-title">
          Portal account
        </Title>
        <PortalStatusBadge status={patient.portalStatus} />
        {!account ? (
          <Text size="sm">
            No portal account holds this record. Send a Medical Records Access Link so the patient
            can set one up.
          </Text>
        ) : (
          <>
            <Text size="sm">
              Held by the portal account <strong>{account.email}</strong>, created{' '}
              {HOW_CREATED[account.createdVia]} on {formatDate(account.createdAt)}.
            </Text>
            {patient.portalStatus === 'limited' && (
              <Text size="sm">
                Limited access: records the clinic added are not visible. Send a Medical Records
                Access Link to give full access; the patient logs in with the password they already
                have.
              </Text>
            )}
            {others.length === 0 ? (
              <Text size="sm" c="dimmed">
                No other records in this account.
              </Text>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  Other records in this account
                </Text>
                <List size="sm">
                  {others.map((r) => (
                    <List.Item key={r.patientId}>
                      <AnchorLink to="/patients/$patientId" params={{ patientId: r.patientId }}>
                        {r.name}
                      </AnchorLink>{' '}
                      ({r.access} access)
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
