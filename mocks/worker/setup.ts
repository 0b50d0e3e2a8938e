import { clinicDate, clinicInstant } from '../../src/lib/clinic-time';
import { runtime } from '../runtime';
import { patientsFromName } from './protocol';

/**
 * Runs before the clinic's modules load (it is the worker's first import), so the clinic they
 * seed on import is already today's and of the size asked for.
 */

declare const self: { name: string };

// MSW keeps mocked cookies in localStorage, which workers lack: an in-memory stand-in does.
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const shim: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: shim });
}

/** 9:00 AM today on the clinic's clock: the demo opens at the start of a clinic day. */
export function todayAtNine(): string {
  return clinicInstant(clinicDate(new Date()), 9);
}

runtime.seedNow = todayAtNine;
runtime.seedPatients = patientsFromName(self.name);
runtime.keepPristineSeed = false;
