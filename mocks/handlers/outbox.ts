import { http, HttpResponse } from 'msw';
import { advanceClockRequestSchema } from '../../src/api/contract/outbox';
import { addDays } from '../../src/lib/dates';
import { db, resetDb } from '../db';
import { API, idempotent, parseBody, recordAudit, requireStaff } from '../http';
import { runtime } from '../runtime';

function outbox() {
  const statusOf = (deliveryId: string | null) =>
    db.deliveries.find((d) => d.id === deliveryId)?.status ?? 'sent';
  const emails = [...db.emails]
    .reverse()
    .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0))
    .map(({ deliveryId, ...e }) => {
      const s = statusOf(deliveryId);
      return { ...e, deliveryStatus: s === 'printed' ? 'sent' : s };
    });
  return { now: db.now, emails };
}

/** Development and demo tools: the Outbox, the mock clock, Reset demo data. Never in production. */
export const outboxHandlers = [
  http.get(`${API}/_mock/outbox`, ({ request }) => {
    requireStaff(request);
    return HttpResponse.json(outbox());
  }),

  http.post(`${API}/_mock/clock`, ({ request }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      const { days } = await parseBody(request, advanceClockRequestSchema);
      db.now = addDays(db.now, days);
      recordAudit(staff, null, 'Mock clock advanced', `Moved forward ${days} day(s) for training.`);
      return HttpResponse.json(outbox());
    }),
  ),

  http.post(`${API}/_mock/reset`, ({ request }) => {
    requireStaff(request);
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const staffId = db.sessions[token];
    resetDb(runtime.seedNow());
    // Keep the person who pressed Reset signed in.
    if (staffId) db.sessions[token] = staffId;
    runtime.onReset();
    return HttpResponse.json(outbox());
  }),
];
