import { act, screen, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { handlers } from '../../../../mocks/handlers';
import { chaos } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { startLinkingRequest } from '../../../../mocks/services/family-linking';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { JOURNEY_MS, openTracking, PRIYA, rowOf, SLOW } from './linking-fixtures';

const REVOKE = '/api/v1/linking-requests/:id/items/:itemId/revoke';

/** Every revoke that reaches the server: its Idempotency-Key. */
function recordRevokes(answer?: (n: number, request: Request) => Promise<Response | undefined>) {
  const keys: string[] = [];
  server.use(
    http.post(REVOKE, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return answer?.(keys.length, request);
    }),
  );
  return keys;
}

const removals = (name: string) =>
  db.audit.filter(
    (a) => a.patientId === patientIdOf(name) && a.action === 'Removed from family linking',
  ).length;

async function openRevokeDialog(name: string) {
  const rendered = await openTracking();
  await rendered.user.click(screen.getByRole('button', { name: `Revoke ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Revoke ${name}` });
  return { ...rendered, dialog };
}

describe('The linking forms keep what was entered and send a change once', () => {
  it(
    'keeps the reason typed when revoking fails, and the retry revokes once',
    async () => {
      // The revoke is made, then its answer is lost on the way back.
      const keys = recordRevokes(async (n, request) => {
        if (n > 1) return undefined;
        await getResponse(handlers, request);
        return HttpResponse.json({ title: 'Server error', status: 500 }, { status: 500 });
      });
      const { user, dialog } = await openRevokeDialog('Mateo Garcia');
      await user.type(within(dialog).getByLabelText('Reason'), 'His father will link Mateo');
      await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

      const alert = await within(dialog).findByRole('alert', {}, SLOW);
      expect(alert).toHaveTextContent('Everything you entered is kept: press Revoke to try again.');
      expect(within(dialog).getByLabelText('Reason')).toHaveValue('His father will link Mateo');

      await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
      await within(rowOf('Mateo Garcia')).findByText('Revoked', {}, SLOW);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(removals('Mateo Garcia')).toBe(1);
    },
    JOURNEY_MS,
  );

  it(
    'revokes once when Revoke is pressed twice at once, disabled from the first press',
    async () => {
      const keys = recordRevokes();
      const { user, dialog } = await openRevokeDialog('Sofia Garcia');
      await user.type(within(dialog).getByLabelText('Reason'), 'Sent to the wrong family');
      const revoke = within(dialog).getByRole('button', { name: 'Revoke' });
      chaos.latencyMs = 300;
      // Two presses before React can re-render: only a guard set on the first press stops the second.
      act(() => {
        revoke.click();
        revoke.click();
      });
      await vi.waitFor(() => expect(revoke).toBeDisabled());
      await within(rowOf('Sofia Garcia')).findByText('Revoked', {}, SLOW);
      expect(keys).toHaveLength(1);
      expect(removals('Sofia Garcia')).toBe(1);
    },
    JOURNEY_MS,
  );

  it(
    'sends a resend from the email field with Enter',
    async () => {
      const { user } = await openTracking({ bounced: 'Sofia Garcia' });
      await user.click(screen.getByRole('button', { name: "Resend Sofia Garcia's link" }));
      const dialog = await screen.findByRole('dialog', { name: "Resend Sofia Garcia's link" });
      await user.click(
        within(dialog).getByLabelText('I confirmed this email address with the account holder'),
      );
      await user.type(within(dialog).getByLabelText('Email address'), '{Enter}');
      await within(rowOf('Sofia Garcia')).findByText('Delivered', {}, SLOW);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    "puts the API's message about a record's reason under that record's reason, keeping it",
    async () => {
      const ethan = patientIdOf('Ethan Park');
      const message = 'Name the court order or document the guardianship comes from.';
      server.use(
        http.post('/api/v1/linking-requests/:id/records', async ({ request }) => {
          const body = (await request.json()) as { records: { patientId: string }[] };
          const at = body.records.findIndex((r) => r.patientId === ethan);
          return HttpResponse.json(
            {
              type: 'invalid',
              title: 'Check the highlighted fields',
              status: 400,
              detail: 'Some fields need a fix before this can be saved.',
              errors: [{ field: `records.${at}.reason`, message }],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }),
      );
      const { id } = startLinkingRequest(
        db,
        PRIYA,
        { holderPatientId: patientIdOf('Maria Garcia') },
        db.now,
      );
      const { user } = renderRoute(`/family-linking/${id}`, { as: 'patient_experience' });
      await user.type(
        await screen.findByLabelText('Search for any patient', {}, SLOW),
        'Ethan Park',
      );
      await user.click(screen.getByRole('button', { name: 'Search' }));
      await user.click(await screen.findByRole('checkbox', { name: /Link Ethan Park/ }, SLOW));
      const reason = screen.getByLabelText('Reason for linking Ethan Park (audited)');
      await user.type(reason, 'Maria is his legal guardian.');
      await user.click(screen.getByRole('button', { name: 'Add 4 records' }));

      expect(await screen.findByText(message, {}, SLOW)).toBeInTheDocument();
      expect(reason).toHaveAccessibleDescription(message);
      expect(reason).toHaveValue('Maria is his legal guardian.');
      expect(screen.getByRole('alert', { name: 'Check the highlighted fields' })).toHaveTextContent(
        'Some fields need a fix before this can be saved.',
      );
    },
    JOURNEY_MS,
  );
});
