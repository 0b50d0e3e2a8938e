import type { Endpoint } from './endpoint';
import { waitingCountSchema } from './shared-access-query';

/**
 * The navigation's waiting count, apart from the other shared-access endpoints: the layout on
 * every screen calls it, and must not carry the whole shared-access contract to do so.
 */
export const SHARED_ACCESS_WAITING_ENDPOINTS = {
  sharedAccessWaiting: {
    method: 'GET',
    path: '/shared-access/waiting',
    summary: 'How many shared-access requests wait for a decision',
    auth: 'staff',
    changes: false,
    response: waitingCountSchema,
  },
} as const satisfies Record<string, Endpoint>;
