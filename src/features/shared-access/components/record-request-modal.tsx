import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod';
import {
  createRequestSchema,
  LEGAL_DOCUMENT_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  ROUTE_LABELS,
  SCOPE_PRESETS,
  type CreateRequest,
  type ScopeCategory,
} from '../../../api/contract/shared-access';
import { ErrorState } from '../../../components/query-states';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useCreateRequest } from '../api/shared-access-mutations';
import { ScopeField } from './scope-field';

const staffRoute = getRouteApi('/_staff');

interface Values {
  carePartner: {
    name: string;
    email: string;
    phone: string;
    dateOfBirth: string;
    relationship: string | null;
  };
  route: string | null;
  scope: ScopeCategory[];
  endsOn: string;
  hasDocument: boolean;
  legalDocument: { type: string | null; signedOn: string; expiresOn: string; fileName: string };
  phoneIntake: { takenBy: string; consentHeard: string };
}

const orNull = (s: string) => (s.trim() ? s : null);

function toBody(v: Values, patientId: string): unknown {
  return {
    patientId,
    carePartner: {
      ...v.carePartner,
      phone: orNull(v.carePartner.phone),
      dateOfBirth: orNull(v.carePartner.dateOfBirth),
    },
    route: v.route,
    scope: v.scope,
    endsOn: orNull(v.endsOn),
    legalDocument: v.hasDocument
      ? { ...v.legalDocument, expiresOn: orNull(v.legalDocument.expiresOn) }
      : null,
    phoneIntake: v.route === 'phone' ? v.phoneIntake : null,
  };
}

/** The form checked as the request it sends, with the contract's own messages. */
const recordRequestSchema = (patientId: string) =>
  z
    .custom<Values>()
    .transform((v) => toBody(v, patientId))
    .pipe(createRequestSchema);

/** Every field the form shows, for the server's field errors. */
const FIELDS = [
  'carePartner.name',
  'carePartner.email',
  'carePartner.phone',
  'carePartner.dateOfBirth',
  'carePartner.relationship',
  'route',
  'phoneIntake',
  'phoneIntake.takenBy',
  'phoneIntake.consentHeard',
  'scope',
  'endsOn',
  'legalDocument.type',
  'legalDocument.signedOn',
  'legalDocument.expiresOn',
  'legalDocument.fileName',
] as const satisfies readonly Path<Values>[];

export const recordRequestDraftKey = (patientId: string) => `record-request:${patientId}`;

/** A request taken by phone, on a paper form or in person, recorded by staff. */
export function RecordRequestModal({
  patientId,
  onClose,
}: {
  patientId: string;
  onClose: () => void;
}) {
  const { user } = staffRoute.useRouteContext();
  // Closing unmounts the dialog, which abandons a request still under way.
  const create = useCreateRequest();
  const draftKey = recordRequestDraftKey(patientId);
  const form = useForm<Values, unknown, CreateRequest>({
    resolver: zodResolver(recordRequestSchema(patientId)),
    defaultValues: draftOr(draftKey, {
      carePartner: { name: '', email: '', phone: '', dateOfBirth: '', relationship: null },
      route: null,
      scope: [...SCOPE_PRESETS.full],
      endsOn: '',
      hasDocument: false,
      legalDocument: { type: null, signedOn: '', expiresOn: '', fileName: '' },
      phoneIntake: { takenBy: user.name, consentHeard: '' },
    }),
  });
  useFormDraft(draftKey, form);
  const [route, hasDocument] = useWatch({ control: form.control, name: ['route', 'hasDocument'] });
  const err = (name: string) =>
    form.getFieldState(name as Path<Values>, form.formState).error?.message;

  const submit = form.handleSubmit((body) => {
    create.submit(body, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Request recorded',
          message: 'It is in the Shared-access requests queue for review.',
        });
        onClose();
      },
      onError: (e) => showFieldErrors(e, form.setError, FIELDS),
    });
  });

  const select = (name: Path<Values>, label: string, data: { value: string; label: string }[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          withAsterisk
          data={data}
          value={field.value as string | null}
          onChange={field.onChange}
          error={err(name)}
        />
      )}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title="Record a shared-access request"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label="Care partner's name"
            withAsterisk
            {...form.register('carePartner.name')}
            error={err('carePartner.name')}
          />
          <TextInput
            label="Care partner's own email"
            withAsterisk
            {...form.register('carePartner.email')}
            error={err('carePartner.email')}
          />
          <Group grow>
            <TextInput
              label="Phone"
              {...form.register('carePartner.phone')}
              error={err('carePartner.phone')}
            />
            <TextInput
              type="date"
              label="Date of birth"
              {...form.register('carePartner.dateOfBirth')}
              error={err('carePartner.dateOfBirth')}
            />
          </Group>
          {select(
            'carePartner.relationship',
            'Relationship to the patient',
            RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] })),
          )}
          {select(
            'route',
            'How the request came',
            (['phone', 'paper_form', 'in_person'] as const).map((r) => ({
              value: r,
              label: ROUTE_LABELS[r],
            })),
          )}
          {route === 'phone' && (
            <>
              <TextInput
                label="Who took the call"
                withAsterisk
                {...form.register('phoneIntake.takenBy')}
                error={err('phoneIntake.takenBy')}
              />
              <Textarea
                label="How the patient's consent was heard"
                withAsterisk
                {...form.register('phoneIntake.consentHeard')}
                error={err('phoneIntake.consentHeard') ?? err('phoneIntake')}
              />
            </>
          )}
          <ScopeField form={form} adolescent={false} />
          <TextInput
            type="date"
            label="End date (optional)"
            {...form.register('endsOn')}
            error={err('endsOn')}
          />
          <Checkbox
            label="A legal document (guardianship or power of attorney) comes with it"
            {...form.register('hasDocument')}
          />
          {hasDocument && (
            <>
              {select(
                'legalDocument.type',
                'Type of document',
                Object.entries(LEGAL_DOCUMENT_LABELS).map(([value, label]) => ({ value, label })),
              )}
              <Group grow>
                <TextInput
                  type="date"
                  label="Signed on"
                  withAsterisk
                  {...form.register('legalDocument.signedOn')}
                  error={err('legalDocument.signedOn')}
                />
                <TextInput
                  type="date"
                  label="Expires on (if any)"
                  {...form.register('legalDocument.expiresOn')}
                  error={err('legalDocument.expiresOn')}
                />
              </Group>
              <TextInput
                label="File name"
                withAsterisk
                {...form.register('legalDocument.fileName')}
                error={err('legalDocument.fileName')}
              />
            </>
          )}
          {create.error && <ErrorState error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Record request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
