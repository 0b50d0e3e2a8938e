import { AppShell, Badge, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconClipboardList,
  IconInbox,
  IconLock,
  IconLogout,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { signOut } from '../api/session';
import { can, deniedReason, ROLE_LABELS } from '../lib/permissions';

const staffRoute = getRouteApi('/_staff');
// Loaded on first use: its dialog would otherwise add Modal and ScrollArea to the first screen.
const QuickSearch = lazy(() => import('./quick-search').then((m) => ({ default: m.QuickSearch })));

export function StaffLayout() {
  const { user } = staffRoute.useRouteContext();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchUsed, setSearchUsed] = useState(false);
  useHotkeys([
    ['mod+K', () => openSearch()],
    ['/', () => openSearch()],
  ]);
  function openSearch() {
    setSearchUsed(true);
    setSearchOpen(true);
  }
  const canAudit = can(user.role, 'audit.readAll');

  const onSignOut = async () => {
    await signOut();
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="lg" component={Link} to="/patients" c="inherit" td="none">
              Access Desk
            </Text>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSearch size={14} aria-hidden />}
              rightSection={<Kbd size="xs">Ctrl K</Kbd>}
              onClick={openSearch}
              aria-keyshortcuts="Control+K /"
            >
              Find a patient
            </Button>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600} data-testid="signed-in-user">
                {user.name}
              </Text>
              <Badge size="sm" variant="light" aria-label={`Role: ${ROLE_LABELS[user.role]}`}>
                {ROLE_LABELS[user.role]}
              </Badge>
            </Stack>
            <Button
              variant="subtle"
              size="sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void onSignOut()}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink
          component={Link}
          to="/patients"
          label="Patients"
          leftSection={<IconUsers size={18} aria-hidden />}
          active={pathname.startsWith('/patients')}
        />
        {canAudit ? (
          <NavLink
            component={Link}
            to="/audit"
            label="Audit log"
            leftSection={<IconClipboardList size={18} aria-hidden />}
            active={pathname === '/audit'}
          />
        ) : (
          <NavLink
            component="div"
            aria-disabled="true"
            label="Audit log"
            description="Clinic managers only"
            title={deniedReason('audit.readAll')}
            c="dimmed"
            style={{ cursor: 'not-allowed' }}
            leftSection={<IconClipboardList size={18} aria-hidden />}
            rightSection={<IconLock size={14} aria-label="Not available for your role" />}
          />
        )}
        {import.meta.env.VITE_MOCK_API === 'true' && (
          <NavLink
            component={Link}
            to="/outbox"
            label="Outbox (demo)"
            leftSection={<IconInbox size={18} aria-hidden />}
            active={pathname === '/outbox'}
          />
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      {searchUsed && (
        <Suspense fallback={null}>
          <QuickSearch opened={searchOpen} onClose={() => setSearchOpen(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
