import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { resetDb } from '../db';
import { chaos, serve, setChaos } from '../http';
import { runtime } from '../runtime';
import { advanceClock, outbox } from '../services/demo-tools';
import { keepSession } from '../services/session';

/** Development and demo tools: the Outbox, the mock clock, Reset demo data. Never in production. */
export const outboxHandlers = [
  serve(E.outbox, ({ store }) => outbox(store)),
  serve(E.advanceClock, ({ store, actor, body }) => advanceClock(store, actor, body)),
  serve(E.resetDemo, ({ store, token }) => {
    const fresh = resetDb(runtime.seedNow());
    // Keep the person who pressed Reset signed in.
    keepSession(store, fresh, token);
    runtime.onReset();
    return outbox(fresh);
  }),
  serve(E.getChaos, () => ({ ...chaos })),
  serve(E.setChaos, ({ body }) => setChaos(body)),
];
