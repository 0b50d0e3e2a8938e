import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { StaffRole } from '../src/api/contract/session';
import { ROLE_LABELS } from '../src/lib/permissions';

// A busy machine may take a while to show the warning and the sign-in screen.
const SLOW = { timeout: 15_000 };

/** Fakes only the clock and the once-a-second idle check; requests keep their real timers. */
export function fakeIdleClock(): void {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
}

/**
 * Leaves the app idle past the 15 minutes and the 2-minute warning, checks that none of `gone`
 * (what was typed, the patient's name) stays on screen, then signs in with the demo button of
 * `role`: the same person coming back, or someone else taking the screen over.
 */
export async function idleOutAndBack(user: UserEvent, role: StaffRole, gone: string[]) {
  vi.advanceTimersByTime(15 * 60_000 + 1000);
  const warning = await screen.findByRole('dialog', { name: 'Are you still there?' }, SLOW);
  expect(within(warning).getByRole('timer')).toHaveTextContent(/^[12]:\d\d$/);
  vi.advanceTimersByTime(2 * 60_000 + 1000);
  expect(await screen.findByText('You were signed out', {}, SLOW)).toBeInTheDocument();
  for (const text of gone) {
    expect(screen.queryByDisplayValue(text)).not.toBeInTheDocument();
    expect(screen.queryByText(text, { exact: false })).not.toBeInTheDocument();
  }
  await user.click(screen.getByRole('button', { name: `Sign in as ${ROLE_LABELS[role]}` }));
}
