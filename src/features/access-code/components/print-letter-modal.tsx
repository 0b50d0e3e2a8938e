import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { PrintLetter } from '../../../api/contract/access-code';
import { ErrorState } from '../../../components/query-states';
import { textLanguage } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';
import { useRecordPrint } from '../api/access-code-mutations';
import { TextLanguageSelect } from './text-language-select';
import './print-letter.css';

// The letter loads the catalogues and the message formatter, only when it is opened.
const AccessCodeLetter = lazy(() =>
  import('./access-code-letter').then((m) => ({ default: m.AccessCodeLetter })),
);

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
  // This letter's language: the patient's, unless staff choose another for this letter only.
  const [chosen, setChosen] = useState<string | null>(null);
  const preferred = textLanguage(letter?.preferredLanguage);
  const language = chosen ?? preferred;
  const close = () => {
    record.abandon();
    setStep('letter');
    setChosen(null);
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
      { codeId: printed.codeId, language },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            title: 'Print recorded',
            message: `The printed letter in ${languageName(language)} is now in the delivery history.`,
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
          <Stack className="access-letter-screen-only">
            <TextLanguageSelect
              kind="Letter"
              firstName={letter.patientName}
              preferred={preferred}
              value={language}
              onChange={(l) => {
                setChosen(l);
                setStep('letter');
              }}
            />
          </Stack>
          <Suspense fallback={null}>
            <AccessCodeLetter letter={letter} language={language} />
          </Suspense>
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
