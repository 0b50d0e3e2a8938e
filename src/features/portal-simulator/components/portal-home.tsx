import { Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../components/anchor-link';

/** The portal opened directly: how to log in, and where new patients start. */
export function PortalHome() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome to the Patient Portal
      </Title>
      <Text>
        <strong>Log in</strong> with your email and the password you chose when you set up your
        account. You don't need an access code to log in.
      </Text>
      <Text size="sm" c="dimmed">
        Logging in is not part of this demo.
      </Text>
      <Text>
        New here? Open the email from the clinic and click the blue button: it sets up your account
        with your access code filled in.
      </Text>
      <AnchorLink to="/portal/register">Set up a portal account</AnchorLink>
    </Stack>
  );
}
