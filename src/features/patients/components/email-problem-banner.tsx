import { Alert, Text } from '@mantine/core';
import type { Patient } from '../../../api/contract/patient';
import { formatDate, formatDateTime } from '../../../lib/format';

/**
 * Shown on every tab of the record while the email on file is one a link reached the wrong person
 * at, or bounced from; it goes once the email is corrected (or a later email is delivered).
 */
export function EmailProblemBanner({ patient }: { patient: Patient }) {
  const problem = patient.emailProblem;
  if (!problem) return null;
  if (problem.kind === 'wrong_person') {
    return (
      <Alert
        color="red"
        role="region"
        title="Access revoked: the email on file reached the wrong person"
      >
        <Text size="sm">
          On {formatDate(problem.at)}, {problem.byName} revoked access because a link sent to{' '}
          <strong>{problem.email}</strong> reached the wrong person. That address is still on file,
          and no link can be sent to it. Confirm the right address with {patient.firstName}, then
          correct it with Edit contact on the Overview, or enter it in Send Access Link on the
          Medical Access Code tab.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="orange" role="region" title="The email on file bounced">
      <Text size="sm">
        The last email to <strong>{problem.email}</strong> ({formatDateTime(problem.at)}) bounced:
        it never reached {patient.firstName}. Check the address with {patient.firstName} before
        sending again.
      </Text>
    </Alert>
  );
}
