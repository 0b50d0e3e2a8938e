import { describe, expect, it } from 'vitest';
import type { DbCode } from './db-types';
import { accessLinkEmail, sharedAccessInvitationEmail } from './emails';

const code = {
  id: 'code_1',
  linkToken: 'lnkabc',
  expiresAt: '2026-12-19T18:00:00.000Z',
} as DbCode;
const rosa = { id: 'pat_1', firstName: 'Rosa', lastName: 'Martínez' };

describe('the access-link email in the patient’s language', () => {
  it('is in Spanish with her name, the Spanish date and the language-help notice', () => {
    const email = accessLinkEmail(rosa, code, 'rosa.martinez@example.com', code.expiresAt, {
      language: 'es',
    });
    expect(email.subject).toBe('Enlace para ver su historial médico');
    expect(email.language).toBe('es');
    expect(email.body).toContain('Hola, Rosa:');
    expect(email.body).toContain('Este enlace es para el historial de Rosa Martínez.');
    expect(email.body).toMatch(/vence el 1[89] de diciembre de 2026/);
    expect(email.body).toContain('Llame a Riverside Family Clinic y pida un intérprete.');
    // A short line in each other language, after the Spanish notice.
    expect(email.body).toContain('English: free help in English. Call Riverside Family Clinic.');
    expect(email.body).toContain('Tiếng Việt: có trợ giúp miễn phí bằng tiếng Việt.');
    expect(email.buttonLabel).toBe('Abrir mi historial médico');
    // The page the button opens is in Spanish too; the link carries a language, nothing of hers.
    expect(email.link).toBe('/portal/register?token=lnkabc&lang=es');
  });

  it('is in Vietnamese with Vietnamese month words', () => {
    const bao = { id: 'pat_2', firstName: 'Bao', lastName: 'Nguyen' };
    const email = accessLinkEmail(bao, code, 'bao@example.com', code.expiresAt, { language: 'vi' });
    expect(email.subject).toBe('Đường link để xem hồ sơ y tế của quý vị');
    expect(email.body).toContain('Chào Bao,');
    expect(email.body).toContain('Bao Nguyen');
    expect(email.body).toMatch(/hết hạn vào 1[89] tháng 12, 2026/);
    expect(email.body).toContain('Xin gọi Riverside Family Clinic và xin một thông dịch viên.');
  });

  it('stays in English for English, and for a language with no catalogue', () => {
    for (const language of ['en', 'ko']) {
      const email = accessLinkEmail(rosa, code, 'r@example.com', code.expiresAt, { language });
      expect(email.language).toBe('en');
      expect(email.subject).toBe('Medical Records Access Link');
      expect(email.body).toContain('Hello Rosa,');
      expect(email.body).toMatch(/This link expires on Dec 1[89], 2026\./);
      expect(email.body).toContain(
        'Español: ayuda gratis en español. Llame a Riverside Family Clinic.',
      );
      expect(email.link).toBe('/portal/register?token=lnkabc');
    }
  });

  it('keeps a name with accents, and a right-to-left name, exactly as written', () => {
    const names = [
      { id: 'p', firstName: 'José', lastName: 'Núñez-Ávila' },
      { id: 'q', firstName: 'مريم', lastName: 'الحداد' },
    ];
    for (const p of names) {
      for (const language of ['en', 'es', 'vi']) {
        const email = accessLinkEmail(p, code, 'a@example.com', code.expiresAt, { language });
        expect(email.body).toContain(`${p.firstName} ${p.lastName}`);
      }
    }
  });

  it('greets the account holder in family linking, in the holder’s language', () => {
    const email = accessLinkEmail(rosa, code, 'carlos@example.com', code.expiresAt, {
      language: 'es',
      holderFirstName: 'Carlos',
    });
    expect(email.body).toContain('Hola, Carlos:');
    expect(email.body).toContain('agregar el historial de Rosa Martínez a su cuenta');
    expect(email.buttonLabel).toBe('Agregar el historial de Rosa');
  });
});

describe('the care-partner invitation email', () => {
  it.each([
    [
      'en',
      'Shared access invitation',
      'Hello Carlos Martínez,',
      /expires on Dec 1[89], 2026/,
      'Accept the invitation',
    ],
    [
      'es',
      'Invitación para ver un historial médico',
      'Hola, Carlos Martínez:',
      /vence el 1[89] de diciembre de 2026/,
      'Aceptar la invitación',
    ],
    [
      'vi',
      'Lời mời cùng xem hồ sơ y tế',
      'Chào Carlos Martínez,',
      /hết hạn vào 1[89] tháng 12, 2026/,
      'Nhận lời mời',
    ],
  ] as const)(
    'is in %s with the names and the date in place',
    (language, subject, greeting, date, button) => {
      const email = sharedAccessInvitationEmail(
        rosa,
        'Carlos Martínez',
        'carlos.martinez@example.com',
        'invxyz',
        code.expiresAt,
        code.expiresAt,
        language,
      );
      expect(email.subject).toBe(subject);
      expect(email.body).toContain(greeting);
      expect(email.body).toContain('Rosa');
      expect(email.body).toMatch(date);
      expect(email.buttonLabel).toBe(button);
      expect(email.link).toBe(
        language === 'en'
          ? '/portal/invitation?token=invxyz'
          : `/portal/invitation?token=invxyz&lang=${language}`,
      );
    },
  );
});
