import { useEffect } from 'react';
import {
  Alert,
  Button,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  CONSENT_METHODS,
  IDENTITY_METHODS,
  type DecideRequest,
  type ProxyRequest,
} from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { ErrorState } from '../../../components/query-states';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { showFieldErrors } from '../../../lib/form-errors';
import { textLanguage } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';
import { can, deniedReason } from '../../../lib/permissions';
import {
  defaultReviewScope,
  needsManagerForScope,
  sharesPatientEmail,
} from '../../../lib/shared-access-rules';
import type { useDecideRequest } from '../api/shared-access-mutations';
import { ChecklistFields } from './checklist-fields';
import { DECISION_FIELDS, decisionFormSchema, type DecisionValues } from './decision-values';
import { ScopeField } from './scope-field';
import { endDateHint } from './shared-access-text';

const staffRoute = getRouteApi('/_staff');

const SUBMIT_LABELS = {
  approve: 'Approve and send invitation',
  deny: 'Deny request',
  needs_information: 'Ask for information',
};

interface Props {
  request: ProxyRequest;
  decide: ReturnType<typeof useDecideRequest>;
}

/**
 * A decision half made when the session ended comes back after signing in. It belongs to the
 * request as it was shown: once the request changes (decided here or elsewhere), it starts afresh.
 */
const decisionDraftKey = (r: ProxyRequest) => `decision:${r.id}:${r.version}`;

export function DecisionForm({ request: r, decide }: Props) {
  const { user } = staffRoute.useRouteContext();
  const mayDecide = can(user.role, 'proxy.review');
  const draftKey = decisionDraftKey(r);
  // Keyed by the request's version: a new form is ready for a new decision.
  const { ready } = decide;
  useEffect(() => ready(), [ready]);
  const form = useForm<DecisionValues, unknown, DecideRequest>({
    resolver: zodResolver(decisionFormSchema(r.version)),
    defaultValues: draftOr<DecisionValues>(draftKey, {
      decision: 'approve',
      identityVerified: false,
      identityMethod: null,
      consentConfirmed: false,
      consentMethod: null,
      scopeReviewed: false,
      scope: defaultReviewScope(r.scope, r.patient.age),
      endsOn: r.endsOn ?? '',
      carePartnerEmail: r.carePartner.email,
      confidentialReason: '',
      reason: '',
    }),
  });
  useFormDraft(draftKey, form);
  const [decision, scope, email] = useWatch({
    control: form.control,
    name: ['decision', 'scope', 'carePartnerEmail'],
  });
  const approving = decision === 'approve';
  const sharedEmail = sharesPatientEmail({
    patient: r.patient,
    carePartner: { ...r.carePartner, email },
  });
  const needsManager = needsManagerForScope(r.patient.age, scope);
  const managerBlocked = needsManager && !can(user.role, 'proxy.includeConfidentialForMinor');
  const duplicate = r.warnings.some((w) => w.code === 'duplicate_grant');
  const blocked = approving && (sharedEmail || managerBlocked || duplicate);
  const { register } = form;
  const expires = r.legalDocument?.expiresOn;
  // The care partner reads the invitation and its pages in their language, when it has texts.
  const invitationLanguage = languageName(textLanguage(r.carePartner.preferredLanguage));

  const submit = form.handleSubmit((body) => {
    decide.submit(body, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          title: 'Decision recorded',
          message: approving
            ? `An invitation was emailed to ${form.getValues('carePartnerEmail')}.`
            : 'The requester was emailed.',
        }),
      onError: (e) => showFieldErrors(e, form.setError, DECISION_FIELDS),
    });
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-heading">
      <form
        onSubmit={(e) => {
          if (mayDecide) void submit(e);
          else e.preventDefault();
        }}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4" id="decision-heading">
            Decision
          </Title>
          {!mayDecide && (
            <Alert color="gray" id="decide-denied">
              {deniedReason('proxy.review')}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="decision"
            render={({ field }) => (
              <Radio.Group label="Decision" value={field.value} onChange={field.onChange}>
                <Stack gap="xs" mt="xs">
                  <Radio value="approve" label="Approve" />
                  <Radio value="deny" label="Deny" />
                  <Radio value="needs_information" label="Needs information" />
                </Stack>
              </Radio.Group>
            )}
          />
          {approving ? (
            <>
              <TextInput
                label="Care partner's own email"
                description={`The invitation goes here, as an email in ${invitationLanguage} (${r.carePartner.name}’s preferred language). It must not be the patient's email.`}
                {...register('carePartnerEmail')}
                error={form.formState.errors.carePartnerEmail?.message}
              />
              {sharedEmail && (
                <Alert color="red" title="Approval is blocked" id="shared-email-block">
                  This is the patient’s own email. Enter {r.carePartner.name}’s own email address:
                  they need their own login.
                </Alert>
              )}
              <ChecklistFields
                form={form}
                identityMethods={IDENTITY_METHODS}
                consentMethods={CONSENT_METHODS}
              />
              <ScopeField form={form} adolescent={r.patient.age >= 12 && r.patient.age <= 17} />
              {needsManager &&
                (managerBlocked ? (
                  <Alert color="red" title="A clinic manager is needed">
                    <Text size="sm">{deniedReason('proxy.includeConfidentialForMinor')}</Text>
                    <Text size="sm">
                      Untick visit notes, test results and messaging to approve.
                    </Text>
                  </Alert>
                ) : (
                  <Textarea
                    label="Reason for including confidential categories"
                    description="Recorded with the decision."
                    {...register('confidentialReason')}
                    error={form.formState.errors.confidentialReason?.message}
                  />
                ))}
              <TextInput
                type="date"
                label="End date (optional)"
                description={endDateHint(expires)}
                max={expires ?? undefined}
                {...register('endsOn')}
                error={form.formState.errors.endsOn?.message}
              />
            </>
          ) : (
            <Textarea
              label={decision === 'deny' ? 'Reason for denying' : 'What is missing'}
              description="Recorded and emailed to the requester."
              {...register('reason')}
              error={form.formState.errors.reason?.message}
            />
          )}
          {decide.error && !(decide.error instanceof ApiError && decide.error.status === 409) && (
            <ErrorState error={decide.error} />
          )}
          {blocked && (
            <Text size="sm" c="red" id="approve-blocked">
              Approval is blocked until the warnings marked in red are resolved.
            </Text>
          )}
          <Button
            type="submit"
            loading={decide.isPending}
            // A role that may not decide gets a focusable control that reads the reason.
            disabled={mayDecide && blocked}
            data-disabled={!mayDecide || undefined}
            aria-disabled={!mayDecide || undefined}
            aria-describedby={
              !mayDecide ? 'decide-denied' : blocked ? 'approve-blocked' : undefined
            }
            style={{ alignSelf: 'flex-start' }}
          >
            {SUBMIT_LABELS[decision]}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
