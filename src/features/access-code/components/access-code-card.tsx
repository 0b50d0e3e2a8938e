import { Button, Card, Code, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconEye, IconEyeOff, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { AccessStatus } from '../../../api/contract/access-code';
import { describeError } from '../../../api/errors';
import { AccessCodeBadge } from '../../../components/status-badges';
import { formatDateTime } from '../../../lib/format';
import { useRevealAccessCode } from '../api/access-code-mutations';
import { codeStateText } from './access-code-text';
import { SendOptionsMenu } from './send-options-menu';

interface Props {
  status: AccessStatus;
  requesting: boolean;
  printing: boolean;
  onRequest: () => void;
  onSend: () => void;
  onPrint: () => void;
}

/** The code, masked until someone asks to see it (every reveal is audited). */
export function AccessCodeCard({
  status,
  requesting,
  printing,
  onRequest,
  onSend,
  onPrint,
}: Props) {
  const { code, asOf, patient } = status;
  const reveal = useRevealAccessCode(patient.id);
  const [revealed, setRevealed] = useState<{ codeId: string; code: string } | null>(null);
  const active = code?.state === 'active';
  const shown = code && revealed?.codeId === code.id ? revealed.code : null;
  const revealError = reveal.error ? describeError(reveal.error) : null;

  const onReveal = () => {
    if (!code) return;
    if (shown) return setRevealed(null);
    // Keyed by the code the server revealed, not the one on screen at the press: if the tab
    // refreshes to a newer code meanwhile, the answer still shows (a second press would reveal,
    // and audit, it again).
    reveal.submit(null, { onSuccess: setRevealed });
  };

  return (
    <Card withBorder component="section" aria-labelledby="access-code-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="access-code-title">
            Access code
          </Title>
          <AccessCodeBadge state={code?.state ?? null} />
        </Group>
        {!code ? (
          <Text size="sm">
            No access code has been issued for this record yet. Send Access Link issues one and
            emails the link in one step.
          </Text>
        ) : (
          <>
            <Group gap="xs">
              {shown ? (
                <Code fz="lg" fw={700}>
                  {shown}
                </Code>
              ) : (
                <>
                  <Code fz="lg" aria-hidden>
                    {code.maskedCode}
                  </Code>
                  <VisuallyHidden>
                    Code hidden, ending in {code.maskedCode.slice(-2)}
                  </VisuallyHidden>
                </>
              )}
              {active && (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={
                    shown ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />
                  }
                  onClick={onReveal}
                  loading={reveal.isPending}
                >
                  {shown ? 'Hide' : 'Reveal'}
                </Button>
              )}
              {active && <SendOptionsMenu printing={printing} onSend={onSend} onPrint={onPrint} />}
            </Group>
            {revealError && (
              <Text size="sm" c="red" role="alert">
                {revealError.title}: {revealError.message}
              </Text>
            )}
            {shown && (
              <Text size="xs" c="dimmed">
                This reveal is recorded in the Activity tab.
              </Text>
            )}
            <Text size="sm">{codeStateText(code, asOf)}</Text>
            <Text size="sm" c="dimmed">
              Issued {formatDateTime(code.issuedAt)} by {code.issuedByName}
            </Text>
          </>
        )}
        <Group gap="sm">
          {!active && (
            <Button
              variant={patient.portalStatus === 'full' ? 'default' : 'filled'}
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={onSend}
            >
              Send Access Link
            </Button>
          )}
          <Button variant={active ? 'light' : 'default'} onClick={onRequest} loading={requesting}>
            Request Access Code
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
