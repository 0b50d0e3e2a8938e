import { Alert, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';

/** The seed's third mix-up: the portal opened directly, so the code field is empty. */
export function NoCodeHelp() {
  return (
    <Alert
      role="note"
      color="blue"
      variant="light"
      icon={<IconMail aria-hidden />}
      title="I don't have an access code"
    >
      <Text size="sm">
        The code only fills in when you arrive through the email link. Go back to the email from the
        clinic and click the blue button.
      </Text>
    </Alert>
  );
}
