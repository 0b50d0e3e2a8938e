import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';

describe('Print access code', () => {
  it('opens a print-ready letter and records the print as a delivery', async () => {
    const id = patientIdOf("James O'Brien");
    const code = db.codes.find((c) => c.patientId === id)!;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print access code' }));

    const letter = await screen.findByRole('dialog', { name: 'Access code letter' });
    expect(letter).toHaveTextContent("Dear James O'Brien");
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

    await user.click(within(letter).getByRole('button', { name: 'Print letter' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(within(letter).getByRole('button', { name: 'Close' }));

    const history = await screen.findByRole('table', { name: 'Delivery history' });
    expect(
      await within(history).findByRole('row', { name: /Printed letter.*Felix Moreno.*Printed/ }),
    ).toBeInTheDocument();
    expect(db.audit.some((e) => e.patientId === id && e.action === 'Access code printed')).toBe(
      true,
    );
    print.mockRestore();
  });
});
