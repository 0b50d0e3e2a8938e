import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Patient } from '../../../api/contract/patient';
import { stalePatient } from '../../../api/stale-patient';
import { describeError } from '../../../api/errors';
import { fullName } from '../../../lib/format';
import { CATALOGUE_LANGUAGES } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';
import { useUpdateLanguage } from '../api/patient-mutations';
import { patientQueries } from '../api/patient-queries';
import { RecordChangeModal } from './record-change-modal';

/** The languages staff can pick: every catalogue, and the one on file if it has none. */
export function languageOptions(current?: string) {
  const codes = [...CATALOGUE_LANGUAGES];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: languageName(code) }));
}

/** Staff change the language the patient's emails, letters and portal pages are in (audited). */
export function LanguageModal({
  opened,
  patient,
  onClose,
}: {
  opened: boolean;
  patient: Patient;
  onClose: () => void;
}) {
  const save = useUpdateLanguage(patient.id);
  return (
    <RecordChangeModal
      opened={opened}
      title="Change preferred language"
      save={save}
      onClose={onClose}
    >
      {(close) => <LanguageForm patient={patient} save={save} onClose={close} />}
    </RecordChangeModal>
  );
}

/** Mounted each time the dialog opens, so it starts from the record as it is now. */
function LanguageForm({
  patient,
  save,
  onClose,
}: {
  patient: Patient;
  save: ReturnType<typeof useUpdateLanguage>;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState(patient.preferredLanguage);
  const [version, setVersion] = useState(patient.version);
  const cancel = onClose;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.submit(
      { preferredLanguage: language },
      {
        body: (v) => ({ ...v, version }),
        onSuccess: (saved) => {
          queryClient.setQueryData(patientQueries.detail(patient.id).queryKey, saved);
          notifications.show({
            color: 'green',
            title: 'Preferred language saved',
            message: `${fullName(patient)}'s emails, letters and portal pages will be in ${languageName(saved.preferredLanguage)}.`,
          });
          onClose();
        },
        onError: (error) => {
          const current = stalePatient(error);
          if (current) setVersion(current.version);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label="Preferred language"
          description="Emails, printed letters and the portal's pages go out in this language. Staff screens stay in English."
          data={languageOptions(patient.preferredLanguage)}
          value={language}
          onChange={(v) => v && setLanguage(v)}
          allowDeselect={false}
          data-autofocus
        />
        {save.error && (
          <Text size="sm" c="red" role="alert">
            {describeError(save.error).title}: {describeError(save.error).message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
