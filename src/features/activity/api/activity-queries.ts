import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { type AuditEvent, type AuditLogFilters } from '../../../api/contract/audit';
import { AUDIT_ENDPOINTS as E } from '../../../api/contract/audit-endpoints';
import { PATIENT_ENDPOINTS } from '../../../api/contract/patient-endpoints';

export const AUDIT_LOG_PAGE_SIZE = 50;
const EXPORT_PAGE_SIZE = 100;
/** An export stops here and says so, rather than running for minutes. */
export const EXPORT_MAX_EVENTS = 10_000;

export type AuditLogSearch = AuditLogFilters & { page?: number | undefined };

const auditLogPage = (search: AuditLogSearch, pageSize: number, signal?: AbortSignal) =>
  call(E.auditLog, { signal, query: { ...search, pageSize } });

export const activityQueries = {
  log: (search: AuditLogSearch) =>
    queryOptions({
      queryKey: ['audit', 'log', search],
      queryFn: ({ signal }) => auditLogPage(search, AUDIT_LOG_PAGE_SIZE, signal),
    }),
  /** Records to filter the log by; POST keeps the typed name out of URLs. */
  recordSearch: (q: string) =>
    queryOptions({
      queryKey: ['audit', 'record-search', q],
      queryFn: ({ signal }) =>
        call(PATIENT_ENDPOINTS.searchPatients, { signal, body: { q, pageSize: 10 } }),
      enabled: q.trim().length >= 2,
      staleTime: 60_000,
    }),
  // Under the patient's key, so any change to the patient refreshes its Activity tab too.
  forPatient: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'activity'],
      queryFn: ({ signal }) =>
        call(E.patientActivity, { params: { id: patientId }, signal, query: { pageSize: 100 } }),
    }),
};

/** Every item of a paged list, page by page from the server, up to EXPORT_MAX_EVENTS. */
export async function fetchAllPages<T>(
  pageOf: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
): Promise<{ events: T[]; total: number }> {
  const events: T[] = [];
  for (let page = 1; ; page += 1) {
    const res = await pageOf(page, EXPORT_PAGE_SIZE);
    events.push(...res.items);
    const done = events.length >= res.total || res.items.length === 0;
    if (done || events.length >= EXPORT_MAX_EVENTS) return { events, total: res.total };
  }
}

/** Every event the filters match, for the CSV export. */
export function fetchAllAuditEvents(
  filters: AuditLogFilters,
): Promise<{ events: AuditEvent[]; total: number }> {
  return fetchAllPages((page, pageSize) => auditLogPage({ ...filters, page }, pageSize));
}
