import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  GRANT_STATUS_LABELS,
  RELATIONSHIP_LABELS,
  type Grant,
} from '../../../api/contract/shared-access';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { addCalendarDays } from '../../../lib/dates';
import { draftOr } from '../../../lib/form-drafts';
import { formatDate } from '../../../lib/format';
import { showFieldErrors } from '../../../lib/form-errors';
import { can, deniedReason } from '../../../lib/permissions';
import type { StaffRole } from '../../../api/contract/session';
import {
  addedCategories,
  confidentialIn,
  isAdolescent,
  isEditableGrant,
  needsManagerForEdit,
} from '../../../lib/shared-access-rules';
import { useEditGrant } from '../api/shared-access-mutations';
import { EditGrantFailure, staleGrant } from './edit-grant-failure';
import { editFormSchema, valuesOf, type EditOutput, type EditValues } from './edit-grant-form';
import { ScopeField } from './scope-field';
import { documentText, endDateHint, scopeText } from './shared-access-text';

interface Props {
  grant: Grant;
  patientAge: number;
  /** Today on the server's clock (YYYY-MM-DD): the end date must come after it. */
  today: string;
  role: StaffRole;
  onClose: () => void;
}

export const editGrantDraftKey = (grantId: string) => `edit-grant:${grantId}`;

/** Change a care partner's scope and end date; closing abandons a save still under way. */
export function EditGrantModal({ grant, patientAge, today, role, onClose }: Props) {
  const save = useEditGrant(grant.id);
  // The grant the change applies to: as opened, or as a 409 says it is now.
  const [base, setBase] = useState(grant);
  const form = useForm<EditValues, unknown, EditOutput>({
    resolver: zodResolver(editFormSchema(base, patientAge, today)),
    defaultValues: draftOr(editGrantDraftKey(grant.id), valuesOf(grant)),
  });
  // The dialog's place is in the URL, so signing back in after an idle sign-out reopens it.
  useFormDraft(editGrantDraftKey(grant.id), form);
  const scope = useWatch({ control: form.control, name: 'scope' });
  const needsManager = needsManagerForEdit(patientAge, base.scope, scope);
  const managerBlocked = needsManager && !can(role, 'proxy.includeConfidentialForMinor');
  const editable = isEditableGrant(base.status);
  const name = grant.carePartner.name;
  const cancel = () => {
    save.abandon();
    onClose();
  };

  const submit = form.handleSubmit((values) =>
    save.submit(
      { ...values, version: base.version },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: 'Shared access changed',
            // Until the invitation is accepted there is nothing to see yet.
            message: `${name} ${saved.status === 'active' ? 'now sees' : 'will see, once they accept the invitation'}: ${scopeText(saved.scope)}; ${saved.until ? `until ${formatDate(saved.until)}` : 'no end date'}.`,
          });
          onClose();
        },
        onError: (error) => {
          const current = staleGrant(error);
          if (current) setBase(current);
          showFieldErrors(error, form.setError, ['scope', 'until', 'confidentialReason']);
        },
      },
    ),
  );

  const expires = base.legalDocument?.expiresOn;
  return (
    <Modal
      opened
      onClose={cancel}
      title={`Edit ${name}'s shared access`}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            {name} ({RELATIONSHIP_LABELS[grant.carePartner.relationship]}), since{' '}
            {formatDate(grant.since)}. Rests on: {documentText(base.legalDocument)}.
          </Text>
          {!editable && !save.error && (
            <Alert color="gray" title="This shared access can no longer be changed">
              Its status is {GRANT_STATUS_LABELS[base.status]}.
            </Alert>
          )}
          <ScopeField form={form} adolescent={isAdolescent(patientAge)} />
          {needsManager &&
            (managerBlocked ? (
              <Alert color="red" title="A clinic manager is needed" id="edit-manager-needed">
                <Text size="sm">{deniedReason('proxy.includeConfidentialForMinor')}</Text>
                <Text size="sm">
                  Untick{' '}
                  {scopeText(confidentialIn(addedCategories(base.scope, scope))).toLowerCase()} to
                  save.
                </Text>
              </Alert>
            ) : (
              <Textarea
                label="Reason for including confidential categories"
                description="Recorded with the change."
                withAsterisk
                {...form.register('confidentialReason')}
                error={form.formState.errors.confidentialReason?.message}
              />
            ))}
          <TextInput
            type="date"
            label="End date (optional)"
            description={endDateHint(expires)}
            min={addCalendarDays(today, 1)}
            max={expires ?? undefined}
            {...form.register('until')}
            error={form.formState.errors.until?.message}
          />
          {save.error && (
            <EditGrantFailure
              error={save.error}
              onUseCurrent={(g) => {
                form.reset(valuesOf(g));
                save.reset();
              }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!editable || managerBlocked}
              aria-describedby={managerBlocked ? 'edit-manager-needed' : undefined}
            >
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
