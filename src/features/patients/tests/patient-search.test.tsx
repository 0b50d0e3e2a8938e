import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { useFullClinic } from '../../../../tests/full-clinic';
import { patientIdOf, renderRoute } from '../../../../tests/render';

async function search(user: ReturnType<typeof renderRoute>['user'], text: string) {
  const box = await screen.findByLabelText('Search patients');
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Search' }));
}

function robert() {
  return db.patients.find((p) => p.id === patientIdOf('Robert Chen'))!;
}

describe('Patient search', () => {
  // Paging and matching are about a clinic of thousands: search the demo's full size.
  useFullClinic();

  it('marks an address whose last email bounced, in the results and on the workspace header', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, 'Emily Novak');
    const link = await screen.findByRole('link', { name: 'Novak, Emily' });
    const row = link.closest('tr')!;
    expect(
      within(row).getByRole('cell', { name: /emily\.novak@exmaple\.com\s*Email bounced/ }),
    ).toBeInTheDocument();
    await user.click(link);
    const banner = await screen.findByRole('region', { name: 'The email on file bounced' });
    expect(banner).toHaveTextContent('The last email to emily.novak@exmaple.com');
    expect(screen.getByText('Email bounced')).toBeInTheDocument();
  });

  it('finds a patient by name and shows portal status and code state', async () => {
    const { user, history } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, 'Robert Chen');
    const row = (await screen.findByRole('link', { name: 'Chen, Robert' })).closest('tr')!;
    expect(within(row).getByText('No account')).toBeInTheDocument();
    expect(within(row).getByText('No code')).toBeInTheDocument();
    // A name is patient data: it must not show up in the address bar.
    expect(history.location.href).toBe('/patients');
    expect(window.location.href).not.toMatch(/Robert|Chen/);
  });

  it('brings the search back with Back, without it ever being in the address bar', async () => {
    const { user, history } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, 'Robert Chen');
    await user.click(await screen.findByRole('link', { name: 'Chen, Robert' }));
    expect(await screen.findByRole('heading', { name: 'Robert Chen' })).toBeInTheDocument();
    history.back();
    expect(await screen.findByRole('link', { name: 'Chen, Robert' })).toBeInTheDocument();
    expect(screen.getByLabelText('Search patients')).toHaveValue('Robert Chen');
    expect(history.location.href).toBe('/patients');
  });

  it.each([
    [
      'date of birth (MM/DD/YYYY)',
      () => {
        const [y, m, d] = robert().dateOfBirth.split('-');
        return `${m}/${d}/${y}`;
      },
    ],
    ['date of birth (ISO)', () => robert().dateOfBirth],
    ['MRN', () => robert().mrn],
    ['email', () => 'robert.chen@example.com'],
    ['phone', () => '555-0101'],
  ])('finds Robert Chen by %s', async (_label, query) => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, query());
    expect(await screen.findByRole('link', { name: 'Chen, Robert' })).toBeInTheDocument();
  });

  it('says so plainly when nothing matches', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, 'Zzyzx Nobody');
    expect(await screen.findByText('No patient matches “Zzyzx Nobody”')).toBeInTheDocument();
    expect(screen.getByText(/try the date of birth, MRN, email or phone/)).toBeInTheDocument();
  });

  it('pages through many results on the server', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await search(user, 'Patel');
    const total = db.patients.filter(
      (p) => p.lastName === 'Patel' || p.firstName.startsWith('Patel'),
    ).length;
    expect(total).toBeGreaterThan(25);
    expect(await screen.findByText(`${total} patients found for “Patel”`)).toBeInTheDocument();
    const firstPage = screen.getAllByRole('link', { name: /^Patel, / }).map((a) => a.textContent);
    expect(firstPage).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await screen.findByRole('button', { name: 'Page 2', current: 'page' });
    const secondPage = screen.getAllByRole('link', { name: /^Patel, / }).map((a) => a.textContent);
    expect(secondPage[0]).not.toBe(firstPage[0]);
    expect(secondPage.length).toBe(Math.min(25, total - 25));
  });

  it('opens search from any screen with the keyboard shortcut', async () => {
    const { user } = renderRoute(`/patients/${patientIdOf('Grace Lee')}`, { as: 'front_desk' });
    await screen.findByRole('heading', { name: 'Grace Lee' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Find a patient' });
    await user.type(within(dialog).getByLabelText(/Name, date of birth/), 'Robert Chen{Enter}');
    expect(await screen.findByRole('link', { name: 'Chen, Robert' })).toBeInTheDocument();
  });
});
