import { AppShell, Badge, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core';
import {
  IconChecklist,
  IconClipboardList,
  IconInbox,
  IconLock,
  IconLogout,
  IconMenu2,
  IconSearch,
  IconUserShare,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { StaffRole } from '../api/contract/session';
import { signOut } from '../api/session';
import { waitingCountQuery } from '../api/shared-access-waiting';
import { todayCountQuery } from '../api/today-count';
import { leaveSignedOut } from '../app/session-sync';
import { claimDrafts, setDraftOwner } from '../lib/form-drafts';
import { can, deniedReason, ROLE_LABELS } from '../lib/permissions';
import { announce } from '../lib/session-channel';
import { startTypingAhead, takeTypedAhead } from '../lib/typed-ahead';
import { IdleLogoff } from './idle-logoff';
import './staff-layout.css';

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
  // Ctrl+K types nothing, so it works from inside a text box too; "/" only outside one. A plain
  // listener rather than Mantine's useHotkeys, whose key parser the first screen need not carry.
  const onShortcut = useEffectEvent(() => openSearch());
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.matches('input, textarea, select');
      const modK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      if (!modK && !(e.key === '/' && !typing && !e.ctrlKey && !e.metaKey)) return;
      e.preventDefault();
      onShortcut();
    };
    document.documentElement.addEventListener('keydown', onKeyDown);
    return () => document.documentElement.removeEventListener('keydown', onKeyDown);
  }, []);
  const returnFocusTo = useRef<Element | null>(null);
  function openSearch() {
    if (searchOpen) return;
    // Keys typed before the box has focus (its code may still be loading) are kept for it.
    startTypingAhead();
    returnFocusTo.current = document.activeElement;
    setSearchUsed(true);
    setSearchOpen(true);
  }
  function closeSearch() {
    takeTypedAhead();
    setSearchOpen(false);
    if (returnFocusTo.current instanceof HTMLElement) returnFocusTo.current.focus();
  }
  const canAudit = can(user.role, 'audit.readAll');
  const waiting = useQuery(waitingCountQuery()).data?.waiting;
  const todayCount = useQuery(todayCountQuery()).data?.total;

  // Before any form below renders and reads its draft: a tab that comes back (Back) under someone
  // else's session must not show another's typing.
  claimDrafts(user.id);
  useEffect(() => setDraftOwner(user.id), [user.id]);

  /** Ends the session on the server and in every tab of this browser. */
  const endSession = async (reason: 'user' | 'idle') => {
    await signOut();
    announce({ type: 'signed-out', reason });
    await leaveSignedOut(queryClient, router, reason);
  };

  // Below the `sm` breakpoint the menu covers the screen, so it opens only when asked for.
  const [navOpen, setNavOpen] = useState(false);
  const burgerRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (navOpen) navRef.current?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [navOpen]);
  const closeNavOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !navOpen) return;
    setNavOpen(false);
    burgerRef.current?.focus();
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            {/* A plain Button rather than Burger: the first screen's code stays as it was. */}
            <Button
              ref={burgerRef}
              hiddenFrom="sm"
              variant="subtle"
              color="dark"
              size="sm"
              px={6}
              onClick={() => setNavOpen((open) => !open)}
              aria-label="Menu"
              aria-expanded={navOpen}
              aria-controls="staff-nav"
            >
              <IconMenu2 size={22} aria-hidden />
            </Button>
            <Text
              fw={700}
              size="lg"
              component={Link}
              to="/today"
              c="inherit"
              td="none"
              style={{ whiteSpace: 'nowrap' }}
            >
              Access Desk
            </Text>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSearch size={14} aria-hidden />}
              rightSection={<Kbd size="xs">Ctrl K</Kbd>}
              onClick={openSearch}
              aria-keyshortcuts="Control+K /"
              classNames={{ section: 'ad-shortcut' }}
            >
              Find a patient
            </Button>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <SignedInUser name={user.name} role={user.role} />
            </Stack>
            <Button
              variant="subtle"
              size="sm"
              px="xs"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void endSession('user')}
              aria-label="Sign out"
              classNames={{ label: 'ad-sign-out-label', section: 'ad-sign-out-icon' }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {/* Choosing a link closes the menu; on a wide screen the menu is always shown. */}
      <AppShell.Navbar
        ref={navRef}
        id="staff-nav"
        p="xs"
        aria-label="Main"
        className="ad-staff-nav"
        mod={{ collapsed: !navOpen }}
        onClick={(e) => {
          if ((e.target as Element).closest('a[href]')) setNavOpen(false);
        }}
        onKeyDown={closeNavOnEscape}
      >
        <NavLink
          component={Link}
          to="/today"
          label="Today"
          aria-label={todayCount === undefined ? undefined : `Today, ${todayCount} to do`}
          leftSection={<IconChecklist size={18} aria-hidden />}
          rightSection={
            todayCount ? (
              <Badge size="sm" aria-hidden>
                {todayCount}
              </Badge>
            ) : null
          }
          active={pathname === '/today'}
        />
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
          <QuickSearch opened={searchOpen} onClose={closeSearch} />
        </Suspense>
      )}
    </AppShell>
  );
}

/** Who is signed in, and as what: in the header on a wide screen, atop the menu on a narrow one. */
function SignedInUser({ name, role }: { name: string; role: StaffRole }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Badge size="sm" variant="light" aria-label={`Role: ${ROLE_LABELS[role]}`}>
        {ROLE_LABELS[role]}
      </Badge>
    </>
  );
}
