import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { AuditLogFilters } from '../../../api/contract/audit';
import { clinicDate } from '../../../lib/clinic-time';
import { saveFile } from '../../../lib/download';
import { EXPORT_MAX_EVENTS, fetchAllAuditEvents } from '../api/activity-queries';
import { fetchAuditNdjson } from '../api/fhir-export';
import { auditCsv, downloadCsv } from './audit-csv';
import { ExportOutcome } from './export-outcome';

const FORMATS = {
  csv: {
    label: 'Export CSV',
    save: async (filters: AuditLogFilters, fileName: string) => {
      const { events, total } = await fetchAllAuditEvents(filters);
      downloadCsv(auditCsv(events), `${fileName}.csv`);
      return { exported: events.length, all: total };
    },
  },
  // FHIR R4 AuditEvents (IHE BALP), mapped by the server, one per line.
  ndjson: {
    label: 'Export FHIR (NDJSON)',
    save: async (filters: AuditLogFilters, fileName: string) => {
      const { ndjson, events, total } = await fetchAuditNdjson(filters);
      saveFile([ndjson], `${fileName}.ndjson`, 'application/fhir+ndjson');
      return { exported: events.length, all: total };
    },
  },
};

/** Exports every event the filters match, not just the page on screen. */
export function ExportCsvButton({
  filters,
  total,
  format = 'csv',
}: {
  filters: AuditLogFilters;
  total: number;
  format?: keyof typeof FORMATS;
}) {
  const exporting = useMutation({
    mutationFn: () => FORMATS[format].save(filters, `audit-log-${clinicDate(new Date())}`),
  });
  const result = exporting.data;
  return (
    <Group gap="sm" align="center">
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => exporting.mutate()}
        loading={exporting.isPending}
        disabled={total === 0}
      >
        {FORMATS[format].label}
      </Button>
      <ExportOutcome
        message={
          result
            ? result.exported < result.all
              ? `Exported the newest ${EXPORT_MAX_EVENTS.toLocaleString('en-US')} of ${result.all.toLocaleString('en-US')} events: narrow the filters to export the rest.`
              : `Exported ${result.exported.toLocaleString('en-US')} events.`
            : null
        }
        error={exporting.error}
      />
    </Group>
  );
}
