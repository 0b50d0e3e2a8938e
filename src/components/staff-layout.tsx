import { AppShell, Badge, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconClipboardList,
  IconInbox,
  IconLock,
  IconLogout,
  IconSearch,
  IconUserShare,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import { signOut } from '../api/session';
import { waitingCountQuery } from '../api/shared-access-waiting';
import { leaveSignedOut } from '../app/session-sync';
import { setDraftOwner } from '../lib/form-drafts';
import { can, deniedReason, ROLE_LABELS } from '../lib/permissions';
import { announce } from '../lib/session-channel';
import { IdleLogoff } from './idle-logoff';

const staffRoute = getRouteApi('/_staff');
// Loaded on first use: its dialog would otherwise add Modal and ScrollArea to the first screen.
const QuickSearch = lazy(() => import('./quick-search').then((m) => ({ default: m.QuickSearch })));

export function StaffLayout() {
  const { user } = staffRoute.useRouteContext();
  const queryClient = useQueryClient();
  const router = useRouter();
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
  const waiting = useQuery(waitingCountQuery()).data?.waiting;

  useEffect(() => setDraftOwner(user.id), [user.id]);

  /** Ends the session on the server and in every tab of this browser. */
  const endSession = async (reason: 'user' | 'idle') => {
    await signOut();
    announce({ type: 'signed-out', reason });
    await leaveSignedOut(queryClient, router, reason);
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
              onClick={() => void endSession('user')}
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
        <NavLink
          component={Link}
          to="/family-linking"
          label="Family linking"
          leftSection={<IconUsersGroup size={18} aria-hidden />}
          active={pathname.startsWith('/family-linking')}
        />
        <NavLink
          component={Link}
          to="/shared-access"
          label="Shared-access requests"
          aria-label={
            waiting === undefined ? undefined : `Shared-access requests, ${waiting} waiting`
          }
          leftSection={<IconUserShare size={18} aria-hidden />}
          rightSection={
            waiting ? (
              <Badge size="sm" circle aria-hidden>
                {waiting}
              </Badge>
            ) : null
          }
          active={pathname.startsWith('/shared-access')}
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
      <IdleLogoff onTimeout={() => void endSession('idle')} />
      {searchUsed && (
        <Suspense fallback={null}>
          <QuickSearch opened={searchOpen} onClose={() => setSearchOpen(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
