import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useState, type FormEvent } from 'react';
import { patientSearchText } from '../api/contract/patient';
import { rememberPatientSearch } from '../lib/patient-search-state';
import { takeTypedAhead } from '../lib/typed-ahead';

/** Ctrl+K or "/" from any screen: type a name, date of birth, MRN, email or phone, press Enter. */
export function QuickSearch({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Each opening starts empty: text left from the last one would run into what is typed now.
  const [openedBefore, setOpenedBefore] = useState(opened);
  if (opened !== openedBefore) {
    setOpenedBefore(opened);
    if (opened) {
      setQ('');
      setError(null);
    }
  }
  // The box takes what was typed since Ctrl+K whenever it gets focus, and it gets focus as soon as
  // it is in the page, not later when the dialog's focus trap gets to it.
  const takeTypedKeys = useCallback(() => {
    const typed = takeTypedAhead();
    if (typed) setQ(typed);
  }, []);
  const focusOnArrival = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input) return;
      input.focus();
      takeTypedKeys();
    },
    [takeTypedKeys],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = patientSearchText.safeParse(q);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the search text.');
      return;
    }
    onClose();
    void navigate({ to: '/patients', state: rememberPatientSearch({ q: parsed.data }) });
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Find a patient"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      returnFocus={false}
    >
      <form onSubmit={submit} noValidate>
        {/* The placeholder names no one: a demo person's name must not ship in the normal build. */}
        <TextInput
          label="Name, date of birth, MRN, email or phone"
          placeholder="e.g. last name, first name or MM/DD/YYYY"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          ref={focusOnArrival}
          onFocus={takeTypedKeys}
          data-autofocus
        />
        <Group justify="space-between" mt="md">
          <Text size="xs" c="dimmed">
            Press Enter to search
          </Text>
          <Button type="submit">Search</Button>
        </Group>
      </form>
    </Modal>
  );
}
