import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const SLOW = { timeout: 15_000 };

describe('Activity tab', () => {
  it('says so when a list shown from memory could not be refreshed, and Try again loads it', async () => {
    const id = patientIdOf('Robert Chen');
    const { history, user } = renderRoute(`/patients/${id}/activity`, { as: 'front_desk' });
    const section = await screen.findByRole('region', { name: 'Activity' }, SLOW);
    await within(section).findAllByRole('row', {}, SLOW);
    expect(section).toHaveAttribute('aria-busy', 'false');

    // Away, then back once the list is old: it shows what it had and refreshes, which fails.
    history.push(`/patients/${id}`);
    await screen.findByRole('tab', { name: 'Overview', selected: true }, SLOW);
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + 120_000);
    // A 5xx is tried three times before the screen hears of it.
    let failures = 3;
    server.use(
      http.get('/api/v1/patients/:id/activity', () => {
        if (failures === 0) return undefined;
        failures -= 1;
        return HttpResponse.json({ title: 'Server error' }, { status: 500 });
      }),
    );
    history.push(`/patients/${id}/activity`);
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert).toHaveTextContent('This list may be out of date');
    expect(alert).toHaveTextContent('It could not be refreshed');
    expect(
      within(screen.getByRole('region', { name: 'Activity' })).getAllByRole('row').length,
    ).toBeGreaterThan(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), SLOW);
    expect(screen.getByRole('region', { name: 'Activity' })).toHaveAttribute('aria-busy', 'false');
    expect(failures).toBe(0);
  }, 40_000);
});
