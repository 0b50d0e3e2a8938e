import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import {
  confirmLinkingRequest,
  startLinkingRequest,
} from '../../../../mocks/services/family-linking';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { garciaRequest, mariaLinks, PRIYA, SLOW, JOURNEY_MS } from './linking-fixtures';

describe('Open linking requests and the workspace', () => {
  it(
    'lists open requests newest first with their progress, from the navigation',
    async () => {
      garciaRequest({ send: true });
      await mariaLinks('Lucas Garcia');
      await mariaLinks('Sofia Garcia');
      db.now = new Date(new Date(db.now).getTime() + 60_000).toISOString();
      startLinkingRequest(db, PRIYA, { holderPatientId: patientIdOf('Aisha Khan') }, db.now);
      const { user } = renderRoute('/patients', { as: 'front_desk' });
      await user.click(await screen.findByRole('link', { name: 'Family linking' }, SLOW));
      const table = await screen.findByRole('table', { name: 'Open linking requests' }, SLOW);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
        'Aisha Khan',
        'Maria Garcia',
      ]);
      expect(rows[1]).toHaveTextContent('2 of 3 linked');
      // Link family records is disabled for front desk: they are told who starts a request.
      expect(screen.queryByText(/Link family records/)).not.toBeInTheDocument();
      expect(
        screen.getByText(/Patient experience or a clinic manager starts new ones\./),
      ).toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    'a finished linking request leaves Open and stays listed under Done',
    async () => {
      const id = garciaRequest({ send: true });
      for (const n of ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia']) await mariaLinks(n);
      confirmLinkingRequest(db, PRIYA, { id }, db.now);
      const { user } = renderRoute('/family-linking', { as: 'patient_experience' });
      expect(await screen.findByText('No open linking requests', {}, SLOW)).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Done' }));
      const table = await screen.findByRole('table', { name: 'Done linking requests' }, SLOW);
      const row = within(table).getAllByRole('row')[1]!;
      expect(row).toHaveTextContent('Maria Garcia');
      expect(row).toHaveTextContent('3 of 3 linked');
    },
    JOURNEY_MS,
  );

  it('with no open request, front desk is told who starts one, not to press a button they cannot use', async () => {
    renderRoute('/family-linking', { as: 'front_desk' });
    expect(
      await screen.findByText(
        'Patient experience or a clinic manager starts one when a family asks.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/choose Link family records/)).not.toBeInTheDocument();
  });

  it(
    "names the account holding a child's record and its other records, each a link",
    async () => {
      garciaRequest({ send: true });
      for (const n of ['Lucas Garcia', 'Sofia Garcia']) await mariaLinks(n);
      renderRoute(`/patients/${patientIdOf('Lucas Garcia')}`, { as: 'front_desk' });
      expect(
        await screen.findByText('maria.garcia@example.com', { selector: 'strong' }, SLOW),
      ).toBeInTheDocument();
      const others = screen.getByRole('list', { name: 'Other records in this account' });
      const links = within(others).getAllByRole('link');
      expect(links.map((a) => a.textContent)).toEqual(['Maria Garcia', 'Sofia Garcia']);
      expect(links[0]).toHaveAttribute('href', `/patients/${patientIdOf('Maria Garcia')}`);
      // Front desk does not link families, and is told why.
      expect(screen.getByRole('button', { name: 'Link family records' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
      expect(
        screen.getByText(/Linking family records is done by patient experience/),
      ).toBeInTheDocument();
      expect(
        await screen.findByText('Part of an open family linking request', {}, SLOW),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Open the linking request' })).toBeInTheDocument();
    },
    JOURNEY_MS,
  );

  it(
    "Maria's portal home lists her linked profiles by name",
    async () => {
      garciaRequest({ send: true });
      await mariaLinks('Mateo Garcia');
      const { user } = renderRoute('/portal');
      await user.type(await screen.findByLabelText('Email', {}, SLOW), 'maria.garcia@example.com');
      await user.type(screen.getByLabelText('Password'), 'Portal-demo-1');
      await user.click(screen.getByRole('button', { name: 'Log in' }));
      const list = await screen.findByRole('list', { name: 'Your linked profiles' }, SLOW);
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Maria Garcia', 'Mateo Garcia']);
    },
    JOURNEY_MS,
  );

  it(
    'a link opened after its record was linked into another account says so plainly',
    async () => {
      garciaRequest({ send: true });
      const code = db.codes.filter((c) => c.patientId === patientIdOf('Lucas Garcia')).at(-1)!;
      code.redeemedAt = db.now;
      db.accounts
        .find((a) => a.email === 'aisha.khan@example.com')!
        .records.push({ patientId: code.patientId, access: 'full', linkedAt: db.now });
      renderRoute(`/portal/register?token=${code.linkToken}`);
      expect(
        await screen.findByRole(
          'heading',
          { name: 'This record is in another portal account' },
          SLOW,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/Lucas/)).not.toBeInTheDocument();
    },
    JOURNEY_MS,
  );
});
