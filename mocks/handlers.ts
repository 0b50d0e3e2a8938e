import { accessCodeHandlers } from './handlers/access-code';
import { auditHandlers } from './handlers/audit';
import { familyLinkingHandlers } from './handlers/family-linking';
import { outboxHandlers } from './handlers/outbox';
import { patientHandlers } from './handlers/patients';
import { portalHandlers } from './handlers/portal';
import { sessionHandlers } from './handlers/session';
import { sharedAccessHandlers } from './handlers/shared-access';
import { todayHandlers } from './handlers/today';
import { unknownApiPath } from './http';

export const handlers = [
  ...sessionHandlers,
  ...patientHandlers,
  ...accessCodeHandlers,
  ...auditHandlers,
  ...outboxHandlers,
  ...portalHandlers,
  ...familyLinkingHandlers,
  ...sharedAccessHandlers,
  ...todayHandlers,
  // Last: whatever no endpoint matched.
  unknownApiPath,
];
