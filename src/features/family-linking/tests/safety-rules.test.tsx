import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { startLinkingRequest } from '../../../../mocks/services/family-linking';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import type { StaffRole } from '../../../api/contract/session';
import { PRIYA, SLOW, JOURNEY_MS } from './linking-fixtures';

async function openRecordsStep(holder: string, as: StaffRole, search: string) {
  const { id } = startLinkingRequest(db, PRIYA, { holderPatientId: patientIdOf(holder) }, db.now);
  const rendered = renderRoute(`/family-linking/${id}`, { as });
  const field = await screen.findByLabelText('Search for any patient', {}, SLOW);
  await rendered.user.type(field, search);
  await rendered.user.click(screen.getByRole('button', { name: 'Search' }));
  return rendered;
}

describe('The safety rules, explained in the flow', () => {
  it(
    'refuses an adult record and offers shared access; patient experience cannot override',
    async () => {
      await openRecordsStep('Maria Garcia', 'patient_experience', 'Robert Chen');
      expect(
        await screen.findByText('Robert Chen is an adult: not linked', {}, SLOW),
      ).toBeInTheDocument();
      expect(screen.getByText(/Offer shared access \(proxy access\) instead/)).toBeInTheDocument();
      expect(
        screen.getByText(/Only a clinic manager can link an adult's record/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('checkbox', { name: /Robert Chen/ })).not.toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    'lets a clinic manager override with the legal authority and a reason, audited',
    async () => {
      const { user } = await openRecordsStep('Maria Garcia', 'clinic_manager', 'Robert Chen');
      await user.click(
        await screen.findByRole('checkbox', { name: 'Override and link Robert Chen' }, SLOW),
      );
      for (const n of ['Lucas', 'Sofia', 'Mateo'])
        await user.click(screen.getByRole('checkbox', { name: new RegExp(`Link ${n} Garcia`) }));
      await user.click(screen.getByRole('button', { name: 'Add 1 record' }));
      expect(
        screen.getByText(
          'Choose the legal authority: guardianship or healthcare power of attorney.',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('Enter the date of the legal document.')).toBeInTheDocument();
      expect(screen.getByText('Reason needs at least 10 characters.')).toBeInTheDocument();

      await user.click(screen.getByRole('radio', { name: 'Healthcare power of attorney' }));
      await user.type(screen.getByLabelText('Date of the legal document'), '2026-01-10');
      await user.type(
        screen.getByLabelText('Reason for linking Robert Chen (audited)'),
        'Maria holds his healthcare power of attorney.',
      );
      await user.click(screen.getByRole('button', { name: 'Add 1 record' }));
      expect(
        await screen.findByRole(
          'checkbox',
          { name: /Robert Chen: robert.chen@example.com →/ },
          SLOW,
        ),
      ).toBeInTheDocument();
      const audit = db.audit.filter((a) => a.patientId === patientIdOf('Robert Chen')).at(-1);
      expect(audit?.details).toContain(
        'clinic manager override under Healthcare power of attorney',
      );
      expect(audit?.actorName).toBe('Carmen Diaz');
    },
    JOURNEY_MS,
  );

  it(
    'warns that a parent would see everything of an adolescent, and needs a reason',
    async () => {
      const { user } = await openRecordsStep('Aisha Khan', 'patient_experience', 'Ethan Park');
      await user.click(await screen.findByRole('checkbox', { name: /Link Ethan Park/ }, SLOW));
      expect(
        screen.getByText('Ethan Park is 15: Aisha Khan would see everything'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/Shared access \(proxy access\) with a limited scope is usually better/),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Add 1 record' }));
      expect(screen.getByText('Reason needs at least 10 characters.')).toBeInTheDocument();
      await user.type(
        screen.getByLabelText('Reason for linking Ethan Park (audited)'),
        'Aisha is his legal guardian.',
      );
      await user.click(screen.getByRole('button', { name: 'Add 1 record' }));
      expect(
        await screen.findByRole('button', { name: /Confirm 1 email change/ }, SLOW),
      ).toBeInTheDocument();
      expect(db.audit.at(-1)?.details).toContain('Reason: Aisha is his legal guardian.');
    },
    JOURNEY_MS,
  );

  it(
    'refuses a record already held by another account, with a link to its Medical Access Code tab',
    async () => {
      await openRecordsStep('Maria Garcia', 'patient_experience', 'Olivia Martin');
      const alert = await screen.findByRole(
        'alert',
        { name: 'Held by another portal account' },
        SLOW,
      );
      expect(alert).toHaveTextContent(
        "Olivia Martin's record is in olivia.martin@example.org. Revoke that access first",
      );
      expect(
        within(alert).getByRole('link', { name: "Open Olivia Martin's Medical Access Code tab" }),
      ).toHaveAttribute('href', `/patients/${patientIdOf('Olivia Martin')}/access`);
      expect(screen.queryByRole('checkbox', { name: /Olivia Martin/ })).not.toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    'a search that fails says so, and Search asks again',
    async () => {
      let failures = 0;
      server.use(
        http.post('/api/v1/linking-requests/:id/candidates', async ({ request }) => {
          const body = (await request.clone().json()) as { q?: string };
          if (!body.q || failures === 3) return undefined;
          failures += 1;
          return HttpResponse.json({ title: 'Busy' }, { status: 503 });
        }),
      );
      const { user } = await openRecordsStep('Aisha Khan', 'patient_experience', 'Ethan Park');
      expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
        'press Search to try again',
      );
      await user.click(screen.getByRole('button', { name: 'Search' }));
      expect(
        await screen.findByRole('checkbox', { name: /Link Ethan Park/ }, SLOW),
      ).toBeInTheDocument();
    },
    JOURNEY_MS,
  );
});
