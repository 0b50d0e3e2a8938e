import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { candidateSearchSchema } from '../../../api/contract/family-linking';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';

type SearchForm = z.input<typeof candidateSearchSchema>;

/** Any patient, by name, date of birth, MRN, email or phone: checked as the API checks it. */
export function CandidateSearch({
  searching,
  onSearch,
  draftKey,
}: {
  searching: boolean;
  onSearch: (q: string) => void;
  /** Where what is typed is kept through a forced or idle sign-out. */
  draftKey: string;
}) {
  const form = useForm<SearchForm, unknown, z.output<typeof candidateSearchSchema>>({
    resolver: zodResolver(candidateSearchSchema),
    defaultValues: draftOr(draftKey, { q: '' }),
  });
  useFormDraft(draftKey, form);
  const submit = form.handleSubmit((values) => onSearch(values.q ?? ''));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-end">
        <TextInput
          label="Search for any patient"
          description="Name, date of birth, MRN, email or phone"
          {...form.register('q')}
          error={form.formState.errors.q?.message}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={searching}>
          Search
        </Button>
      </Group>
    </form>
  );
}
