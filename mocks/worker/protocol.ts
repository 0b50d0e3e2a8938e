import type { ChaosSettings } from '../../src/api/contract/outbox';
import { DEMO_PATIENTS } from '../runtime';

/** Messages between a page and the clinic worker. Plain data only: they are structured-cloned. */

/** The API path the page hands to the clinic (kept here so the page never loads mocks/http). */
export const API_PATH = '/api/v1';

/**
 * The clinic's size when a page asks for none (`?patients=N` asks for another, for one visit). A
 * build can set another default with VITE_DEMO_PATIENTS: the end-to-end suite's demo build holds
 * a small clinic, as the unit tests do, so no journey waits for 8,000 patients to seed and load.
 */
const asked = Number(import.meta.env.VITE_DEMO_PATIENTS ?? DEMO_PATIENTS);
export const DEFAULT_PATIENTS = inRange(asked) ? asked : DEMO_PATIENTS;

/** Simulated latency per request in the dev and demo clinic unless `?latency=` says otherwise. */
export const DEFAULT_LATENCY_MS = 150;

export interface ForwardedRequest {
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
  /**
   * `?latency=MS&chaos=RATE&seed=N` from the address this tab opened with, on its first request
   * only: from then on the Outbox's switch (PUT /_mock/chaos) may change them for every tab.
   */
  chaos: ChaosSettings | null;
}

export type ForwardedResponse =
  | { id: number; status: number; headers: [string, string][]; body: ArrayBuffer }
  | { id: number; error: string };

/** Each clinic size is its own worker and its own saved copy, so sizes never mix. */
export function clinicName(patients: number): string {
  return patients === DEFAULT_PATIENTS
    ? 'access-desk-mock-clinic'
    : `access-desk-mock-clinic-${patients}`;
}

function inRange(n: number): boolean {
  return Number.isInteger(n) && n >= 100 && n <= 200_000;
}

export function patientsFromName(name: string): number {
  const n = Number(/-(\d+)$/.exec(name)?.[1] ?? DEFAULT_PATIENTS);
  return inRange(n) ? n : DEFAULT_PATIENTS;
}
