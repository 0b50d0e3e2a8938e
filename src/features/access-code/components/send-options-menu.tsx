import { ActionIcon, Menu } from '@mantine/core';
import { IconMail, IconPrinter, IconSend } from '@tabler/icons-react';

interface Props {
  printing: boolean;
  onSend: () => void;
  onPrint: () => void;
}

/** The envelope icon next to the code (the seed's path): send the link, or print the code. */
export function SendOptionsMenu({ printing, onSend, onPrint }: Props) {
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <ActionIcon variant="light" size="lg" aria-label="Send options" loading={printing}>
          <IconMail size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconSend size={14} aria-hidden />} onClick={onSend}>
          Send Access Link
        </Menu.Item>
        <Menu.Item leftSection={<IconPrinter size={14} aria-hidden />} onClick={onPrint}>
          Print access code
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
