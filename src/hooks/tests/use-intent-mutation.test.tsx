import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { type Sending, useIntentMutation } from '../use-intent-mutation';

/**
 * Presses a change's submit twice, `gap` ms apart, as a hurried staff member does; the first
 * press's answer comes back in `latency` ms. Returns the requests the server received (their keys).
 */
async function doublePress(gap: number, latency: number) {
  const keys: string[] = [];
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () =>
      useIntentMutation({
        send: async (_body: { email: string }, { idempotencyKey }: Sending) => {
          keys.push(idempotencyKey);
          await new Promise((r) => setTimeout(r, latency));
          return { sent: true };
        },
      }),
    { wrapper },
  );
  let successes = 0;
  const press = () =>
    act(() =>
      result.current.submit({ email: 'grace.lee@example.com' }, { onSuccess: () => successes++ }),
    );
  press();
  await act(() => new Promise((r) => setTimeout(r, gap)));
  press();
  await waitFor(() => expect(successes).toBeGreaterThan(0));
  await waitFor(() => expect(result.current.isPending).toBe(false));
  return { keys, successes, result };
}

describe('a change pressed twice is made once', () => {
  it.each([
    [0, 150],
    [220, 0],
    [300, 150],
    [600, 0],
  ])(
    'pressed again %i ms later (answer in %i ms): one request, one success',
    async (gap, latency) => {
      const { keys, successes } = await doublePress(gap, latency);
      expect(keys).toHaveLength(1);
      expect(successes).toBe(1);
    },
  );

  it('once the form is new again (the dialog opened again), a press is a new change', async () => {
    const { keys, result } = await doublePress(0, 0);
    act(() => result.current.ready());
    act(() => result.current.submit({ email: 'grace.lee@example.com' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });
});
