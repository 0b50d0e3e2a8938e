import { auditHandlers } from './handlers/audit';
import { outboxHandlers } from './handlers/outbox';
import { patientHandlers } from './handlers/patients';
import { sessionHandlers } from './handlers/session';

export const handlers = [...sessionHandlers, ...patientHandlers, ...auditHandlers, ...outboxHandlers];
