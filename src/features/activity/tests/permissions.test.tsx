import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signInAs, renderRoute } from '../../../../tests/render';
import { PERMISSIONS } from '../../../lib/permissions';

describe('Permissions: one table for the UI and the API', () => {
  it('lets a clinic manager read the whole audit log', async () => {
    renderRoute('/audit', { as: 'clinic_manager' });
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findAllByText('Access link sent')).not.toHaveLength(0);
  });

  it('shows front desk why the audit log is not theirs, not just a grey link', async () => {
    renderRoute('/audit', { as: 'front_desk' });
    expect(
      await screen.findByText('Clinic managers only', {
        selector: '.mantine-Alert-title *, .mantine-Alert-title',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(PERMISSIONS['audit.readAll'].deniedReason).length).toBeGreaterThan(
      0,
    );
    expect(
      screen.getByText('Clinic managers only', { selector: '.mantine-NavLink-description' }),
    ).toBeInTheDocument();
  });

  it.each(['front_desk', 'patient_experience'] as const)(
    'the API answers 403 to %s for the audit log',
    async (role) => {
      signInAs(role);
      const res = await fetch('/api/v1/audit', {
        headers: { 'X-Requested-With': 'access-desk' },
      });
      expect(res.status).toBe(403);
      const problem = (await res.json()) as { title: string; detail: string };
      expect(problem.detail).toBe(PERMISSIONS['audit.readAll'].deniedReason);
    },
  );

  it('the API answers 401 without a session', async () => {
    const res = await fetch('/api/v1/patients/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'Chen' }),
    });
    expect(res.status).toBe(401);
  });
});
