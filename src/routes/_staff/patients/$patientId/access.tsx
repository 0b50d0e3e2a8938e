import { createFileRoute } from '@tanstack/react-router';
import { AccessCodeTab } from '../../../../features/access-code/components/access-code-tab';

export const Route = createFileRoute('/_staff/patients/$patientId/access')({
  component: AccessCodeTab,
});
