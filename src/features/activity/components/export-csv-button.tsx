import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { AuditLogFilters } from '../../../api/contract/audit';
import { describeError } from '../../../api/errors';
import { clinicDate } from '../../../lib/clinic-time';
import { EXPORT_MAX_EVENTS, fetchAllAuditEvents } from '../api/activity-queries';
import { auditCsv, downloadCsv } from './audit-csv';

/** Exports every event the filters match, not just the page on screen. */
export function ExportCsvButton({ filters, total }: { filters: AuditLogFilters; total: number }) {
  const exporting = useMutation({
    mutationFn: async () => {
      const { events, total: all } = await fetchAllAuditEvents(filters);
      const day = clinicDate(new Date());
      downloadCsv(auditCsv(events), `audit-log-${day}.csv`);
      return { exported: events.length, all };
    },
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
        Export CSV
      </Button>
      <div role="status" aria-live="polite">
        {result && (
          <Text size="sm" c="dimmed">
            {result.exported < result.all
              ? `Exported the newest ${EXPORT_MAX_EVENTS.toLocaleString('en-US')} of ${result.all.toLocaleString('en-US')} events: narrow the filters to export the rest.`
              : `Exported ${result.exported.toLocaleString('en-US')} events.`}
          </Text>
        )}
      </div>
      {exporting.error && (
        <Alert color="red" title={describeError(exporting.error).title} role="alert" py="xs">
          {describeError(exporting.error).message}
        </Alert>
      )}
    </Group>
  );
}
