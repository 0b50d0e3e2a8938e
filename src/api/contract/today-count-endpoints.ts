import { z } from 'zod';
import type { Endpoint } from './endpoint';

/** The navigation's count: every item of every list on Today the role acts on. */
export const todayCountSchema = z.object({ total: z.number().int().min(0) });

/** Apart from Today's summary, so the layout on every screen carries only this schema. */
export const TODAY_COUNT_ENDPOINTS = {
  todayCount: {
    method: 'GET',
    path: '/today/count',
    summary: 'How many items wait on Today for the signed-in role',
    auth: 'staff',
    changes: false,
    response: todayCountSchema,
  },
} as const satisfies Record<string, Endpoint>;
