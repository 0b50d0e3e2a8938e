import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { orNotFound } from '../../../../lib/not-found';
import { LoadingState } from '../../../../components/query-states';
import { accessCodeQueries } from '../../../../features/access-code/api/access-code-queries';
import { AccessCodeTab } from '../../../../features/access-code/components/access-code-tab';

// `dialog=send` opens the send dialog on arrival (Today's "Correct and resend"); nothing else.
const accessSearchSchema = z.object({ dialog: z.literal('send').optional().catch(undefined) });

export const Route = createFileRoute('/_staff/patients/$patientId/access')({
  validateSearch: accessSearchSchema,
  loader: ({ context, params }) =>
    orNotFound(params.patientId, () =>
      context.queryClient.ensureQueryData(accessCodeQueries.status(params.patientId)),
    ),
  pendingComponent: () => <LoadingState label="Loading the Medical Access Code…" />,
  component: AccessCodeTab,
});
