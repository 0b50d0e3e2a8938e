import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { registerThroughLink } from '../../../../mocks/services/portal';
import { TooManyTriesError } from '../../../../mocks/services/errors';
import { patientIdOf, renderRoute } from '../../../../tests/render';

/** Ten wrong codes on James O'Brien's link, each wait waited out: the link locks. */
async function lockJamessLink() {
  const james = patientIdOf("James O'Brien");
  const code = db.codes.filter((c) => c.patientId === james).at(-1)!;
  let at = Date.now();
  for (let i = 0; i < 10; i += 1) {
    try {
      await registerThroughLink(
        db,
        { token: code.linkToken, code: 'WRONG234', password: 'Sunny-days-2026' },
        db.now,
        at,
      );
    } catch (e) {
      if (e instanceof TooManyTriesError) at += e.retryAfterSeconds * 1000;
    }
  }
  return { james, code };
}

describe('Medical Access Code tab: a link locked after wrong codes', () => {
  it('says "Locked after wrong codes", and Send Access Link sends a new link that works', async () => {
    const { james, code } = await lockJamessLink();
    const { user } = renderRoute(`/patients/${james}/access`, { as: 'front_desk' });
    const card = await screen.findByRole('region', { name: 'Access code' });
    expect(within(card).getByText('Code locked')).toBeInTheDocument();
    expect(
      within(card).getByText(
        /Locked after wrong codes on .*: the wrong access code was typed 10 times/,
      ),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    expect(dialog).toHaveTextContent('Issues a new access code');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    expect(await within(card).findByText(/Active: expires in 5 days/)).toBeInTheDocument();
    const fresh = db.codes.filter((c) => c.patientId === james).at(-1)!;
    expect(fresh.id).not.toBe(code.id);
    expect(db.audit.filter((e) => e.patientId === james).map((e) => e.action)).toEqual(
      expect.arrayContaining(['Wrong access code', 'Access link locked', 'Access link sent']),
    );
  });
});
