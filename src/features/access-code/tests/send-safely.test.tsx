import { act, screen, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { handlers } from '../../../../mocks/handlers';
import { chaos } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const SEND = '/api/v1/patients/:id/access-link';

/** Every send that reaches the server: its Idempotency-Key and body. */
function recordSends(answer?: (n: number, request: Request) => Promise<Response | undefined>) {
  const seen: { key: string; body: string }[] = [];
  server.use(
    http.post(SEND, async ({ request }) => {
      seen.push({
        key: request.headers.get('Idempotency-Key') ?? '',
        body: await request.clone().text(),
      });
      return answer?.(seen.length, request);
    }),
  );
  return seen;
}

async function openSendDialog() {
  const id = patientIdOf('Robert Chen');
  const rendered = renderRoute(`/patients/${id}/access`, { as: 'front_desk' });
  await rendered.user.click(await screen.findByRole('button', { name: 'Send Access Link' }));
  const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
  await rendered.user.click(
    within(dialog).getByLabelText('I confirmed this email address with the patient'),
  );
  const send = within(dialog).getByRole('button', { name: 'Send Access Link' });
  return { ...rendered, id, dialog, send };
}

const emailsTo = (to: string) => db.emails.filter((e) => e.to === to).length;

afterEach(() => vi.restoreAllMocks());

describe('Send Access Link fails safe', () => {
  it('offline, fails at once saying nothing was sent; after Cancel nothing goes out on reconnect', async () => {
    const seen = recordSends();
    const { user, dialog, send } = await openSendDialog();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await user.click(send);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You are offline');
    expect(alert).toHaveTextContent('Nothing was sent');
    expect(within(dialog).getByLabelText('Email address')).toHaveValue('robert.chen@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toHaveLength(0);
    expect(emailsTo('robert.chen@example.com')).toBe(0);
  });

  it('a retry after a lost answer resends the first request with its key, so the patient gets one email', async () => {
    // The first send is made, then its answer is lost on the way back.
    const seen = recordSends(async (n, request) => {
      if (n > 1) return undefined;
      await getResponse(handlers, request);
      return HttpResponse.json({ title: 'Bad gateway' }, { status: 502 });
    });
    const { user, dialog, send } = await openSendDialog();
    await user.click(send);
    expect(await within(dialog).findByText('The server had a problem')).toBeInTheDocument();
    // The refetch now shows the code that was issued: a new request would say issueCodeIfNone false.
    expect(await screen.findByText('Code active')).toBeInTheDocument();
    await user.click(send);
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ issueCodeIfNone: true });
    expect(emailsTo('robert.chen@example.com')).toBe(1);
  });

  it('two clicks in the same tick send once, and the button is disabled from the first', async () => {
    const seen = recordSends();
    const { send } = await openSendDialog();
    chaos.latencyMs = 300;
    // Two presses before React can re-render: only a guard set on the first press stops the second.
    act(() => {
      send.click();
      send.click();
    });
    await vi.waitFor(() => expect(send).toBeDisabled());
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(1);
    expect(emailsTo('robert.chen@example.com')).toBe(1);
  });

  it('a link another tab sent a moment ago is not sent twice: the answer says when it went', async () => {
    // Another tab, or another staff member, sends the same link just before this press lands.
    recordSends(async (n, request) => {
      if (n > 1) return undefined;
      const headers = new Headers(request.headers);
      headers.set('Idempotency-Key', crypto.randomUUID());
      await getResponse(handlers, new Request(request.clone(), { headers }));
      return undefined;
    });
    const { user, send } = await openSendDialog();
    await user.click(send);
    expect(await screen.findByText('Already sent')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^The Medical Records Access Link was already sent to robert\.chen@example\.com at \d{1,2}:\d{2} [AP]M( [A-Z]+)?\. No second email was sent\.$/,
      ),
    ).toBeInTheDocument();
    expect(emailsTo('robert.chen@example.com')).toBe(1);
  });

  it('another language chosen here, just after another tab sent the link: the answer names the language that went, and how to send this one', async () => {
    // Another tab sends the same link in Robert's own language just before this press lands.
    recordSends(async (n, request) => {
      if (n > 1) return undefined;
      const { language: _chosenHere, ...body } = (await request.clone().json()) as Record<
        string,
        unknown
      >;
      const headers = new Headers(request.headers);
      headers.set('Idempotency-Key', crypto.randomUUID());
      await getResponse(
        handlers,
        new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) }),
      );
      return undefined;
    });
    const { user, send, dialog } = await openSendDialog();
    await user.click(within(dialog).getByLabelText('Email in English', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Spanish' }));
    await user.click(send);
    expect(await screen.findByText('Already sent')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^The Medical Records Access Link was already sent to robert\.chen@example\.com at \d{1,2}:\d{2} [AP]M( [A-Z]+)?, in English\. No second email was sent\. To send it in Spanish too, open Send Access Link again and press Send: that sends a second email\.$/,
      ),
    ).toBeInTheDocument();
    expect(emailsTo('robert.chen@example.com')).toBe(1);
  });

  it('sent again on purpose within the minute, after the dialog said it just went: a second email', async () => {
    const { user, send } = await openSendDialog();
    await user.click(send);
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    // With the code active, sending again is in the card's Send options.
    await user.click(await screen.findByRole('button', { name: 'Send options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    expect(dialog).toHaveTextContent('It was sent less than a minute ago.');
    await user.click(
      within(dialog).getByLabelText('I confirmed this email address with the patient'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));
    await vi.waitFor(() => expect(emailsTo('robert.chen@example.com')).toBe(2));
    expect(screen.queryByText('Already sent')).not.toBeInTheDocument();
  });

  it('Cancel while the send is on its way closes the dialog, and the result shows when it lands', async () => {
    const { user, send, dialog } = await openSendDialog();
    chaos.latencyMs = 300;
    await user.click(send);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Send Access Link' })).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText('Medical Records Access Link sent to robert.chen@example.com.'),
    ).toBeInTheDocument();
    expect(emailsTo('robert.chen@example.com')).toBe(1);
  });

  it('a send that fails after Cancel says so in a notice', async () => {
    // The failure lands only after Cancel, however slow the machine.
    let answer = () => {};
    const cancelled = new Promise<void>((resolve) => (answer = resolve));
    recordSends(async () => {
      await cancelled;
      return HttpResponse.json(
        { title: 'Down', detail: 'The server is down for maintenance.' },
        { status: 503 },
      );
    });
    const { user, send, dialog } = await openSendDialog();
    await user.click(send);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    answer();
    expect(await screen.findByText('Send Access Link did not finish')).toBeInTheDocument();
    expect(
      screen.getByText(/\. Check the delivery history before you send again\.$/),
    ).toBeInTheDocument();
    expect(emailsTo('robert.chen@example.com')).toBe(0);
  });
});
