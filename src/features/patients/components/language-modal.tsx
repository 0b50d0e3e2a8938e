import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { UpdateLanguageRequest } from '../../../api/contract/language';
import type { Patient } from '../../../api/contract/patient';
import { describeError } from '../../../api/errors';
import { fullName } from '../../../lib/format';
import { CATALOGUE_LANGUAGES } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';
import { useUpdateLanguage } from '../api/patient-mutations';
import { useRecordChange } from '../api/use-record-change';
import { RecordChangeModal } from './record-change-modal';

type UpdateLanguageValues = Omit<UpdateLanguageRequest, 'version'>;

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
  const [language, setLanguage] = useState(patient.preferredLanguage);
  const change = useRecordChange<UpdateLanguageValues>(patient, save);
  const cancel = onClose;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.submit(
      { preferredLanguage: language },
      {
        onSaved: (saved) => {
          notifications.show({
            color: 'green',
            title: 'Preferred language saved',
            message: `${fullName(patient)}'s emails, letters and portal pages will be in ${languageName(saved.preferredLanguage)}.`,
          });
          onClose();
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
