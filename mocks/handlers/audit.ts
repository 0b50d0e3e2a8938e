import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import { auditLog, patientActivity } from '../services/audit';

export const auditHandlers = [
  serve(E.patientActivity, ({ store, actor, params, query }) =>
    patientActivity(store, actor, { patientId: params.id!, ...query }),
  ),
  serve(E.auditLog, ({ store, actor, query }) => auditLog(store, actor, query)),
];
