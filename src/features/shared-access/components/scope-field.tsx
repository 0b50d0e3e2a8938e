import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import {
  Controller,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import {
  CONFIDENTIAL_CATEGORIES,
  SCOPE_CATEGORIES,
  SCOPE_LABELS,
  SCOPE_PRESETS,
  type ScopeCategory,
} from '../../../api/contract/shared-access';

interface Props<T extends FieldValues & { scope: ScopeCategory[] }, TOut extends FieldValues> {
  /** Any form with a `scope` field, whatever its resolver turns the values into. */
  form: UseFormReturn<T, unknown, TOut>;
  adolescent: boolean;
}

/** The categories as checkboxes, with the full and administrative presets one press away. */
export function ScopeField<
  T extends FieldValues & { scope: ScopeCategory[] },
  TOut extends FieldValues = T,
>({ form, adolescent }: Props<T, TOut>) {
  const name = 'scope' as Path<T>;
  const set = (scope: readonly ScopeCategory[]) =>
    form.setValue(name, [...scope] as PathValue<T, Path<T>>, { shouldDirty: true });
  const error = (form.formState.errors.scope as { message?: string } | undefined)?.message;
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          label="Scope: what the care partner may see and do"
          description={
            adolescent
              ? 'Visit notes, test results and messaging are confidential for a patient aged 12–17 and start unticked.'
              : 'Narrow it if the patient asked for less.'
          }
          value={field.value}
          onChange={field.onChange}
          error={error}
        >
          <Group gap="xs" mt="xs">
            <Text size="sm">Presets:</Text>
            <Button size="compact-sm" variant="default" onClick={() => set(SCOPE_PRESETS.full)}>
              Full
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => set(SCOPE_PRESETS.administrative)}
            >
              Administrative only
            </Button>
          </Group>
          <Stack gap={6} mt="xs">
            {SCOPE_CATEGORIES.map((c) => (
              <Checkbox
                key={c}
                value={c}
                label={
                  adolescent && CONFIDENTIAL_CATEGORIES.includes(c)
                    ? `${SCOPE_LABELS[c]} (confidential)`
                    : SCOPE_LABELS[c]
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    />
  );
}
