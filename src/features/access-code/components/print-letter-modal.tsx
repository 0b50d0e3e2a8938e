import { Alert, Button, Code, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { toString as renderQrCode } from 'qrcode';
import { useEffect, useState } from 'react';
import type { PrintLetter } from '../../../api/contract/access-code';
import { ErrorState } from '../../../components/query-states';
import { useRecordPrint } from '../api/access-code-mutations';
import { clinicContactSetting } from '../../../lib/env';
import { formatDate } from '../../../lib/format';
import './print-letter.css';

/** The seed's three common mix-ups, in the words a patient would use. */
const MIX_UPS = [
  {
    question: '“It’s asking for a password and I only have a code.”',
    answer:
      'The code is not your password. Use the code once to create your own password on the registration page. After that you log in with your email and that password, with no code.',
  },
  {
    question: '“There’s a code already filled in: is that an example?”',
    answer:
      'No. When you arrive from your email link, the code already in the access-code box is your code. Leave it as it is and continue.',
  },
  {
    question: '“I don’t have an access code.”',
    answer:
      'This happens when the portal website is opened directly, so the access-code box is empty. If you have our email, go back to it and click the blue button. Otherwise scan the QR code on this letter, or type the code printed above into the access-code box.',
  },
];

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

export function AccessCodeLetter({ letter }: { letter: PrintLetter }) {
  const qr = useQrCodeSvg(letter.link);
  const clinic = clinicContactSetting();
  // The day it is printed, on the clinic's calendar.
  const [printedOn] = useState(() => formatDate(new Date().toISOString()));
  return (
    <Stack className="access-letter" gap="sm">
      <Group justify="space-between" align="flex-start">
        <Text fw={700}>{clinic.name}</Text>
        <Text size="sm">Printed on {printedOn}</Text>
      </Group>
      <Title order={2} size="h3">
        Your Patient Portal access code
      </Title>
      <Text>Dear {letter.patientName},</Text>
      <Text size="sm">
        {clinic.name} has given you access to your medical records in the Patient Portal. Scan the
        QR code with your phone camera, or go to <strong>{letter.portalUrl}</strong> and enter this
        access code:
      </Text>
      <Group align="center" gap="xl">
        <Code fz="xl" fw={700}>
          {letter.code}
        </Code>
        {qr && (
          <img
            src={qr}
            width={140}
            height={140}
            alt="QR code that opens your Patient Portal registration page"
          />
        )}
      </Group>
      <Text size="sm">
        Use it by <strong>{formatDate(letter.expiresAt)}</strong>: after that it expires and you
        will need to ask the clinic for a new one. The code is not a password: you will choose your
        own password when you register.
      </Text>
      <Title order={3} size="h5">
        If something goes wrong
      </Title>
      <List size="sm" spacing="xs">
        {MIX_UPS.map((m) => (
          <List.Item key={m.question}>
            <strong>{m.question}</strong> {m.answer}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        Need help? Call {clinic.name}
        {clinic.phone ? (
          <>
            {' '}
            at <strong>{clinic.phone}</strong>
          </>
        ) : null}
        .
      </Text>
    </Stack>
  );
}

type PrintStep = 'letter' | 'asking' | 'not-printed';

/**
 * The letter, its Print button, and after the browser's print dialog closes the question "Did the
 * letter print?". Only "Yes, it printed" records a print: opening the letter, closing it, or a
 * cancelled print dialog records nothing. Each Print press asks once and records at most once.
 */
export function PrintLetterModal({
  patientId,
  letter,
  onClose,
}: {
  patientId: string;
  letter: PrintLetter | null;
  onClose: () => void;
}) {
  const [step, setStep] = useState<PrintStep>('letter');
  const record = useRecordPrint(patientId);
  const close = () => {
    record.abandon();
    setStep('letter');
    onClose();
  };
  const onPrint = () => {
    record.reset();
    // Browsers return from print() when their print dialog closes, printed or cancelled.
    window.print();
    setStep('asking');
  };
  const onPrinted = (printed: PrintLetter) =>
    record.submit(
      { codeId: printed.codeId },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            title: 'Print recorded',
            message: 'The printed letter is now in the delivery history.',
          });
          close();
        },
      },
    );

  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={letter !== null}
      onClose={close}
      title="Access code letter"
      size="xl"
    >
      {letter && (
        <Stack>
          <AccessCodeLetter letter={letter} />
          <Stack className="access-letter-screen-only">
            {step === 'asking' && (
              <Alert
                color="blue"
                title="Did the letter print?"
                role="group"
                aria-label="Did the letter print?"
              >
                <Stack gap="xs">
                  <Text size="sm">
                    Check the printer. The print is added to the delivery history only when you say
                    it printed.
                  </Text>
                  {record.error ? <ErrorState error={record.error} /> : null}
                  <Group>
                    <Button loading={record.isPending} onClick={() => onPrinted(letter)}>
                      Yes, it printed
                    </Button>
                    <Button
                      variant="default"
                      disabled={record.isPending}
                      onClick={() => setStep('not-printed')}
                    >
                      No
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {step === 'not-printed' && (
              <Text size="sm" role="status">
                Nothing was recorded. Check the printer, then press Print letter again.
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button
                leftSection={<IconPrinter size={16} aria-hidden />}
                disabled={record.isPending}
                onClick={onPrint}
              >
                Print letter
              </Button>
            </Group>
          </Stack>
        </Stack>
      )}
    </Modal>
  );
}
