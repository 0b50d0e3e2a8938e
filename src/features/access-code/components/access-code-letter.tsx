import { Code, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { toString as renderQrCode } from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';
import type { PrintLetter } from '../../../api/contract/access-code';
import { clinicContactSetting } from '../../../lib/env';
import { usePatientTexts } from '../../../lib/i18n/use-patient-texts';
import type { MessageId } from '../../../lib/i18n/catalogues';

/** The seed's three common mix-ups, in the words a patient would use. */
const MIX_UPS = ['password', 'prefilled', 'noCode'] as const;

function useQrCodeSvg(link: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    renderQrCode(link, { type: 'svg', margin: 1 })
      .then((s) => current && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`))
      .catch(() => current && setSvg(null));
    return () => {
      current = false;
    };
  }, [link]);
  return svg;
}

/** The QR code's link opens the registration page in the letter's language. */
export function linkInLanguage(link: string, language: string): string {
  const url = new URL(link);
  if (language === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  return url.toString();
}

/** The printed letter, in `language`: code, expiry, QR caption, mix-ups and language notice. */
export function AccessCodeLetter({ letter, language }: { letter: PrintLetter; language: string }) {
  const texts = usePatientTexts(language);
  const qr = useQrCodeSvg(linkInLanguage(letter.link, texts?.language ?? language));
  const clinic = clinicContactSetting();
  // The day it is printed.
  const [printedOn] = useState(() => new Date());
  if (!texts) return <Loader size="sm" role="status" aria-label="Loading the letter" />;
  const { t } = texts.tr;
  const bold = (id: MessageId, values: Record<string, string | Date>) =>
    texts.tr.rich<ReactNode>(id, values, (chunks) => <strong key="b">{chunks}</strong>);
  return (
    <Stack className="access-letter" gap="sm" lang={texts.language}>
      <Group justify="space-between" align="flex-start">
        <Text fw={700}>{clinic.name}</Text>
        <Text size="sm">{t('letter.printedOn', { printedOn })}</Text>
      </Group>
      <Title order={2} size="h3">
        {t('letter.title')}
      </Title>
      <Text>{t('letter.greeting', { name: letter.patientName })}</Text>
      <Text size="sm">
        {bold('letter.intro', { clinic: clinic.name, portalUrl: letter.portalUrl })}
      </Text>
      <Group align="center" gap="xl">
        <Code fz="xl" fw={700}>
          {letter.code}
        </Code>
        {qr && (
          <Stack gap={4} align="center">
            <img src={qr} width={140} height={140} alt={t('letter.qrAlt')} />
            <Text size="xs">{t('letter.qrCaption')}</Text>
          </Stack>
        )}
      </Group>
      <Text size="sm">{bold('letter.expiry', { expires: new Date(letter.expiresAt) })}</Text>
      <Title order={3} size="h5">
        {t('letter.mixUps.title')}
      </Title>
      <List size="sm" spacing="xs">
        {MIX_UPS.map((m) => (
          <List.Item key={m}>
            <strong>{t(`letter.mixUps.${m}.question`)}</strong> {t(`letter.mixUps.${m}.answer`)}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        {clinic.phone
          ? bold('letter.helpWithPhone', { clinic: clinic.name, phone: clinic.phone })
          : t('letter.help', { clinic: clinic.name })}
      </Text>
      {texts.notice(clinic.name).map((line) => (
        <Text size="xs" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
