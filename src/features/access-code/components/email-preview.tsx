import { Loader, Paper, Stack, Text } from '@mantine/core';
import { clinicContactSetting } from '../../../lib/env';
import { accessLinkText } from '../../../lib/i18n/patient-texts';
import { usePatientTexts } from '../../../lib/i18n/use-patient-texts';
import { languageName } from '../../../lib/languages';

/**
 * The exact email that will go out, in the language chosen for this send. Loaded with the
 * catalogues only when the send dialog opens, never with the staff screens.
 */
export function EmailPreview({
  language,
  firstName,
  lastName,
  expiresAt,
}: {
  language: string;
  firstName: string;
  lastName: string;
  expiresAt: string;
}) {
  const texts = usePatientTexts(language);
  if (!texts) return <Loader size="sm" role="status" aria-label="Loading the email preview" />;
  const clinic = clinicContactSetting().name;
  const email = accessLinkText(texts.tr, {
    firstName,
    lastName,
    expiresAt,
    clinic,
    notice: texts.notice(clinic),
  });
  return (
    <Paper
      withBorder
      p="sm"
      h="100%"
      style={{ overflowY: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={`Preview of the email in ${languageName(texts.language)}`}
    >
      <Stack gap={6} lang={texts.language}>
        <Text size="sm" fw={700}>
          {email.subject}
        </Text>
        {email.paragraphs.map((p, i) => (
          <Text size="sm" key={i}>
            {p}
          </Text>
        ))}
        <Text size="sm" fw={600} c="blue">
          [{email.buttonLabel}]
        </Text>
      </Stack>
    </Paper>
  );
}
