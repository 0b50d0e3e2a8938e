import { act, screen, waitFor, within } from '@testing-library/react';
import { vi, describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { announce } from '../../../../src/lib/session-channel';
import { fakeIdleClock } from '../../../../tests/idle';
import { patientIdOf, renderRoute, signInAs } from '../../../../tests/render';

const SLOW = { timeout: 15_000 };

/**
 * Felix types a care partner's name in "Record a request" on Dorothy Williams' Shared Access tab
 * and walks away; the tab signs him out when idle. Then Priya signs in in another tab of the same
 * browser (the cookie is shared); `told` says whether this tab heard of it.
 */
async function felixIdledOutThenPriyaSignsIn({ told }: { told: boolean }) {
  fakeIdleClock();
  const rendered = renderRoute(`/patients/${patientIdOf('Dorothy Williams')}/shared-access`, {
    as: 'front_desk',
  });
  await rendered.user.click(await screen.findByRole('button', { name: 'Record a request' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Record a shared-access request' });
  await rendered.user.type(
    within(dialog).getByRole('textbox', { name: "Care partner's name" }),
    'Paul Williams',
  );
  vi.advanceTimersByTime(15 * 60_000 + 1000);
  await screen.findByRole('dialog', { name: 'Are you still there?' }, SLOW);
  vi.advanceTimersByTime(2 * 60_000 + 1000);
  expect(await screen.findByText('You were signed out', {}, SLOW)).toBeInTheDocument();

  signInAs('patient_experience');
  const priya = db.staff.find((s) => s.role === 'patient_experience')!;
  if (told) announce({ type: 'signed-in', userId: priya.id });
  return rendered;
}

describe('A draft belongs to the staff member who typed it', { timeout: 90_000 }, () => {
  it.each([
    ['hears that Priya signed in', true],
    ['missed the news', false],
  ])(
    "Felix's tab goes Back after Priya signed in elsewhere (the tab %s): no dialog, no typing",
    async (_, told) => {
      const { history } = await felixIdledOutThenPriyaSignsIn({ told });
      act(() => history.back());
      // The layout may re-render as Priya's session settles; assert on the badge as it ends up.
      await waitFor(
        () => expect(screen.getByLabelText('Role: Patient experience')).toBeVisible(),
        SLOW,
      );
      expect(await screen.findByRole('button', { name: 'Record a request' }, SLOW)).toBeVisible();
      expect(screen.queryByRole('dialog', { name: 'Record a shared-access request' })).toBeNull();
      expect(screen.queryByDisplayValue('Paul Williams')).not.toBeInTheDocument();
    },
  );
});
