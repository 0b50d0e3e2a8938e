import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { reviewEmailsSchema, type LinkingRequest } from '../../../api/contract/family-linking';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { useReviewEmails } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

// Staff tick the records whose email changes; each goes with the version on screen when it is
// sent, so a record changed meanwhile is refused rather than overwritten.
const emailsFormSchema = z.object({
  patientIds: z.array(reviewEmailsSchema.shape.changes.element.shape.patientId),
});
type EmailsForm = z.infer<typeof emailsFormSchema>;

/** What was ticked survives a forced or idle sign-out (in memory), keyed by the request. */
export const emailsDraftKey = (requestId: string) => `family-emails:${requestId}`;

/**
 * Step 3: optionally give every record the account holder's email, so the family manages one
 * inbox. Old → new for each record, confirmed once; each change is saved against its version.
 */
export function EmailsStep({ request }: { request: LinkingRequest }) {
  const to = request.holder.email;
  const rows = request.items.filter((i) => !i.alreadyLinked && i.state !== 'revoked');
  const changing = rows.filter((i) => i.email !== to);
  const review = useReviewEmails(request.id);
  const draftKey = emailsDraftKey(request.id);
  // A kept tick for a record no longer changing is never sent: changesFor keeps rows on screen.
  const form = useForm<EmailsForm>({
    resolver: zodResolver(emailsFormSchema),
    defaultValues: draftOr(draftKey, { patientIds: changing.map((i) => i.patientId) }),
  });
  useFormDraft(draftKey, form);
  const changesFor = (patientIds: string[]) =>
    changing
      .filter((i) => patientIds.includes(i.patientId))
      .map((i) => ({ patientId: i.patientId, version: i.version }));
  const picked = useWatch({ control: form.control, name: 'patientIds' });
  const count = changesFor(picked).length;
  const submit = form.handleSubmit((values) =>
    review.submit(values, { body: ({ patientIds }) => ({ changes: changesFor(patientIds) }) }),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={2} size="h4">
          Emails
        </Title>
        <Text size="sm">
          Every link goes to {to}. Optionally put that address on each record too, so{' '}
          {request.holder.name} manages every record's email in one inbox.
        </Text>
        {changing.length === 0 ? (
          <Text size="sm">Every record already has {to} on file.</Text>
        ) : (
          <Controller
            control={form.control}
            name="patientIds"
            render={({ field }) => (
              <Paper withBorder p="sm">
                <Stack gap="xs">
                  {changing.map((i) => (
                    <Checkbox
                      key={i.patientId}
                      checked={field.value.includes(i.patientId)}
                      onChange={(e) =>
                        field.onChange(
                          e.currentTarget.checked
                            ? [...field.value, i.patientId]
                            : field.value.filter((id) => id !== i.patientId),
                        )
                      }
                      label={`${i.name}: ${i.email ?? 'no email'} → ${to}`}
                    />
                  ))}
                </Stack>
              </Paper>
            )}
          />
        )}
        {review.error && <StepFailure error={review.error} action="the button" />}
        <Group>
          <Button type="submit" loading={review.isPending}>
            {count === 0
              ? 'Keep the emails on file'
              : count === 1
                ? 'Confirm 1 email change'
                : `Confirm ${count} email changes`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
