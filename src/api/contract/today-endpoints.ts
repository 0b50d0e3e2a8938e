import type { Endpoint } from './endpoint';
import { todaySchema } from './today';

/** Today's worklists: one summary, so the landing page is one request and one cache entry. */
export const TODAY_ENDPOINTS = {
  today: {
    method: 'GET',
    path: '/today',
    summary: "Today's worklists: each list the role acts on, with its count and most urgent rows",
    auth: 'staff',
    changes: false,
    response: todaySchema,
  },
} as const satisfies Record<string, Endpoint>;
