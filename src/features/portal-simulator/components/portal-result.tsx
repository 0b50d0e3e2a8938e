import { List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import type { PortalResult } from '../../../api/contract/portal';
import { usePortalTexts } from './portal-texts';

export interface PortalDone {
  kind: 'registered' | 'linked';
  result: PortalResult;
}

/** What the patient sees once the link worked: how to log in from now on, and their records. */
export function PortalResultView({ done }: { done: PortalDone }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the patient was in has gone: move focus so screen readers announce the outcome.
  useEffect(() => heading.current?.focus(), []);
  const { accountEmail, records } = done.result;
  const { tr } = usePortalTexts();
  const { t } = tr;
  return (
    <Stack>
      <Title order={1} size="h2" ref={heading} tabIndex={-1}>
        {done.kind === 'registered' ? t('portal.done.registered') : t('portal.done.linked')}
      </Title>
      <Text>
        {done.kind === 'registered' ? t('portal.done.registeredText') : t('portal.done.linkedText')}
      </Text>
      <Text>
        {tr.rich<ReactNode>('portal.done.account', { email: accountEmail }, (chunks) => (
          <strong key="b">{chunks}</strong>
        ))}
      </Text>
      <Title order={2} size="h4">
        {t('portal.done.records')}
      </Title>
      <List aria-label={t('portal.done.records')}>
        {records.map((r, i) => (
          <List.Item key={`${i}-${r.name}`}>
            {r.name} — {r.access === 'full' ? t('portal.done.full') : t('portal.done.limited')}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
