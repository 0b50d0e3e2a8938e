import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import type { AuditLogFilters as Filters, AuditLogPage } from '../../../api/contract/audit';
import { ROLE_LABELS } from '../../../lib/permissions';
import { RecordFilter } from './record-filter';

type Range = [string | null, string | null];

const PORTAL_KIND = { patient: 'patient', care_partner: 'care partner' } as const;

/** Staff first, then the portal accounts seen in the log: a patient's own or a care partner's. */
function whoOptions(options: Pick<AuditLogPage, 'staff' | 'portalAccounts'> | undefined) {
  const staff = (options?.staff ?? []).map((s) => ({
    value: s.id,
    label: `${s.name} (${ROLE_LABELS[s.role]})`,
  }));
  const portal = (options?.portalAccounts ?? []).map((a) => ({
    value: a.id,
    label: `${a.email} (${PORTAL_KIND[a.kind]})`,
  }));
  return portal.length === 0
    ? staff
    : [
        { group: 'Staff', items: staff },
        { group: 'Patient portal', items: portal },
      ];
}

/** Who, action, record and dates. Every change goes to the address, so it can be shared. */
export function AuditLogFilters({
  filters,
  options,
  onChange,
}: {
  filters: Filters;
  options: Pick<AuditLogPage, 'staff' | 'portalAccounts' | 'actions' | 'record'> | undefined;
  onChange: (next: Partial<Filters>) => void;
}) {
  // A range being picked has one end only: it reaches the address once it has both.
  const [half, setHalf] = useState<Range | null>(null);
  const range: Range = half ?? [filters.from ?? null, filters.to ?? null];
  const any = Object.values(filters).some(Boolean);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
      <Select
        label="Who"
        placeholder="Anyone"
        clearable
        searchable
        data={whoOptions(options)}
        value={filters.actorId ?? null}
        onChange={(v) => onChange({ actorId: v ?? undefined })}
      />
      <Select
        label="Action"
        placeholder="Any action"
        clearable
        searchable
        data={(options?.actions ?? []).map((a) => ({ value: a.key, label: a.label }))}
        value={filters.action ?? null}
        onChange={(v) => onChange({ action: v ?? undefined })}
      />
      <RecordFilter
        value={filters.patientId}
        selected={options?.record ?? null}
        onChange={(patientId) => onChange({ patientId })}
      />
      <DatePickerInput
        type="range"
        label="Dates"
        description="Any date when empty"
        clearable
        clearButtonProps={{ 'aria-label': 'Clear the dates' }}
        ariaLabels={{ previousMonth: 'Previous month', nextMonth: 'Next month' }}
        allowSingleDateInRange
        valueFormat="MMM D, YYYY"
        value={range}
        onChange={(next) => {
          const [from, to] = next as Range;
          const complete = Boolean(from) === Boolean(to);
          setHalf(complete ? null : [from, to]);
          if (complete) onChange({ from: from ?? undefined, to: to ?? undefined });
        }}
      />
      {any && (
        <Group>
          <Button
            variant="subtle"
            onClick={() =>
              onChange({
                actorId: undefined,
                action: undefined,
                patientId: undefined,
                from: undefined,
                to: undefined,
              })
            }
          >
            Clear filters
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
}
