import { Alert, Button, Checkbox, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { emailField } from '../api/contract/patient';
import { emailCheckQuery } from '../api/email-check-queries';
import { lookalikeDomain, lookalikeMessage } from '../lib/email-domain';
import { suggestEmailFix } from '../lib/email-typos';
import { EmailCheckFailedNotice } from './email-check-failed-notice';

// The warnings of every dialog where staff enter a patient's email (Send Access Link, Edit contact).

function TypoNotice({ suggestion, onUse }: { suggestion: string; onUse: () => void }) {
  return (
    <Alert color="orange" title="Possible typo in the email address">
      <Group gap="xs" justify="space-between">
        <Text size="sm">
          Did you mean <strong>{suggestion}</strong>? Check with the patient.
        </Text>
        <Button size="xs" variant="default" onClick={onUse}>
          Use {suggestion}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * Warns, once typing settles, when the address belongs to someone else: another patient outside
 * the family, or a teenager's parent or guardian.
 */
function EmailOwnerNotices({
  patientId,
  firstName,
  age,
  email,
}: {
  patientId: string;
  firstName: string;
  age: number;
  email: string;
}) {
  const [settled] = useDebouncedValue(email.trim(), 400);
  const valid = emailField.safeParse(settled).success;
  const { data, isError } = useQuery({
    ...emailCheckQuery(patientId, settled.toLowerCase()),
    enabled: valid,
  });
  if (!valid || settled !== email.trim()) return null;
  if (isError && !data) return <EmailCheckFailedNotice readBackTo="patient" />;
  if (!data) return null;
  return (
    <>
      {data.onFileFor.length > 0 && (
        <Alert color="orange" title="This address is on file for another patient">
          <Text size="sm">
            It belongs to a patient outside {firstName}'s family. A link sent here could open{' '}
            {firstName}'s record to them. Check the address with the patient.
          </Text>
          <List size="sm" mt={4}>
            {data.onFileFor.map((p) => (
              <List.Item key={p.patientId}>{p.name}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {data.guardianName && (
        <Alert color="orange" title="This is a parent's or guardian's address">
          <Text size="sm">
            {firstName} is {age}, and this address belongs to <strong>{data.guardianName}</strong>.
            A teenager's portal account should use their own email: in one published study, 62% of
            adolescent portal accounts were registered with a guardian's email, which lets the
            guardian read the teenager's confidential information.
          </Text>
        </Alert>
      )}
    </>
  );
}

/**
 * A domain that only looks familiar (a Cyrillic а in exаmple.com, or its xn-- form): shown as it
 * really reads, and sent only once staff tick that they checked it with the patient.
 */
function LookalikeDomainNotice({
  readable,
  error,
  checkbox,
}: {
  readable: string;
  error: string | undefined;
  checkbox: UseFormRegisterReturn;
}) {
  return (
    <Alert color="red" title="This domain only looks familiar">
      <Text size="sm">
        {lookalikeMessage(readable)} It mixes letters from different alphabets, so the email may go
        to someone else.
      </Text>
      <Text size="sm" mt={4}>
        Domain as entered: <strong dir="ltr">{readable}</strong>
      </Text>
      <Checkbox
        mt="xs"
        label="I checked this domain letter by letter with the patient"
        {...checkbox}
        error={error}
      />
    </Alert>
  );
}

/**
 * Every warning about an email staff entered for a patient: a likely typo (with its fix), a domain
 * that only looks familiar (with its own tick), and an address that is someone else's.
 */
export function EmailNotices({
  email,
  patient,
  age,
  onUseFix,
  lookalikeCheckbox,
  lookalikeError,
}: {
  email: string;
  patient: { id: string; firstName: string };
  age: number;
  onUseFix: (fixed: string) => void;
  lookalikeCheckbox: UseFormRegisterReturn;
  lookalikeError: string | undefined;
}) {
  const typoFix = suggestEmailFix(email.trim());
  const lookalike = lookalikeDomain(email.trim());
  return (
    <>
      {typoFix && <TypoNotice suggestion={typoFix} onUse={() => onUseFix(typoFix)} />}
      {lookalike && (
        <LookalikeDomainNotice
          readable={lookalike}
          error={lookalikeError}
          checkbox={lookalikeCheckbox}
        />
      )}
      <EmailOwnerNotices
        patientId={patient.id}
        firstName={patient.firstName}
        age={age}
        email={email}
      />
    </>
  );
}
