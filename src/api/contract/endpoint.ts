import type { z } from 'zod';

/**
 * One endpoint of the API. Every resource lists its own (src/api/contract/*-endpoints.ts) and
 * endpoints.ts merges them: the mock serves exactly these, the OpenAPI document is
 * generated from them, and the conformance suite walks them. Paths are relative to /api/v1.
 *
 * - auth: "staff" needs a signed-in staff member (401 otherwise); "none" is public (sign-in,
 *   and the patient's side, where the link, the code and the patient's password identify them).
 * - changes: a changing request needs an Idempotency-Key and writes an audit event.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  auth: 'staff' | 'none';
  changes: boolean;
  request?: z.core.$ZodType;
  query?: z.core.$ZodType;
  response: z.core.$ZodType | null;
  /**
   * A read that writes an audit event all the same: an export of patient data. It needs no
   * Idempotency-Key (exporting twice is two exports) and its event is saved like a change's.
   */
  audited?: boolean;
  /** Development and demo tools (Outbox, clock, reset): never part of a real backend. */
  demoOnly?: boolean;
  /**
   * Problem statuses the endpoint's own rules can answer beyond those its auth, path params,
   * `changes` and `version` already imply (the OpenAPI document lists both).
   */
  problems?: readonly (401 | 409 | 410 | 429)[];
}
