import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../../tests/render';
import { approveCarlos, baoLinkToken } from './portal-fixtures';

const SLOW = { timeout: 15_000 };

describe('The portal pages in the language of the link', { timeout: 60_000 }, () => {
  it('opens in the link’s language with the page’s lang set, and the switch changes it for this visit only', async () => {
    const { user } = renderRoute(`/portal/register?token=${baoLinkToken()}&lang=vi`);
    expect(
      await screen.findByRole('heading', { name: 'Tạo tài khoản cổng thông tin của quý vị' }, SLOW),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'vi');
    expect(screen.getByText(/^Chào Bao\. Xin chọn mật khẩu/)).toBeInTheDocument();
    expect(screen.getByLabelText('Mã truy cập')).toHaveAccessibleDescription(
      /Đây là mã truy cập của quý vị/,
    );
    expect(screen.getByRole('button', { name: 'Tạo tài khoản của tôi' })).toBeInTheDocument();

    const storedBefore = { local: localStorage.length, session: sessionStorage.length };
    const switcher = screen.getByRole('radiogroup', { name: 'Ngôn ngữ' });
    await user.click(within(switcher).getByText('Español'));
    expect(
      await screen.findByRole('heading', { name: 'Cree su cuenta del portal' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    // Remembered for this visit only: nothing is written to browser storage.
    expect({ local: localStorage.length, session: sessionStorage.length }).toEqual(storedBefore);

    // A wrong second password is refused in the language shown.
    await user.type(screen.getByLabelText('Contraseña'), 'Bao-portal-2026');
    await user.type(screen.getByLabelText('Confirme la contraseña'), 'Bao-portal-2027');
    await user.click(screen.getByRole('button', { name: 'Crear mi cuenta' }));
    expect(screen.getByLabelText('Confirme la contraseña')).toHaveAccessibleDescription(
      /Las dos contraseñas no son iguales/,
    );
  });

  it('Carlos’s invitation and the date-of-birth page are in Spanish', async () => {
    renderRoute(`/portal/invitation?token=${approveCarlos()}&lang=es`);
    expect(
      await screen.findByRole('heading', { name: 'Acceso compartido al historial de Rosa' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Hola, Carlos Martínez\./)).toBeInTheDocument();
    const dob = screen.getByLabelText('Fecha de nacimiento de Rosa');
    expect(dob).toHaveAccessibleDescription(/Le quedan 3 intentos/);
    expect(screen.getByRole('button', { name: 'Continuar' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'es');
  });

  it('without a language in the link, the pages are in English', async () => {
    renderRoute(`/portal/register?token=${baoLinkToken()}`);
    expect(
      await screen.findByRole('heading', { name: 'Set up your portal account' }, SLOW),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });
});
