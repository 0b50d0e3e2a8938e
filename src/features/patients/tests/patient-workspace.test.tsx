import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { findPatient, toPatient } from '../../../../mocks/services/records';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';

describe('Patient Workspace', () => {
  it('shows the header and the Overview of Robert Chen', async () => {
    renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    expect(screen.getByText('58')).toBeInTheDocument();
    expect(screen.getByText('robert.chen@example.com')).toBeInTheDocument();
    expect(screen.getByText(/No portal account holds this record/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeInTheDocument();
  });

  it("shows which account holds a record and the family's other records", async () => {
    renderRoute(`/patients/${patientIdOf('Maria Garcia')}`, { as: 'patient_experience' });
    expect(
      await screen.findByText('maria.garcia@example.com', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Only this record.')).toBeInTheDocument();
  });

  it('lists this record’s audit events, newest first, on the Activity tab', async () => {
    const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}`, { as: 'front_desk' });
    await user.click(await screen.findByRole('tab', { name: 'Activity' }));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Access link sent',
      'Access code requested',
    ]);
  });

  it.each([
    ['an unknown id', '/patients/pat_does_not_exist'],
    ['a null byte', '/patients/%00'],
    ['a path traversal', '/patients/..%2F..%2Fetc'],
    ['a 300-character id', `/patients/${'a'.repeat(300)}`],
    ['an unknown id on a tab', '/patients/pat_does_not_exist/access'],
  ])('shows not found, with no Try again, for %s', async (_what, url) => {
    renderRoute(url, { as: 'front_desk' });
    // The first render of the app is slow on a loaded machine.
    expect(await screen.findByText(/not found/i, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to patient search' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('surfaces an answer that breaks the contract as an error, never as data', async () => {
    server.use(
      http.get('/api/v1/patients/:id', ({ params }) =>
        HttpResponse.json({
          ...toPatient(db, findPatient(db, String(params.id))!),
          portalStatus: 'maybe',
        }),
      ),
    );
    renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unexpected answer from the server');
    expect(alert).toHaveTextContent('portalStatus');
    expect(screen.queryByRole('heading', { name: 'Robert Chen' })).not.toBeInTheDocument();
  });

  it('offers retry when the server fails', async () => {
    let fail = true;
    server.use(
      http.get('/api/v1/patients/:id', () => {
        if (!fail) return undefined;
        return HttpResponse.json({ title: 'Server error', status: 500 }, { status: 500 });
      }),
    );
    const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Server error',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
  });
});
