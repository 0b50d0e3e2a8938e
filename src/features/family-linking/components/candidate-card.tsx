import {
  Alert,
  Badge,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import type { LinkingCandidate } from '../../../api/contract/family-linking';
import { AnchorLink } from '../../../components/anchor-link';
import { linkingRuleFor } from '../../../lib/family-linking-rules';
import { formatDate } from '../../../lib/format';
import { deniedReason } from '../../../lib/permissions';
import { whereNow } from './linking-text';
import type { ChoiceField, RecordsForm } from './records-form';

interface Props {
  candidate: LinkingCandidate;
  holderName: string;
  canOverride: boolean;
  form: RecordsForm;
}

/** One record that could be linked: who it is, where it is now, and what linking it needs. */
export function CandidateCard({ candidate: c, holderName, canOverride, form }: Props) {
  const rule = linkingRuleFor(c);
  const name = `records.${c.patientId}` as const;
  const chosen = useWatch({ control: form.control, name: `${name}.link` }) === true;
  const facts = `Age ${c.age} · DOB ${formatDate(c.dateOfBirth)} · MRN ${c.mrn} · ${whereNow(c.location, c.heldBy)}`;
  const selectable = rule === 'child' || rule === 'adolescent' || (rule === 'adult' && canOverride);
  const err = (f: ChoiceField) => form.getFieldState(`${name}.${f}`, form.formState).error?.message;

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        {selectable ? (
          <Controller
            control={form.control}
            name={`${name}.link`}
            defaultValue={false}
            render={({ field }) => (
              <Checkbox
                ref={field.ref}
                name={field.name}
                checked={field.value === true}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                label={rule === 'adult' ? `Override and link ${c.name}` : `Link ${c.name}`}
                description={facts}
              />
            )}
          />
        ) : (
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600} size="sm">
                {c.name}
              </Text>
              <Text size="xs" c="dimmed">
                {facts}
              </Text>
            </div>
            {rule === 'done' && (
              <Badge color="green" variant="light" autoContrast>
                Already in this account: done
              </Badge>
            )}
          </Group>
        )}
        {rule === 'held_elsewhere' && (
          <Alert color="orange" title="Held by another portal account">
            <Text size="sm">
              {c.name}'s record is in {c.heldBy ?? 'another account'}. Revoke that access first,
              then add the record here.{' '}
              <AnchorLink to="/patients/$patientId/access" params={{ patientId: c.patientId }}>
                Open {c.name}'s Medical Access Code tab
              </AnchorLink>
            </Text>
          </Alert>
        )}
        {rule === 'adult' && (
          <Alert color="red" title={`${c.name} is an adult: not linked`}>
            <Text size="sm">
              Linking an adult's record into {holderName}'s account gives full access under someone
              else's login: the credential sharing the clinic's guidance warns against. Offer shared
              access (proxy access) instead, from {c.name}'s Shared Access tab: {c.name} keeps their
              own login and chooses what the other person sees.
            </Text>
            {!canOverride && (
              <Text size="sm" mt="xs">
                {deniedReason('family.linkAdultOverride')}
              </Text>
            )}
          </Alert>
        )}
        {rule === 'adolescent' && chosen && (
          <Alert color="orange" title={`${c.name} is ${c.age}: ${holderName} would see everything`}>
            <Text size="sm">
              A parent's login shows an adolescent's whole record, confidential visits included.
              Shared access (proxy access) with a limited scope is usually better. To link anyway,
              say why: it is audited.
            </Text>
          </Alert>
        )}
        {rule === 'adult' && chosen && (
          <Stack gap="xs">
            <Controller
              control={form.control}
              name={`${name}.override.type`}
              defaultValue=""
              render={({ field, fieldState }) => (
                <Radio.Group
                  label="Documented legal authority"
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                >
                  <Group mt={4}>
                    <Radio value="guardianship" label="Guardianship" />
                    <Radio value="healthcare_poa" label="Healthcare power of attorney" />
                  </Group>
                </Radio.Group>
              )}
            />
            <Group grow>
              <TextInput
                type="date"
                label="Date of the legal document"
                {...form.register(`${name}.override.documentDate`)}
                error={err('override.documentDate')}
              />
              <TextInput
                type="date"
                label="Authority expires on (optional)"
                {...form.register(`${name}.override.expiresOn`)}
                error={err('override.expiresOn')}
              />
            </Group>
          </Stack>
        )}
        {(rule === 'adult' || rule === 'adolescent') && chosen && (
          <Textarea
            label={`Reason for linking ${c.name} (audited)`}
            {...form.register(`${name}.reason`)}
            error={err('reason')}
            rows={2}
          />
        )}
      </Stack>
    </Paper>
  );
}
