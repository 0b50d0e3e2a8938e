import { Checkbox, Fieldset, Select, Stack } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { DecideRequest } from '../../../api/contract/shared-access';
import type { DecisionValues } from './decision-values';

interface Props {
  form: UseFormReturn<DecisionValues, unknown, DecideRequest>;
  identityMethods: readonly string[];
  consentMethods: readonly string[];
}

/** Identity, consent (or the legal authority replacing it), scope: ticked before approving. */
export function ChecklistFields({ form, identityMethods, consentMethods }: Props) {
  const { errors } = form.formState;
  return (
    <Fieldset legend="Checklist">
      <Stack gap="sm">
        <Checkbox
          label="The care partner's identity is verified"
          {...form.register('identityVerified')}
          error={errors.identityVerified?.message}
        />
        <Controller
          control={form.control}
          name="identityMethod"
          render={({ field }) => (
            <Select
              label="How the identity was verified"
              data={[...identityMethods]}
              value={field.value}
              onChange={field.onChange}
              error={errors.identityMethod?.message}
            />
          )}
        />
        <Checkbox
          label="The patient's consent is confirmed, or a legal document replaces it"
          {...form.register('consentConfirmed')}
          error={errors.consentConfirmed?.message}
        />
        <Controller
          control={form.control}
          name="consentMethod"
          render={({ field }) => (
            <Select
              label="How consent was confirmed"
              data={[...consentMethods]}
              value={field.value}
              onChange={field.onChange}
              error={errors.consentMethod?.message}
            />
          )}
        />
        <Checkbox
          label="I reviewed the scope below"
          {...form.register('scopeReviewed')}
          error={errors.scopeReviewed?.message}
        />
      </Stack>
    </Fieldset>
  );
}
