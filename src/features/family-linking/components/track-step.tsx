import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LinkingItem, LinkingRequest } from '../../../api/contract/family-linking';
import { AnchorLink } from '../../../components/anchor-link';
import { DataTable } from '../../../components/data-table';
import { TableScroll } from '../../../components/table-scroll';
import { formatDateTime } from '../../../lib/format';
import { languageName } from '../../../lib/languages';
import { hasDraft } from '../../../lib/form-drafts';
import { expiryText, ITEM_STATE, progressText } from './linking-text';
import { ResendModal, resendDraftKey } from './resend-modal';
import { RevokeRecordModal, revokeRecordDraftKey } from './revoke-record-modal';

const RESENDABLE = new Set(['sent', 'delivered', 'bounced', 'expired', 'locked']);
const resendable = (i: LinkingItem) => RESENDABLE.has(i.state);
const revocable = (i: LinkingItem) => i.state !== 'revoked' && !i.alreadyLinked;

type Dialog = { kind: 'resend' | 'revoke'; item: LinkingItem } | null;

/** The record's dialog that was being filled when the session ended, if it still applies. */
function draftedRecordDialog({ id, items }: LinkingRequest): Dialog {
  for (const item of items) {
    if (resendable(item) && hasDraft(resendDraftKey(id, item.id))) return { kind: 'resend', item };
    if (revocable(item) && hasDraft(revokeRecordDraftKey(id, item.id)))
      return { kind: 'revoke', item };
  }
  return null;
}

/** Step 5: one row per record, refreshed as the account holder links them. */
export function TrackStep({ request }: { request: LinkingRequest }) {
  // After a forced or idle sign-out, signing back in reopens the dialog that was being filled.
  const [dialog, setDialog] = useState<Dialog>(() => draftedRecordDialog(request));
  const live = request.items.filter((i) => i.state !== 'revoked');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Track
        </Title>
        <Badge size="lg" variant="light" autoContrast aria-live="polite">
          {progressText(request.linkedCount, live.length)}
        </Badge>
      </Group>
      <Text size="sm">
        This view updates by itself when {request.holder.name} links a record. Links were sent to{' '}
        {request.holder.email}.
      </Text>
      <Paper withBorder>
        <TableScroll minWidth={840}>
          <DataTable aria-label="Linking progress">
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">State</th>
                <th scope="col">Last sent</th>
                <th scope="col">Language</th>
                <th scope="col">Link expiry</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {request.items.map((i) => {
                const s = ITEM_STATE[i.alreadyLinked ? 'linked' : i.state];
                return (
                  <tr key={i.id}>
                    <th scope="row">
                      <AnchorLink to="/patients/$patientId" params={{ patientId: i.patientId }}>
                        {i.name}
                      </AnchorLink>
                    </th>
                    <td>
                      {/* Never narrower than its word: a squeezed column must not cut it. */}
                      <Badge color={s.color} variant="light" autoContrast miw="max-content">
                        {i.alreadyLinked ? 'Already linked' : s.label}
                      </Badge>
                    </td>
                    <td>{i.sentAt ? `${formatDateTime(i.sentAt)} to ${i.sentTo ?? ''}` : '—'}</td>
                    <td>{i.sentLanguage ? languageName(i.sentLanguage) : '—'}</td>
                    <td>
                      {i.state === 'linked' || i.state === 'revoked'
                        ? '—'
                        : expiryText(i.expiresAt, request.asOf)}
                    </td>
                    <td>
                      <Group gap="xs" wrap="nowrap">
                        {resendable(i) && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setDialog({ kind: 'resend', item: i })}
                            aria-label={`Resend ${i.name}'s link`}
                          >
                            Resend
                          </Button>
                        )}
                        {revocable(i) && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setDialog({ kind: 'revoke', item: i })}
                            aria-label={`Revoke ${i.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Group>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        </TableScroll>
      </Paper>
      {dialog?.kind === 'resend' && (
        <ResendModal request={request} item={dialog.item} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'revoke' && (
        <RevokeRecordModal request={request} item={dialog.item} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
