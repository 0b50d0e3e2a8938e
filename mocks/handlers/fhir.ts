import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import { exportPatientFhir } from '../services/fhir';
import { auditLogFhir } from '../services/fhir-audit';

export const fhirHandlers = [
  serve(E.patientFhir, ({ store, actor, params, now }) =>
    exportPatientFhir(store, actor, { patientId: params.id! }, now),
  ),
  serve(E.auditLogFhir, ({ store, actor, query }) => auditLogFhir(store, actor, query)),
];
