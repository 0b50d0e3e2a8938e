import { Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { sharedAccessQueries } from '../../../../api/shared-access-queries';
import { FamilyLinkingPanel } from '../../../../features/family-linking/components/family-linking-panel';
import { orNotFound } from '../../../../lib/not-found';
import { patientQueries } from '../../../../features/patients/api/patient-queries';
import { OverviewTab } from '../../../../features/patients/components/overview-tab';
import { WhoCanSeePanel } from '../../../../features/shared-access/components/who-can-see-panel';

export const Route = createFileRoute('/_staff/patients/$patientId/')({
  loader: ({ context, params }) =>
    orNotFound(params.patientId, () =>
      Promise.all([
        context.queryClient.ensureQueryData(patientQueries.portalAccount(params.patientId)),
        context.queryClient.ensureQueryData(sharedAccessQueries.whoCanSee(params.patientId)),
      ]),
    ),
  component: Overview,
});

// The route is where features meet: the Overview, the family-linking notice and who can see it.
function Overview() {
  const { patientId } = Route.useParams();
  return (
    <Stack>
      <OverviewTab familyLinking={<FamilyLinkingPanel patientId={patientId} />} />
      <WhoCanSeePanel />
    </Stack>
  );
}
