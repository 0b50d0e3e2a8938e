import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { recordId } from '../../../../api/contract/common';
import { sharedAccessQueries } from '../../../../api/shared-access-queries';
import { LoadingState } from '../../../../components/query-states';
import { SharedAccessTab } from '../../../../features/shared-access/components/shared-access-tab';

// `edit` opens that grant's edit dialog: a grant id only, never a name. A bad value is dropped.
const searchSchema = z.object({ edit: z.optional(recordId('Grant')) });

export const Route = createFileRoute('/_staff/patients/$patientId/shared-access')({
  validateSearch: (search) => {
    const parsed = searchSchema.safeParse(search);
    return parsed.success ? parsed.data : {};
  },
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(sharedAccessQueries.patient(params.patientId)),
  pendingComponent: () => <LoadingState label="Loading shared access…" />,
  component: SharedAccessTab,
});
