import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import './styles/dialog-styles';

/** Ctrl+K or "/" from any screen: type a name, date of birth, MRN, email or phone, press Enter. */
export function QuickSearch({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!q.trim()) return;
    onClose();
    void navigate({ to: '/patients', state: { patientSearch: { q: q.trim() } } });
    setQ('');
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Find a patient"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form onSubmit={submit}>
        <TextInput
          label="Name, date of birth, MRN, email or phone"
          placeholder="e.g. Robert Chen, 03/14/1968, 1000001"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
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
