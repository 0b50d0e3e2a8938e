import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Grant } from '../../../api/contract/shared-access';
import type { StaffRole } from '../../../api/contract/session';
import { describeError } from '../../../api/errors';
import { hasDraft } from '../../../lib/form-drafts';
import { can, deniedReason } from '../../../lib/permissions';
import { isEditableGrant } from '../../../lib/shared-access-rules';
import { useResendInvitation } from '../api/shared-access-mutations';
import { RevokeGrantModal, revokeGrantDraftKey } from './revoke-grant-modal';

const LIVE: Grant['status'][] = ['active', 'invited', 'invitation_expired', 'invitation_void'];

/** Edit opens the grant's edit dialog on the Shared Access tab: its id only goes in the URL. */
function EditControl({ grant, role }: { grant: Grant; role: StaffRole }) {
  const label = `Edit ${grant.carePartner.name}'s grant`;
  if (can(role, 'proxy.editGrant')) {
    return (
      <Button
        size="xs"
        variant="default"
        aria-label={label}
        renderRoot={(props) => (
          <Link
            {...props}
            to="/patients/$patientId/shared-access"
            params={{ patientId: grant.patientId }}
            search={{ edit: grant.id }}
          />
        )}
      >
        Edit
      </Button>
    );
  }
  const reasonId = `edit-denied-${grant.id}`;
  return (
    <>
      <Button
        size="xs"
        variant="default"
        data-disabled
        aria-disabled
        aria-describedby={reasonId}
        aria-label={label}
      >
        Edit
      </Button>
      <Text size="xs" id={reasonId}>
        {deniedReason('proxy.editGrant')}
      </Text>
    </>
  );
}

/**
 * Edit and Revoke (each from the permissions table) and, for an invitation nobody accepted,
 * Send again.
 */
export function GrantActions({ grant, role }: { grant: Grant; role: StaffRole }) {
  // After an idle or forced sign-out, signing back in reopens a revoke that was being filled.
  const [revoking, setRevoking] = useState(() => hasDraft(revokeGrantDraftKey(grant.id)));
  const resend = useResendInvitation();
  const mayRevoke = can(role, 'proxy.revoke');
  const reasonId = `revoke-denied-${grant.id}`;
  const canResend = ['invited', 'invitation_expired', 'invitation_void'].includes(grant.status);
  if (!LIVE.includes(grant.status)) return <Text size="sm">None</Text>;
  return (
    <Group gap="xs">
      {isEditableGrant(grant.status) && <EditControl grant={grant} role={role} />}
      <Button
        size="xs"
        color="red"
        variant="light"
        data-disabled={!mayRevoke || undefined}
        aria-disabled={!mayRevoke || undefined}
        aria-describedby={mayRevoke ? undefined : reasonId}
        onClick={() => mayRevoke && setRevoking(true)}
        aria-label={`Revoke ${grant.carePartner.name}'s access`}
      >
        Revoke
      </Button>
      {!mayRevoke && (
        <Text size="xs" id={reasonId}>
          {deniedReason('proxy.revoke')}
        </Text>
      )}
      {canResend && can(role, 'proxy.review') && (
        <Button
          size="xs"
          variant="default"
          loading={resend.isPending}
          onClick={() =>
            resend.submit(grant.id, {
              onSuccess: () =>
                notifications.show({
                  color: 'green',
                  title: 'Invitation sent again',
                  message: `A new 5-day invitation went to ${grant.carePartner.email}.`,
                }),
              onError: (e) => notifications.show({ color: 'red', ...describeError(e) }),
            })
          }
        >
          Send invitation again
        </Button>
      )}
      {revoking && <RevokeGrantModal grant={grant} onClose={() => setRevoking(false)} />}
    </Group>
  );
}
