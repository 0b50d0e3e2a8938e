import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { renderRoute } from '../../../../tests/render';
import { latestCodeOf, registerUrl, sendActiveLink } from './portal-fixtures';

function expectNoForm() {
  expect(screen.queryByLabelText('Access code')).not.toBeInTheDocument();
  expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
}

describe('A link that no longer works says so plainly', () => {
  it("Grace Lee's link (issued 7 days ago) has expired: ask the clinic for a new link", async () => {
    renderRoute(registerUrl(latestCodeOf('Grace Lee')));
    expect(
      await screen.findByRole('heading', { name: 'This link has expired' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask the clinic for a new link/)).toBeInTheDocument();
    expectNoForm();
  });

  it('a revoked link is no longer valid, and says nothing about the patient', async () => {
    const code = latestCodeOf("James O'Brien");
    code.revokedAt = db.now;
    code.revokedReason = 'Sent to the wrong person';
    renderRoute(registerUrl(code));
    expect(
      await screen.findByRole('heading', { name: 'This link is no longer valid' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask the clinic for a new link/)).toBeInTheDocument();
    expect(screen.queryByText(/James/)).not.toBeInTheDocument();
    expect(screen.queryByText(/jobrien@example.net/)).not.toBeInTheDocument();
    expectNoForm();
  });

  it('a link replaced by a newer code says so', async () => {
    const old = latestCodeOf("James O'Brien");
    old.revokedAt = db.now;
    old.revokedReason = 'replaced';
    sendActiveLink("James O'Brien", 'jobrien@example.net');
    renderRoute(registerUrl(old));
    expect(
      await screen.findByRole('heading', { name: 'This link was replaced by a newer one' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Use the newest email from the clinic, or ask the clinic for a new link/),
    ).toBeInTheDocument();
    expectNoForm();
  });

  it("Olivia Martin's used link cannot be used twice: log in with your password instead", async () => {
    renderRoute(registerUrl(latestCodeOf('Olivia Martin')));
    expect(
      await screen.findByRole('heading', { name: 'This link was already used' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/log in with your email and the password you chose/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to the portal home page to log in' }),
    ).toHaveAttribute('href', '/portal');
    expectNoForm();
  });

  it('an unknown link is not valid, without a blank screen', async () => {
    renderRoute('/portal/register?token=lnk-nothing-like-this');
    expect(
      await screen.findByRole('heading', { name: 'This link is not valid' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask the clinic for a new link/)).toBeInTheDocument();
    expect(screen.getByText('Riverside Family Clinic · Patient Portal')).toBeInTheDocument();
  });
});
