import { Modal } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';

/**
 * A dialog that makes one change to the record, loaded on the first press. Opening it again is a
 * new change; closing it abandons a save still on its way.
 */
export function RecordChangeModal({
  opened,
  title,
  save,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  save: { ready: () => void; abandon: () => void };
  onClose: () => void;
  /** The form, given the way to close the dialog. */
  children: (close: () => void) => ReactNode;
}) {
  const { ready } = save;
  useEffect(() => {
    if (opened) ready();
  }, [opened, ready]);
  const cancel = () => {
    save.abandon();
    onClose();
  };
  // Loaded on the first press, this mounts already asked to open; Mantine gives the focus back on
  // close only to what held it when `opened` turned true after mounting. So: mount closed, then open.
  const mounted = useMounted();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={opened && mounted}
      onClose={cancel}
      title={title}
    >
      {children(cancel)}
    </Modal>
  );
}
