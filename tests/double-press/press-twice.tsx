import { act, fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/db';
import { chaos } from '../../mocks/http';

/*
 * Every dialog that makes a change, pressed twice as a hurried hand does: the second press 0 to
 * 600 ms after the first, while each answer takes 150 ms, and right as the answer is back and the
 * dialog closes (its transition on, as in a browser). Exactly one change is made each time: the
 * audit entries of its kind and the emails that one press makes, no more and no fewer.
 */

export const SLOW = { timeout: 15_000 };

const audited = (action: string) => db.audit.filter((a) => a.action === action).length;

/**
 * When the second press comes: a fixed time after the first (while the request runs, or after),
 * or the moment the change has landed, on the dialog as it closes.
 */
type Gap = number | 'as the dialog closes';
const GAPS: Gap[] = [0, 300, 600, 'as the dialog closes'];

/** The same press twice on whatever `target` found first (it may be gone by the second). */
async function pressTwice(target: () => HTMLElement | null, gap: Gap, landed: () => boolean) {
  const first = target();
  if (!first) throw new Error('Nothing to press');
  act(() => {
    fireEvent.click(first);
  });
  // The change is made and its answer is back: the button no longer spins while the dialog
  // closes (or it spins until the dialog is gone, and no press can land on it).
  const spinning = () =>
    first.isConnected &&
    (first.hasAttribute('data-loading') || (first as HTMLButtonElement).disabled);
  if (gap === 'as the dialog closes')
    await vi.waitFor(() => expect(landed() && !spinning()).toBe(true), SLOW);
  else if (gap > 0) await act(() => new Promise((r) => setTimeout(r, gap)));
  // A press on the spot where the button was: the same element if it is still on the page.
  const second = first.isConnected ? first : target();
  if (second)
    act(() => {
      fireEvent.click(second);
    });
}

/** Waits until the change has landed and what follows has settled, then counts. */
async function settle(): Promise<void> {
  await act(() => new Promise((r) => setTimeout(r, 400)));
}

export async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }, SLOW));
}

export interface Case {
  name: string;
  action: string;
  /** Audit entries of `action` one change makes: one, or one per record it sends to. */
  entries?: number;
  /** Emails one change sends. */
  emails: number;
  /** Opens the dialog (or page) and fills it; returns the button to press. */
  open: () => Promise<() => HTMLElement | null>;
}

/** The button `name` in the dialog `dialog`, while the dialog is open. */
export const button = (dialog: string, name: string) => () => {
  const d = screen.queryByRole('dialog', { name: dialog });
  return d ? within(d).queryByRole('button', { name }) : null;
};

/** The button `name` on the page (a form that is not in a dialog), while it is there. */
export const pageButton = (name: string) => () => screen.queryByRole('button', { name });

/** One test per case and gap: the dialog opened and filled, then its button pressed twice. */
export function pressedTwiceMakeOneChange(cases: Case[]): void {
  describe('Each change dialog pressed twice makes one change', { timeout: 120_000 }, () => {
    for (const c of cases) {
      it.each(GAPS)(`${c.name}: second press %s`, async (gap) => {
        const press = await c.open();
        chaos.latencyMs = 150;
        const entries = c.entries ?? 1;
        const before = audited(c.action);
        const emails = db.emails.length;
        await pressTwice(press, gap, () => audited(c.action) >= before + entries);
        await vi.waitFor(
          () => expect(audited(c.action)).toBeGreaterThanOrEqual(before + entries),
          SLOW,
        );
        await settle();
        expect(audited(c.action) - before, 'audit entries after two presses').toBe(entries);
        expect(db.emails.length - emails, 'emails sent by two presses').toBe(c.emails);
      });
    }
  });
}
