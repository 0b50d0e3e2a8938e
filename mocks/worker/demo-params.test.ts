import { describe, expect, it } from 'vitest';
import { readChaosParams } from './demo-params';
import { DEFAULT_LATENCY_MS } from './protocol';

const read = (query: string) => readChaosParams(new URLSearchParams(query));

describe("the demo's ?chaos= and ?latency=", () => {
  it('takes a failure rate from 0 to 1 and a latency from 0 to 10,000 ms', () => {
    expect(read('?chaos=0.3&latency=800')).toEqual({
      chaos: { latencyMs: 800, failureRate: 0.3 },
      refused: [],
    });
    expect(read('?chaos=1&latency=10000').refused).toEqual([]);
    expect(read('?chaos=0&latency=0').refused).toEqual([]);
    expect(read('').chaos).toBeNull();
  });

  it('refuses ?chaos=5 and ?latency=99999999, says which and why, and uses the defaults', () => {
    const { chaos, refused } = read('?chaos=5&latency=99999999');
    expect(chaos).toEqual({ latencyMs: DEFAULT_LATENCY_MS, failureRate: 0 });
    expect(refused).toEqual([
      expect.stringMatching(/^\?latency=99999999 was not used: .*from 0 to 10000/),
      expect.stringMatching(/^\?chaos=5 was not used: .*from 0 to 1/),
    ]);
    for (const bad of ['?chaos=-0.1', '?chaos=abc', '?latency=-5', '?latency=', '?latency=1.5'])
      expect(read(bad).refused, bad).toHaveLength(1);
  });
});
