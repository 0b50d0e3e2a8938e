import {
  Box,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Text,
} from '@mantine/core';
import { Outlet, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { usePatientTexts } from '../../../lib/i18n/use-patient-texts';
import { ENGLISH } from '../../../lib/languages';
import { PortalTextsProvider } from './portal-texts';

/** The clinic's portal as the patient sees it (the simulator cannot read the mock's constants). */
export const PORTAL_TITLE = 'Riverside Family Clinic · Patient Portal';

/**
 * Looks unlike Access Desk on purpose, so staff in training see they are on the patient's side.
 * The pages open in the language of the link that led here (?lang=es); the switch changes it for
 * this visit only (kept in memory, never in browser storage), and the page's `lang` follows.
 */
export function PortalLayout() {
  const { lang } = useSearch({ strict: false });
  const [chosen, setChosen] = useState<string | null>(null);
  const texts = usePatientTexts(chosen ?? lang ?? ENGLISH);
  const language = texts?.language;
  useEffect(() => {
    if (!language) return;
    const html = document.documentElement;
    const before = html.lang;
    html.lang = language;
    return () => {
      html.lang = before;
    };
  }, [language]);
  if (!texts) {
    return (
      <Center mih="100vh">
        <Loader role="status" aria-label="Loading" />
      </Center>
    );
  }
  const { t } = texts.tr;
  return (
    <PortalTextsProvider texts={texts}>
      <Box mih="100vh" bg="gray.1" lang={texts.language}>
        <Group
          component="header"
          bg="teal.9"
          c="white"
          py="sm"
          px="md"
          justify="space-between"
          align="center"
        >
          <div>
            <Text fw={700} size="lg" lang={ENGLISH}>
              {PORTAL_TITLE}
            </Text>
            <Text size="xs">{t('portal.demoNote')}</Text>
          </div>
          <SegmentedControl
            size="xs"
            aria-label={t('portal.languageSwitch')}
            value={texts.language}
            onChange={setChosen}
            data={texts.languages.map(({ code, name }) => ({
              value: code,
              label: <span lang={code}>{name}</span>,
            }))}
          />
        </Group>
        <Container component="main" size={560} py="xl">
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Outlet />
          </Paper>
        </Container>
      </Box>
    </PortalTextsProvider>
  );
}
