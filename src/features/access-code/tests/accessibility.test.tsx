import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { patientIdOf, renderRoute } from '../../../../tests/render';

/** Serious and critical axe findings on the page as it is now (jsdom cannot judge contrast). */
async function seriousViolations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('Medical Access Code tab accessibility', () => {
  it.each(['Robert Chen', 'Olivia Martin', 'Emily Novak'])(
    'has no serious axe findings for %s',
    async (name) => {
      renderRoute(`/patients/${patientIdOf(name)}/access`, { as: 'front_desk' });
      await screen.findByRole('region', { name: 'Access code' });
      expect(await seriousViolations()).toEqual([]);
    },
  );

  it('keeps its dialogs accessible, opened from the keyboard', async () => {
    const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
      as: 'front_desk',
    });
    (await screen.findByRole('button', { name: 'Send options' })).focus();
    await user.keyboard('{Enter}');
    const item = await screen.findByRole('menuitem', { name: 'Send Access Link' });
    await user.keyboard('{ArrowDown}');
    expect(item).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Send Access Link' })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Revoke Access' }));
    expect(await screen.findByRole('dialog', { name: 'Revoke Access' })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print access code' }));
    await screen.findByRole('img', { name: /QR code/ });
    expect(await seriousViolations()).toEqual([]);
  });
});
