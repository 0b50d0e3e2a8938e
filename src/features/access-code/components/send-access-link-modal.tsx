import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Checkbox, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import * as zm from 'zod/mini';
import {
  ACCESS_CODE_VALID_DAYS,
  sendAccessLinkRequestSchema,
  type AccessStatus,
} from '../../../api/contract/access-code';
import { ApiError, describeError } from '../../../api/errors';
import { stalePatient } from '../../../api/stale-patient';
import { EmailNotices } from '../../../components/email-notices';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { addDays, ageOn } from '../../../lib/dates';
import { textLanguage } from '../../../lib/i18n/catalogues';
import { readDraft } from '../../../lib/form-drafts';
import { lookalikeDomain, lookalikeMessage, sameEmail } from '../../../lib/email-domain';
import { isRevokedAddress, revokedAddressMessage } from '../../../lib/email-problems';
import { formatTime } from '../../../lib/format';
import { languageName } from '../../../lib/languages';
import { useSendAccessLink } from '../api/access-code-mutations';
import { expiresInText, lastEmailFor } from './access-code-text';
import { SendFailureAlert } from './send-failure-alert';
import { AlreadySentNotice, MissingEmailNotice } from './send-link-notices';
import { TextLanguageSelect } from './text-language-select';

// The preview loads the catalogues and the message formatter, only when the dialog opens.
const EmailPreview = lazy(() =>
  import('./email-preview').then((m) => ({ default: m.EmailPreview })),
);

// The checkbox starts unticked, so the form takes a boolean and the contract's rule turns it into `true`.
// A lookalike domain needs its own tick, checked by the same predicate the API uses.
const sendFormSchema = zm
  .extend(zm.pick(sendAccessLinkRequestSchema, { email: true }), {
    confirmedWithPatient: z.boolean().pipe(sendAccessLinkRequestSchema.shape.confirmedWithPatient),
    confirmedLookalikeDomain: z.boolean(),
  })
  .check(
    z.superRefine((v, ctx) => {
      const lookalike = lookalikeDomain(v.email);
      if (lookalike && !v.confirmedLookalikeDomain) {
        ctx.addIssue({
          code: 'custom',
          path: ['confirmedLookalikeDomain'],
          message: lookalikeMessage(lookalike),
        });
      }
    }),
  );

type SendForm = z.input<typeof sendFormSchema>;

/** The server's window for "the same send": a send inside it is answered with the first one. */
const REPEAT_SEND_WINDOW_MS = 60_000;
const sentJustBefore = (last: { at: string }, asOf: string) =>
  Date.parse(asOf) - Date.parse(last.at) < REPEAT_SEND_WINDOW_MS;

interface Props {
  status: AccessStatus;
  onClose: () => void;
  onPrintInstead: () => void;
  printing: boolean;
}

/** What was typed survives a forced or idle sign-out (in memory), keyed by the record. */
export const sendDraftKey = (patientId: string) => `send-access-link:${patientId}`;

function SendAccessLinkForm({
  status,
  onClose,
  onPrintInstead,
  printing,
  send,
  isOpen,
}: Props & { send: ReturnType<typeof useSendAccessLink>; isOpen: () => boolean }) {
  const { patient, code, deliveries, asOf } = status;
  const hasActiveCode = code?.state === 'active';
  const [version, setVersion] = useState(patient.version);
  const preferred = textLanguage(patient.preferredLanguage);
  const [language, setLanguage] = useState(preferred);
  const draftKey = sendDraftKey(patient.id);
  const form = useForm<SendForm, unknown, z.output<typeof sendFormSchema>>({
    resolver: zodResolver(sendFormSchema),
    defaultValues: {
      email: patient.email ?? '',
      confirmedWithPatient: false,
      ...(readDraft(draftKey) as Partial<SendForm> | undefined),
      confirmedLookalikeDomain: false,
    },
  });
  useFormDraft(draftKey, form);
  const email = useWatch({ control: form.control, name: 'email' });
  const last = lastEmailFor(code, deliveries);
  // Staff who open the dialog on a link sent a moment ago (the notice says so) and press Send mean
  // to send it again. Fixed when the dialog opens: this dialog's own send never counts as that one.
  const [justSent] = useState(() => (last && sentJustBefore(last, asOf) ? last : null));
  // The address a link reached the wrong person at: said at once, and refused as the API does.
  const problem = patient.emailProblem;
  const revokedAddress = problem && isRevokedAddress(problem, email) ? problem : null;

  const submit = form.handleSubmit((values) => {
    if (revokedAddress) {
      form.setError('email', { message: revokedAddressMessage(revokedAddress) });
      return;
    }
    // Fixed at the first press: a retry resends this very request, whatever a refetch says since.
    const body = (v: typeof values) => ({
      ...v,
      version,
      issueCodeIfNone: !hasActiveCode,
      sendAgain: Boolean(justSent?.to && sameEmail(justSent.to, v.email)),
      ...(language === preferred ? {} : { language }),
    });
    send.submit(values, {
      body,
      onSuccess: ({ delivery, alreadySentAt }) => {
        if (alreadySentAt) {
          // The same link a moment ago counts as this send, whatever language was chosen here:
          // say which language went, and how to send this one on purpose.
          const otherLanguage = delivery.language !== language;
          notifications.show({
            color: 'blue',
            title: 'Already sent',
            message: otherLanguage
              ? `The Medical Records Access Link was already sent to ${delivery.to ?? values.email} at ${formatTime(alreadySentAt)}, in ${languageName(delivery.language)}. No second email was sent. To send it in ${languageName(language)} too, open Send Access Link again and press Send: that sends a second email.`
              : `The Medical Records Access Link was already sent to ${delivery.to ?? values.email} at ${formatTime(alreadySentAt)}. No second email was sent.`,
          });
          return onClose();
        }
        notifications.show({
          color: delivery.status === 'bounced' ? 'orange' : 'green',
          title: 'Access link sent',
          message: `Medical Records Access Link sent to ${values.email}.${delivery.status === 'bounced' ? ' The email bounced: check the address with the patient.' : ''}`,
        });
        onClose();
      },
      onError: (error) => {
        // Closed while it was on its way: the dialog that would say so is gone. The answer may
        // be lost rather than a refusal, so staff check before sending again.
        if (!isOpen()) {
          notifications.show({
            color: 'red',
            title: 'Send Access Link did not finish',
            message: `${describeError(error).title}. Check the delivery history before you send again.`,
          });
          return;
        }
        if (!(error instanceof ApiError)) return;
        const fieldMessage = error.fieldError('email');
        if (fieldMessage) form.setError('email', { message: fieldMessage });
        const domainMessage = error.fieldError('confirmedLookalikeDomain');
        if (domainMessage) form.setError('confirmedLookalikeDomain', { message: domainMessage });
        // The staff member has now seen the current details: a retry may save over them.
        const current = stalePatient(error);
        if (current) setVersion(current.version);
      },
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          {hasActiveCode
            ? `Emails ${patient.firstName} the Medical Records Access Link for the active access code, which ${expiresInText(code, asOf)}.`
            : `Issues a new access code and emails ${patient.firstName} the Medical Records Access Link in one step. The link expires 5 days after it is issued.`}
        </Text>
        {last && code && (
          <AlreadySentNotice last={last} code={code} asOf={asOf} justNow={justSent === last} />
        )}
        {!patient.email && (
          <MissingEmailNotice
            firstName={patient.firstName}
            onPrint={onPrintInstead}
            printing={printing}
          />
        )}
        <TextInput
          label="Email address"
          type="email"
          description={
            patient.email && !sameEmail(email, patient.email)
              ? `This replaces ${patient.email} in ${patient.firstName}'s contact details.`
              : 'Read it back to the patient, letter by letter.'
          }
          {...form.register('email')}
          error={
            form.formState.errors.email?.message ??
            (revokedAddress ? revokedAddressMessage(revokedAddress) : undefined)
          }
          data-autofocus
        />
        <EmailNotices
          email={email}
          patient={patient}
          age={ageOn(patient.dateOfBirth, asOf)}
          onUseFix={(fixed) => form.setValue('email', fixed, { shouldValidate: true })}
          lookalikeCheckbox={form.register('confirmedLookalikeDomain')}
          lookalikeError={form.formState.errors.confirmedLookalikeDomain?.message}
        />
        <Checkbox
          label="I confirmed this email address with the patient"
          {...form.register('confirmedWithPatient')}
          error={form.formState.errors.confirmedWithPatient?.message}
        />
        <TextLanguageSelect
          kind="Email"
          firstName={patient.firstName}
          preferred={preferred}
          value={language}
          onChange={setLanguage}
        />
        {/* A fixed height: Send stays where it is while the preview loads or changes language. */}
        <Box h={200}>
          <Suspense
            fallback={<Loader size="sm" role="status" aria-label="Loading the email preview" />}
          >
            <EmailPreview
              language={language}
              firstName={patient.firstName}
              lastName={patient.lastName}
              expiresAt={hasActiveCode ? code.expiresAt : addDays(asOf, ACCESS_CODE_VALID_DAYS)}
            />
          </Suspense>
        </Box>
        {send.error && (
          <SendFailureAlert
            error={send.error}
            onUseEmail={(current) => form.setValue('email', current, { shouldValidate: true })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={send.isPending}>
            Send Access Link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SendAccessLinkModal({ opened, ...props }: Props & { opened: boolean }) {
  const send = useSendAccessLink(props.status.patient.id);
  // A link sent stays sent while the dialog closes; opening it again is a new send.
  const { ready } = send;
  const open = useRef(opened);
  useEffect(() => {
    open.current = opened;
    if (opened) ready();
  }, [opened, ready]);
  const cancel = () => {
    // A send on its way may already be made: it goes on, and its result shows as a notice when it
    // lands (the form's own success notice, or the failure below). Before that, Cancel abandons
    // the request and nothing is sent.
    if (!send.isPending) send.abandon();
    props.onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={opened}
      onClose={cancel}
      title="Send Access Link"
      size="lg"
    >
      <SendAccessLinkForm {...props} onClose={cancel} send={send} isOpen={() => open.current} />
    </Modal>
  );
}
