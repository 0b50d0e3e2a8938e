import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { revokeAccess } from '../../../../mocks/services/access-code';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const CONTACT = '/api/v1/patients/:id/contact';
const SLOW = { timeout: 15_000 };
const BANNER = { name: 'Access revoked: the email on file reached the wrong person' };

const patientRow = (name: string) => db.patients.find((p) => p.id === patientIdOf(name))!;

/** The patient's Overview, with the Edit contact dialog open. */
async function openEditContact(name: string) {
  const rendered = renderRoute(`/patients/${patientIdOf(name)}`, { as: 'front_desk' });
  await rendered.user.click(await screen.findByRole('button', { name: 'Edit contact' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Edit contact details' }, SLOW);
  const email = within(dialog).getByRole('textbox', { name: 'Email address' });
  const phone = within(dialog).getByRole('textbox', { name: 'Phone' });
  const save = within(dialog).getByRole('button', { name: 'Save' });
  return { ...rendered, dialog, email, phone, save };
}

/** Olivia Martin's used access, revoked by the clinic manager because it reached the wrong person. */
function revokeOliviaAsWrongPerson() {
  const carmen = db.staff.find((s) => s.role === 'clinic_manager')!;
  revokeAccess(
    db,
    { id: carmen.id, name: carmen.name, role: carmen.role },
    { patientId: patientIdOf('Olivia Martin'), reason: 'wrong_person' },
    db.now,
  );
}

describe('Edit contact on the Overview', () => {
  it("corrects Olivia Martin's wrong-person address: refused as it is, then saved, clearing the banner, and audited", async () => {
    revokeOliviaAsWrongPerson();
    const { user, dialog, email, save } = await openEditContact('Olivia Martin');
    expect(screen.getByRole('region', BANNER)).toBeInTheDocument();
    expect(email).toHaveValue('olivia.martin@example.org');
    // Said at once, naming the revoke; and Save does not send it.
    expect(email).toHaveAccessibleDescription(
      /^Access was revoked on .* because a link sent to olivia\.martin@example\.org reached the wrong person\. Enter the right address/,
    );
    const version = patientRow('Olivia Martin').version;
    await user.click(save);
    expect(dialog).toBeInTheDocument();
    expect(patientRow('Olivia Martin').version).toBe(version);

    await user.clear(email);
    await user.type(email, 'olivia.martin@example.com');
    expect(email).toHaveAccessibleDescription(
      'This replaces olivia.martin@example.org. Leave it empty if Olivia has no email.',
    );
    await user.click(save);
    expect(await screen.findByText("Olivia Martin's email and phone are updated.")).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Edit contact details' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', BANNER)).not.toBeInTheDocument());
    expect(screen.getByText('olivia.martin@example.com')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Activity' }));
    expect(
      await screen.findByRole(
        'row',
        {
          name: /Felix Moreno.*Contact details updated.*email olivia\.martin@example\.org → olivia\.martin@example\.com/,
        },
        SLOW,
      ),
    ).toBeInTheDocument();
  });

  it('refuses putting the wrong address back, with the API naming the revoke under the field', async () => {
    revokeOliviaAsWrongPerson();
    const olivia = patientRow('Olivia Martin');
    olivia.email = 'olivia.martin@example.com';
    olivia.version += 1;
    const { user, dialog, email, save } = await openEditContact('Olivia Martin');
    expect(screen.queryByRole('region', BANNER)).not.toBeInTheDocument();
    await user.clear(email);
    await user.type(email, 'olivia.martin@example.org');
    await user.click(save);
    const alert = await within(dialog).findByRole('alert', {
      name: 'This address reached the wrong person',
    });
    expect(alert).toHaveTextContent('Fix what is marked above, then press Save.');
    expect(email).toHaveAccessibleDescription(
      /^Access was revoked on .* because a link sent to olivia\.martin@example\.org reached the wrong person\./,
    );
    expect(olivia.email).toBe('olivia.martin@example.com');
  });

  it("offers the typo's fix, and saves it when used (Emily Novak)", async () => {
    const { user, dialog, email, save } = await openEditContact('Emily Novak');
    expect(within(dialog).getByText('Possible typo in the email address')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use emily.novak@example.com' }));
    expect(email).toHaveValue('emily.novak@example.com');
    expect(
      within(dialog).queryByText('Possible typo in the email address'),
    ).not.toBeInTheDocument();
    await user.click(save);
    expect(await screen.findByText("Emily Novak's email and phone are updated.")).toBeVisible();
    expect(patientRow('Emily Novak').email).toBe('emily.novak@example.com');
  });

  it("warns that the address is on file for another patient (Grace Lee's, typed for Robert Chen)", async () => {
    const { user, dialog, email } = await openEditContact('Robert Chen');
    await user.clear(email);
    await user.type(email, 'grace.lee@example.com');
    const warning = await within(dialog).findByRole('alert', {
      name: 'This address is on file for another patient',
    });
    expect(warning).toHaveTextContent('Grace Lee');
  });

  it('saves a domain that only looks familiar only once its own box is ticked', async () => {
    const { user, dialog, email, save } = await openEditContact('Robert Chen');
    await user.clear(email);
    // A Cyrillic а in "exаmple.com".
    await user.type(email, 'robert.chen@exаmple.com');
    expect(within(dialog).getByText('This domain only looks familiar')).toBeInTheDocument();
    await user.click(save);
    const tick = within(dialog).getByRole('checkbox', {
      name: 'I checked this domain letter by letter with the patient',
    });
    expect(tick).toHaveAccessibleDescription(/^The domain reads as exаmple\.com/);
    expect(patientRow('Robert Chen').email).toBe('robert.chen@example.com');

    await user.click(tick);
    await user.click(save);
    expect(await screen.findByText("Robert Chen's email and phone are updated.")).toBeVisible();
    expect(patientRow('Robert Chen').email).toBe('robert.chen@xn--exmple-4nf.com');
  });

  it('names the phone field and the fix for a bad phone, and keeps what was typed', async () => {
    const { user, email, phone, save } = await openEditContact('Robert Chen');
    await user.clear(phone);
    await user.type(phone, '555-01');
    await user.click(save);
    expect(phone).toHaveAccessibleDescription(/^Phone must be 7 to 20 digits, like 555-0142\./);
    expect(phone).toHaveValue('555-01');
    expect(email).toHaveValue('robert.chen@example.com');
    expect(patientRow('Robert Chen').phone).not.toBe('555-01');
  });

  it('keeps the form filled when the save fails, and saves on the next try', async () => {
    server.use(
      http.put(CONTACT, () => HttpResponse.json({ title: 'Server error' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user, dialog, email, phone, save } = await openEditContact('Robert Chen');
    await user.clear(email);
    await user.type(email, 'r.chen@example.net');
    await user.clear(phone);
    await user.type(phone, '555-0199');
    await user.click(save);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The server had a problem');
    expect(alert).toHaveTextContent('Your entries are kept: press Save to try again.');
    expect(email).toHaveValue('r.chen@example.net');
    expect(phone).toHaveValue('555-0199');

    await user.click(save);
    expect(await screen.findByText("Robert Chen's email and phone are updated.")).toBeVisible();
    expect(patientRow('Robert Chen')).toMatchObject({
      email: 'r.chen@example.net',
      phone: '555-0199',
    });
  });

  it('says someone else changed the details meanwhile (409), keeps the form, and saves over them on the next press', async () => {
    const { user, dialog, email, save } = await openEditContact('Robert Chen');
    // A colleague saves a new address while this dialog is open.
    const robert = patientRow('Robert Chen');
    robert.email = 'rchen@example.org';
    robert.version += 1;

    await user.clear(email);
    await user.type(email, 'robert.chen@example.net');
    await user.click(save);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this record');
    expect(alert).toHaveTextContent('Someone else changed the contact details meanwhile');
    expect(alert).toHaveTextContent('On file now: email rchen@example.org, phone 555-0101');
    expect(email).toHaveValue('robert.chen@example.net');
    expect(robert.email).toBe('rchen@example.org');

    await user.click(save);
    expect(await screen.findByText("Robert Chen's email and phone are updated.")).toBeVisible();
    expect(robert.email).toBe('robert.chen@example.net');
  });
});
