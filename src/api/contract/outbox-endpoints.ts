import { advanceClockRequestSchema, chaosSettingsSchema, outboxSchema } from './outbox';
import type { Endpoint } from './endpoint';

/** Demo tools: the Outbox, the clock, reset and chaos. Never part of a real backend. */
export const OUTBOX_ENDPOINTS = {
  outbox: {
    method: 'GET',
    path: '/_mock/outbox',
    summary: 'Demo: every email the mock clinic sent',
    auth: 'staff',
    changes: false,
    response: outboxSchema,
    demoOnly: true,
  },
  advanceClock: {
    method: 'POST',
    path: '/_mock/clock',
    summary: 'Demo: move the mock clock forward',
    auth: 'staff',
    changes: true,
    request: advanceClockRequestSchema,
    response: outboxSchema,
    demoOnly: true,
  },
  resetDemo: {
    method: 'POST',
    path: '/_mock/reset',
    summary: 'Demo: put the clinic back to its seed',
    auth: 'staff',
    changes: true,
    response: outboxSchema,
    demoOnly: true,
  },
  getChaos: {
    method: 'GET',
    path: '/_mock/chaos',
    summary: 'Demo: the simulated latency and failure rate',
    auth: 'staff',
    changes: false,
    response: chaosSettingsSchema,
    demoOnly: true,
  },
  setChaos: {
    method: 'PUT',
    path: '/_mock/chaos',
    summary:
      'Demo: set the simulated latency and failure rate (a setting of the demo tools, not clinic data)',
    auth: 'staff',
    changes: false,
    request: chaosSettingsSchema,
    response: chaosSettingsSchema,
    demoOnly: true,
  },
} as const satisfies Record<string, Endpoint>;
