import type { ChaosSettings } from '../../src/api/contract/outbox';
import { DEFAULT_LATENCY_MS } from './protocol';

/** The demo's `?latency=` and `?chaos=` accept these, so a typo never stalls or breaks the demo. */
export const MAX_LATENCY_MS = 10_000;

/** One number in [min, max] from the address, or null when it is not one. */
function numberIn(raw: string, min: number, max: number, whole = false): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  if (whole && !Number.isInteger(n)) return null;
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/**
 * `?latency=MS&chaos=RATE&seed=N` from the address: the settings to use, and one sentence for each
 * value refused (the default is used instead), naming the setting and what it accepts.
 */
export function readChaosParams(params: URLSearchParams): {
  chaos: ChaosSettings | null;
  refused: string[];
} {
  const refused: string[] = [];
  const seed = params.get('seed');
  if (!params.has('latency') && !params.has('chaos') && seed === null)
    return { chaos: null, refused };
  let latencyMs = DEFAULT_LATENCY_MS;
  const latency = params.get('latency');
  if (latency !== null) {
    const n = numberIn(latency, 0, MAX_LATENCY_MS, true);
    if (n === null)
      refused.push(
        `?latency=${latency} was not used: latency is a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, for example ?latency=800. Requests wait ${DEFAULT_LATENCY_MS} ms.`,
      );
    else latencyMs = n;
  }
  let failureRate = 0;
  const rate = params.get('chaos');
  if (rate !== null) {
    const n = numberIn(rate, 0, 1);
    if (n === null)
      refused.push(
        `?chaos=${rate} was not used: chaos is the share of requests that fail, from 0 to 1, for example ?chaos=0.3. No requests fail on purpose.`,
      );
    else failureRate = n;
  }
  return {
    chaos: { latencyMs, failureRate, ...(seed !== null && { seed: Number(seed) }) },
    refused,
  };
}
