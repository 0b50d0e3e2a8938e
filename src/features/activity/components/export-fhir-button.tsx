import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { DeniedButton } from '../../../components/denied-button';
import { clinicDate } from '../../../lib/clinic-time';
import { saveFile } from '../../../lib/download';
import { can } from '../../../lib/permissions';
import { activityQueries } from '../api/activity-queries';
import { fetchPatientFhir } from '../api/fhir-export';
import { ExportOutcome } from './export-outcome';

const staffRoute = getRouteApi('/_staff');

/**
 * The record's access picture as a FHIR R4 Bundle, saved as a file named by its opaque id (never a
 * name). The server audits the export, so the tab's list refreshes to show it.
 */
export function ExportFhirButton({ patientId }: { patientId: string }) {
  const { user } = staffRoute.useRouteContext();
  const queryClient = useQueryClient();
  const exporting = useMutation({
    mutationFn: async () => {
      const bundle = await fetchPatientFhir(patientId);
      const fileName = `record-${patientId}-fhir-${clinicDate(new Date())}.json`;
      saveFile([JSON.stringify(bundle, null, 2)], fileName, 'application/fhir+json');
      return bundle.entry.length;
    },
    onSettled: () => queryClient.invalidateQueries(activityQueries.forPatient(patientId)),
  });
  if (!can(user.role, 'records.exportFhir')) {
    return (
      <DeniedButton
        action="records.exportFhir"
        reasonId="export-fhir-denied-reason"
        size="xs"
        variant="default"
      >
        Export as FHIR (JSON)
      </DeniedButton>
    );
  }
  return (
    <Group gap="sm" align="center">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={() => exporting.mutate()}
        loading={exporting.isPending}
      >
        Export as FHIR (JSON)
      </Button>
      <ExportOutcome
        message={exporting.data === undefined ? null : `Exported ${exporting.data} FHIR resources.`}
        error={exporting.error}
      />
    </Group>
  );
}
