import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../../tests/render';
import { holdRequestsUntil } from '../../../api/client';
import { demoClinicDidNotStartError } from '../../../api/errors';

describe('the demo clinic that cannot start', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()));

  it('says so and how to fix it when staff sign in, not "Request failed (404)"', async () => {
    holdRequestsUntil(Promise.reject(demoClinicDidNotStartError()));
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in as Front desk' }));
    expect(
      await screen.findByText('The demo clinic could not start', {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByText(/Open the demo in a normal window/)).toBeVisible();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });
});
