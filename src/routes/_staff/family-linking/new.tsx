import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { LoadingState } from '../../../components/query-states';
import { familyLinkingQueries } from '../../../features/family-linking/api/family-linking-queries';
import { ChooseHolderScreen } from '../../../features/family-linking/components/choose-holder-screen';

// Only the id of the record the flow was started from: never a name.
export const Route = createFileRoute('/_staff/family-linking/new')({
  validateSearch: z.object({ patientId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  loaderDeps: ({ search }) => ({ patientId: search.patientId }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureQueryData(familyLinkingQueries.holders(deps.patientId)),
  pendingComponent: () => <LoadingState label="Loading the household…" />,
  component: ChooseHolderScreen,
});
