import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH } from '../../../api/contract/access-code';

const accessTab = (name: string) => `/patients/${patientIdOf(name)}/access`;
const codesOf = (name: string) => db.codes.filter((c) => c.patientId === patientIdOf(name));

// Mantine keeps notifications in a module-level store: start each test without the last one's.

describe('Medical Access Code tab: request and reveal', () => {
  it('requests an access code from the unambiguous alphabet, valid for 5 days', async () => {
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    expect(await screen.findByText(/No access code has been issued/)).toBeInTheDocument();
    expect(screen.getByText(/No link has been sent and no letter printed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request Access Code' }));

    expect(await screen.findByText('Access code issued')).toBeInTheDocument();
    expect(await screen.findByText(/Active: expires in 5 days/)).toBeInTheDocument();
    const [code] = codesOf('Robert Chen');
    expect(code?.code).toHaveLength(ACCESS_CODE_LENGTH);
    expect(code?.code).toMatch(new RegExp(`^[${ACCESS_CODE_ALPHABET}]+$`));
    expect(code?.code).not.toMatch(/[0O1I]/);
    expect(screen.getByText(`Code hidden, ending in ${code?.code.slice(-2)}`)).toBeInTheDocument();
    expect(screen.queryByText(code?.code ?? '')).not.toBeInTheDocument();
  });

  it('asks before replacing an active code, and the old link stops working', async () => {
    const { user } = renderRoute(accessTab("James O'Brien"), { as: 'front_desk' });
    await user.click(await screen.findByRole('button', { name: 'Request Access Code' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the active access code?' });
    expect(dialog).toHaveTextContent('the link already sent will stop working');

    await user.click(within(dialog).getByRole('button', { name: 'Keep the current code' }));
    expect(codesOf("James O'Brien")).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Request Access Code' }));
    await user.click(await screen.findByRole('button', { name: 'Replace code' }));
    expect(await screen.findByText('Access code issued')).toBeInTheDocument();
    const [old, fresh] = codesOf("James O'Brien");
    expect(old?.revokedReason).toBe('replaced');
    expect(fresh?.revokedAt).toBeNull();
    expect(await screen.findByText(/Active: expires in 5 days/)).toBeInTheDocument();
  });

  it('reveals the code on request, and the reveal shows on the Activity tab', async () => {
    const { user } = renderRoute(accessTab("James O'Brien"), { as: 'front_desk' });
    const code = codesOf("James O'Brien")[0]?.code ?? '';
    await user.click(await screen.findByRole('button', { name: 'Reveal' }));
    expect(await screen.findByText(code)).toBeInTheDocument();
    expect(screen.getByText(/This reveal is recorded/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.queryByText(code)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Activity' }));
    expect(
      await screen.findByRole('row', { name: /Felix Moreno.*Access code revealed/ }),
    ).toBeInTheDocument();
  });

  it("shows Grace Lee's code as expired and offers a new link", async () => {
    renderRoute(accessTab('Grace Lee'), { as: 'front_desk' });
    expect(await screen.findByText('Code expired')).toBeInTheDocument();
    expect(screen.getByText(/Expired on .*, unused/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send Access Link' })).toBeInTheDocument();
  });

  it('shows the portal account holding the record and its status', async () => {
    renderRoute(accessTab('Aisha Khan'), { as: 'front_desk' });
    const card = await screen.findByRole('region', { name: 'Portal account' });
    expect(within(card).getByText('Limited access')).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'Held by the portal account aisha.khan@example.com, created by booking online',
    );
    expect(card).toHaveTextContent('No other records in this account.');
  });

  it('says what went wrong, with a retry, when the tab cannot load', async () => {
    server.use(
      http.get('/api/v1/patients/:id/access', () =>
        HttpResponse.json(
          { title: 'Down', status: 503, detail: 'The server is down for maintenance.' },
          { status: 503 },
        ),
      ),
    );
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    expect(
      await screen.findByText('The server is down for maintenance.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Access code' })).toBeInTheDocument();
  });
});

/**
 * Holds every refresh of the tab until released: the card can then only show what the change's
 * own answer says. (A handler that returns nothing passes the request on to the clinic's own.)
 */
function holdTabRefreshes() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(http.get('*/api/v1/patients/:id/access', () => released.then(() => undefined)));
  return release;
}

describe('the notice and the card agree, even while the tab is refreshing', () => {
  it('"Access code issued" shows over a card that shows the new code', async () => {
    const { user } = renderRoute(accessTab('Robert Chen'), { as: 'front_desk' });
    expect(await screen.findByText(/No access code has been issued/)).toBeInTheDocument();
    const release = holdTabRefreshes();
    await user.click(screen.getByRole('button', { name: 'Request Access Code' }));

    expect(await screen.findByText('Access code issued')).toBeInTheDocument();
    expect(screen.queryByText(/No access code has been issued/)).not.toBeInTheDocument();
    expect(screen.getByText(/Active: expires in 5 days/)).toBeInTheDocument();
    release();
  });

  it('"Access link sent" shows over a card that no longer says the code expired', async () => {
    const { user } = renderRoute(accessTab('Grace Lee'), { as: 'front_desk' });
    expect(await screen.findByText('Code expired')).toBeInTheDocument();
    const release = holdTabRefreshes();
    await user.click(screen.getByRole('button', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));

    expect(await screen.findByText('Access link sent')).toBeInTheDocument();
    expect(screen.queryByText('Code expired')).not.toBeInTheDocument();
    expect(screen.getByText('Code active')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Delivery history' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent(/Felix Moreno/);
    release();
  });
});
