import { accessCodeHandlers } from './handlers/access-code';
import { auditHandlers } from './handlers/audit';
import { outboxHandlers } from './handlers/outbox';
import { patientHandlers } from './handlers/patients';
import { portalHandlers } from './handlers/portal';
import { sessionHandlers } from './handlers/session';

export const handlers = [
  ...sessionHandlers,
  ...patientHandlers,
  ...accessCodeHandlers,
  ...auditHandlers,
  ...outboxHandlers,
  ...portalHandlers,
];
