import { call } from '../../../api/client';
import type { AuditLogFilters } from '../../../api/contract/audit';
import { FHIR_ENDPOINTS as E } from '../../../api/contract/fhir-endpoints';
import { fetchAllPages } from './activity-queries';

/** A record's access picture as a FHIR R4 Bundle (the export is audited by the server). */
export const fetchPatientFhir = (patientId: string) =>
  call(E.patientFhir, { params: { id: patientId } });

/** Every event the filters match as FHIR AuditEvents, one JSON object per line (NDJSON). */
export async function fetchAuditNdjson(filters: AuditLogFilters) {
  const { events, total } = await fetchAllPages((page, pageSize) =>
    call(E.auditLogFhir, { query: { ...filters, page, pageSize } }),
  );
  return { ndjson: events.map((e) => `${JSON.stringify(e)}\n`).join(''), events, total };
}
