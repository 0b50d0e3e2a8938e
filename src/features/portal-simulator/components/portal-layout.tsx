import { Box, Container, Paper, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';

/** The clinic's portal as the patient sees it (the simulator cannot read the mock's constants). */
export const PORTAL_TITLE = 'Riverside Family Clinic · Patient Portal';

/** Looks unlike Access Desk on purpose, so staff in training see they are on the patient's side. */
export function PortalLayout() {
  return (
    <Box mih="100vh" bg="gray.1">
      <Box component="header" bg="teal.9" c="white" py="sm" px="md">
        <Text fw={700} size="lg">
          {PORTAL_TITLE}
        </Text>
        <Text size="xs">Demo clinic: what the patient sees, simulated</Text>
      </Box>
      <Container component="main" size={560} py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Outlet />
        </Paper>
      </Container>
    </Box>
  );
}
