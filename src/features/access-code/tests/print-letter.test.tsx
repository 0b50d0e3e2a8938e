import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { formatDate } from '../../../lib/format';
import { patientIdOf, renderRoute } from '../../../../tests/render';

describe('Print access code', () => {
  it('opens a print-ready letter; only a confirmed print is recorded, once', async () => {
    const id = patientIdOf("James O'Brien");
    const code = db.codes.find((c) => c.patientId === id)!;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print access code' }));

    const letter = await screen.findByRole('dialog', { name: 'Access code letter' });
    expect(await within(letter).findByText("Dear James O'Brien,")).toBeInTheDocument();
    // The letter names the clinic, the day it was printed, and the number to call for help.
    expect(letter).toHaveTextContent('Riverside Family Clinic has given you access');
    expect(letter).toHaveTextContent(`Printed on ${formatDate(new Date().toISOString())}`);
    expect(letter).toHaveTextContent('Need help? Call Riverside Family Clinic at (555) 010-2400.');
    expect(within(letter).getByText(code.code)).toBeInTheDocument();
    expect(letter).toHaveTextContent('https://portal.clinic.example');
    expect(letter).toHaveTextContent('Use it by Nov 24, 2026');
    expect(await within(letter).findByRole('img', { name: /QR code/ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(letter).toHaveTextContent('It’s asking for a password and I only have a code');
    expect(letter).toHaveTextContent('The code is not your password');
    expect(letter).toHaveTextContent('There’s a code already filled in: is that an example?');
    expect(letter).toHaveTextContent('Leave it as it is and continue');
    expect(letter).toHaveTextContent('I don’t have an access code');
    expect(letter).toHaveTextContent('go back to it and click the blue button');

    const printedRows = () =>
      db.deliveries.filter((d) => d.patientId === id && d.channel === 'print');
    const printAudits = () =>
      db.audit.filter((e) => e.patientId === id && e.action === 'Access code printed');
    // Opening the letter and saying it did not print records nothing.
    expect(printedRows()).toHaveLength(0);
    await user.click(within(letter).getByRole('button', { name: 'Print letter' }));
    expect(print).toHaveBeenCalledTimes(1);
    const question = within(letter).getByRole('group', { name: 'Did the letter print?' });
    await user.click(within(question).getByRole('button', { name: 'No' }));
    expect(within(letter).getByRole('status')).toHaveTextContent('Nothing was recorded');
    expect(printedRows()).toHaveLength(0);
    expect(printAudits()).toHaveLength(0);

    // A real print, confirmed (a double click included), is one delivery row and one audit entry.
    await user.click(within(letter).getByRole('button', { name: 'Print letter' }));
    const again = within(letter).getByRole('group', { name: 'Did the letter print?' });
    await user.dblClick(within(again).getByRole('button', { name: 'Yes, it printed' }));
    await waitFor(() => expect(letter).not.toBeInTheDocument());

    const history = await screen.findByRole('table', { name: 'Delivery history' });
    expect(
      await within(history).findAllByRole('row', { name: /Printed letter.*Felix Moreno.*Printed/ }),
    ).toHaveLength(1);
    expect(printedRows()).toHaveLength(1);
    expect(printAudits()).toHaveLength(1);
    print.mockRestore();
  });

  it('closing the letter without printing records nothing', async () => {
    const id = patientIdOf("James O'Brien");
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print access code' }));
    const letter = await screen.findByRole('dialog', { name: 'Access code letter' });
    await user.click(within(letter).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(letter).not.toBeInTheDocument());
    const history = screen.getByRole('table', { name: 'Delivery history' });
    expect(within(history).queryByRole('row', { name: /Printed letter/ })).toBeNull();
    expect(db.audit.some((e) => e.patientId === id && e.action === 'Access code printed')).toBe(
      false,
    );
  });
});
