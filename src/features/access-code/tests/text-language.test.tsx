import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const patient = (name: string) => db.patients.find((p) => p.id === patientIdOf(name))!;
const lastEmailTo = (to: string) => db.emails.filter((e) => e.to === to).at(-1);
const auditsOf = (id: string, action: string) =>
  db.audit.filter((e) => e.patientId === id && e.action === action);

async function openSend(name: string) {
  const id = patientIdOf(name);
  const rendered = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
  await rendered.user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
  const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
  return { ...rendered, id, dialog };
}

describe("Texts in the patient's language: the send and print dialogs", () => {
  it("Rosa's link: the dialog says Email in Spanish, previews the Spanish email, and sends exactly it", async () => {
    const { user, id, dialog } = await openSend('Rosa Martínez');
    expect(
      within(dialog).getByLabelText('Email in Spanish', { selector: 'input' }),
    ).toBeInTheDocument();
    const preview = await within(dialog).findByRole('region', {
      name: 'Preview of the email in Spanish',
    });
    expect(preview.firstElementChild).toHaveAttribute('lang', 'es');
    expect(preview).toHaveTextContent('Enlace para ver su historial médico');
    expect(preview).toHaveTextContent('Hola, Rosa:');
    expect(preview).toHaveTextContent('Rosa Martínez');
    expect(preview).toHaveTextContent(/Este enlace vence el \d+ de [a-z]+ de 2026/);

    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    const email = lastEmailTo('rosa.martinez@example.com')!;
    expect(email.language).toBe('es');
    expect(email.subject).toBe('Enlace para ver su historial médico');
    // The preview was the email: every paragraph it showed went out.
    for (const line of email.body.split('\n\n')) expect(preview).toHaveTextContent(line);
    expect(db.deliveries.at(-1)).toMatchObject({ patientId: id, language: 'es' });
    expect(auditsOf(id, 'Access link sent').at(-1)!.details).toMatch(/in Spanish\.$/);
    // The tab's history says which language the email went out in, newest first.
    const history = await screen.findByRole('table', { name: 'Delivery history' });
    expect(within(history).getByRole('columnheader', { name: 'Language' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(history).getAllByRole('row')[1]).toHaveTextContent(
        /rosa\.martinez@example\.com.*Spanish/,
      ),
    );
  });

  it('staff choose English for this send only: the preview, the email and the audit say English, and Rosa still prefers Spanish', async () => {
    const { user, id, dialog } = await openSend('Rosa Martínez');
    await user.click(within(dialog).getByLabelText('Email in Spanish', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'English' }));
    expect(
      within(dialog).getByLabelText('Email in English', { selector: 'input' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/preferred language stays Spanish/)).toBeInTheDocument();
    const preview = await within(dialog).findByRole('region', {
      name: 'Preview of the email in English',
    });
    expect(preview).toHaveTextContent('Hello Rosa,');

    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const email = lastEmailTo('rosa.martinez@example.com')!;
    expect(email).toMatchObject({ language: 'en', subject: 'Medical Records Access Link' });
    expect(email.body).toContain('Hello Rosa,');
    expect(auditsOf(id, 'Access link sent').at(-1)!.details).toMatch(/in English\.$/);
    expect(patient('Rosa Martínez').preferredLanguage).toBe('es');
    const history = await screen.findByRole('table', { name: 'Delivery history' });
    await waitFor(() =>
      expect(within(history).getAllByRole('row')[1]).toHaveTextContent(
        /rosa\.martinez@example\.com.*English/,
      ),
    );
  });

  it("Bao's printed letter is in Vietnamese; another language for this letter is recorded with the print", async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const id = patientIdOf('Bao Nguyen');
    const { user } = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print access code' }));
    const dialog = await screen.findByRole('dialog', { name: 'Access code letter' });
    expect(
      within(dialog).getByLabelText('Letter in Vietnamese', { selector: 'input' }),
    ).toBeVisible();
    const greeting = await within(dialog).findByText('Kính gửi Bao Nguyen,');
    const letter = greeting.closest('[lang]')!;
    expect(letter).toHaveAttribute('lang', 'vi');
    const code = db.codes.find((c) => c.patientId === id && !c.revokedAt)!;
    expect(within(dialog).getByText(code.code)).toBeInTheDocument();
    expect(letter).toHaveTextContent('Mã truy cập Cổng Thông Tin Bệnh Nhân của quý vị');
    expect(letter).toHaveTextContent('Nếu có trục trặc');
    expect(letter).toHaveTextContent('“Trang web hỏi mật khẩu mà tôi chỉ có mã.”');
    expect(await within(dialog).findByText('Quét bằng máy ảnh điện thoại')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Letter in Vietnamese', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Spanish' }));
    expect(await within(dialog).findByText('Estimado/a Bao Nguyen:')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Print letter' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, it printed' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(db.deliveries.at(-1)).toMatchObject({ patientId: id, channel: 'print', language: 'es' });
    expect(auditsOf(id, 'Access code printed').at(-1)!.details).toContain('in Spanish');
    const history = await screen.findByRole('table', { name: 'Delivery history' });
    await waitFor(() =>
      expect(within(history).getAllByRole('row')[1]).toHaveTextContent(/Printed letter.*Spanish/),
    );
  });
});
