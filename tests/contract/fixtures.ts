import { ENDPOINTS } from '../../src/api/contract/endpoints';
import { ok, onMock, type Caller } from './client';

/**
 * What some cases need from the clinic, fetched through the API so they run against any server.
 * Against a server without the demo data they are skipped, saying what is missing; on the mock
 * clinic a missing piece is a failure.
 */

type Skip = (note: string) => never;

function missing(skip: Skip, what: string): never {
  if (onMock) throw new Error(`The mock clinic lacks ${what}`);
  return skip(`needs ${what} on the server under test`);
}

/** The id of a demo patient (README, "Demo patients"), found by searching for the name. */
export async function demoPatient(caller: Caller, fullName: string, skip: Skip): Promise<string> {
  const page = ok(
    ENDPOINTS.searchPatients,
    await caller.call(ENDPOINTS.searchPatients, { body: { q: fullName, pageSize: 50 } }),
  );
  const hit = page.items.find((p) => `${p.firstName} ${p.lastName}` === fullName);
  return hit?.id ?? missing(skip, `the demo patient ${fullName}`);
}

/** Emails the demo Outbox holds for one address (development and demo servers only). */
export async function outboxCount(caller: Caller, to: string, skip: Skip): Promise<number> {
  const res = await caller.call(ENDPOINTS.outbox);
  if (res.status === 404) return missing(skip, 'the demo Outbox (GET /_mock/outbox)');
  return ok(ENDPOINTS.outbox, res).emails.filter((e) => e.to === to).length;
}

/** How many audit events a record has with this action: a change made once shows once. */
export async function auditCount(
  caller: Caller,
  patientId: string,
  action: string,
): Promise<number> {
  const page = ok(
    ENDPOINTS.patientActivity,
    await caller.call(ENDPOINTS.patientActivity, {
      params: { id: patientId },
      query: { pageSize: 100 },
    }),
  );
  return page.items.filter((e) => e.action === action).length;
}
