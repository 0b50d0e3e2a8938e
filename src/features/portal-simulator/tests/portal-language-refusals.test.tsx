import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { approveCarlos, baoLinkToken, latestCodeOf, registerUrl } from './portal-fixtures';

const SLOW = { timeout: 15_000 };

/** Five wrong codes on the link, as a guesser would send them: the next try must wait. */
async function fiveWrongCodes(token: string) {
  for (let i = 0; i < 5; i += 1) {
    await fetch('/api/v1/portal/register', {
      method: 'POST',
      headers: {
        'X-Requested-With': 'access-desk',
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ token, code: 'WRONG234', password: 'Sunny-days-2026' }),
    });
  }
}

describe('Refusals on the portal pages are in the page’s language', { timeout: 60_000 }, () => {
  it('Carlos reads each refusal of his invitation in Spanish, up to the void invitation', async () => {
    const { user } = renderRoute(`/portal/invitation?token=${approveCarlos()}&lang=es`);
    const dob = await screen.findByLabelText('Fecha de nacimiento de Rosa', {}, SLOW);
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(dob).toHaveAccessibleDescription(/Escriba la fecha de nacimiento de Rosa\./);

    await user.type(dob, '1970-01-01');
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    await waitFor(() =>
      expect(dob).toHaveAccessibleDescription(
        /Esa fecha de nacimiento no es correcta\. Le quedan 2 intentos antes de que/,
      ),
    );
    await waitFor(() => expect(dob).toHaveAccessibleDescription(/Le quedan 2 intentos/));
    expect(screen.queryByText(/not right/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    await waitFor(() => expect(dob).toHaveAccessibleDescription(/Le queda 1 intento\b/));
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(
      await screen.findByRole('heading', { name: 'Esta invitación ya no sirve' }, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'La fecha de nacimiento se escribió mal 3 veces. Pida a la clínica que le mande una invitación nueva.',
      ),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'es');
  });

  it('Grace Lee’s expired link says so in Spanish, and what to do', async () => {
    renderRoute(`${registerUrl(latestCodeOf('Grace Lee'))}&lang=es`);
    expect(
      await screen.findByRole('heading', { name: 'Este enlace ya venció' }, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Los enlaces de la clínica sirven por 5 días. Pida a la clínica un enlace nuevo.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Llame o vaya a la clínica/)).toBeInTheDocument();
  });

  it('a link that does not exist says so in Spanish', async () => {
    renderRoute('/portal/register?token=lnk_not_a_link&lang=es');
    expect(
      await screen.findByRole('heading', { name: 'Este enlace no es válido' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Revise que abrió el enlace completo/)).toBeInTheDocument();
  });

  it('after too many wrong codes on Bao’s link, the wait is said in Vietnamese', async () => {
    const token = baoLinkToken();
    await fiveWrongCodes(token);
    const { user } = renderRoute(`/portal/register?token=${token}&lang=vi`);
    await user.type(await screen.findByLabelText('Mật khẩu', {}, SLOW), 'Bao-portal-2026');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'Bao-portal-2026');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản của tôi' }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Thử quá nhiều lần');
    expect(alert).toHaveTextContent(/Để bảo vệ quý vị, xin đợi (30|20|10) giây\. Sau đó thử lại\./);
  });

  it('a wrong code and a short password on the portal opened without a link, in Vietnamese', async () => {
    const { user } = renderRoute('/portal/register?lang=vi');
    const code = await screen.findByLabelText('Mã truy cập', {}, SLOW);
    expect(screen.getByRole('note')).toHaveTextContent('Tôi không có mã truy cập');
    const password = screen.getByLabelText('Mật khẩu');
    await user.type(password, 'short1');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'short1');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản của tôi' }));
    expect(code).toHaveAccessibleDescription(/Xin nhập mã truy cập trong đường link/);
    expect(password).toHaveAccessibleDescription(/Mật khẩu quá ngắn/);

    await user.type(code, 'WRONG234');
    await user.clear(password);
    await user.type(password, 'Bao-portal-2026');
    await user.clear(screen.getByLabelText('Nhập lại mật khẩu'));
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'Bao-portal-2026');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản của tôi' }));
    await waitFor(
      () => expect(code).toHaveAccessibleDescription(/Mã truy cập này không đúng\./),
      SLOW,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Xin xem lại những gì quý vị đã nhập');
  });

  it('once Carlos accepts, his shared access is listed in Spanish: whose records and which parts', async () => {
    const token = approveCarlos();
    const rosa = db.patients.find((p) => p.id === patientIdOf('Rosa Martínez'))!;
    const { user } = renderRoute(`/portal/invitation?token=${token}&lang=es`);
    await user.type(
      await screen.findByLabelText('Fecha de nacimiento de Rosa', {}, SLOW),
      rosa.dateOfBirth,
    );
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    await user.type(
      await screen.findByLabelText('Elija una contraseña', {}, SLOW),
      'Carlos-own-2026',
    );
    await user.type(screen.getByLabelText('Confirme la contraseña'), 'Carlos-own-2026');
    await user.click(screen.getByRole('button', { name: 'Crear mi cuenta y aceptar' }));
    const records = await screen.findByRole('region', { name: 'Historial de Rosa Martínez' }, SLOW);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Su acceso compartido' }),
    ).toBeInTheDocument();
    expect(records).toHaveTextContent('Usted puede ver y usar:');
    expect(records).toHaveTextContent('Citas');
    expect(records).not.toHaveTextContent('Appointments');
  });
});
