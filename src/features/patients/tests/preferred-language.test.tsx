import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';

describe('Preferred language on the record', () => {
  it('shows on the Overview, and staff change it there; the change is audited', async () => {
    const id = patientIdOf('Robert Chen');
    const { user } = renderRoute(`/patients/${id}`, { as: 'front_desk' });
    const field = (await screen.findByText('Preferred language')).nextElementSibling as HTMLElement;
    expect(field).toHaveTextContent('English');

    await user.click(within(field).getByRole('button', { name: 'Change preferred language' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change preferred language' });
    await user.click(within(dialog).getByLabelText('Preferred language', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Vietnamese' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    expect(field).toHaveTextContent('Vietnamese');
    expect(db.patients.find((p) => p.id === id)!.preferredLanguage).toBe('vi');
    const audit = db.audit.filter((e) => e.patientId === id).at(-1)!;
    expect(audit).toMatchObject({
      action: 'Preferred language changed',
      details: 'English → Vietnamese',
      actorName: 'Felix Moreno',
    });
  });

  it('search results show a language badge only when it is not English', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    await user.type(await screen.findByLabelText('Search patients'), 'Martínez');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const rosa = (await screen.findByRole('link', { name: 'Martínez, Rosa' })).closest('tr')!;
    expect(within(rosa).getByText('Spanish')).toBeInTheDocument();
    const bao = (await searchFor(user, 'Bao Nguyen')).closest('tr')!;
    expect(within(bao).getByText('Vietnamese')).toBeInTheDocument();
    const robert = (await searchFor(user, 'Robert Chen')).closest('tr')!;
    expect(within(robert).queryByText('English')).not.toBeInTheDocument();
  });
});

async function searchFor(user: ReturnType<typeof renderRoute>['user'], name: string) {
  const box = screen.getByLabelText('Search patients');
  await user.clear(box);
  await user.type(box, name);
  await user.click(screen.getByRole('button', { name: 'Search' }));
  const [first, last] = name.split(' ');
  return screen.findByRole('link', { name: `${last}, ${first}` });
}
