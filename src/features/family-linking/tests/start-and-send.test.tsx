import { cleanup, screen, within } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import { CHILDREN, mariaLinks, SLOW, JOURNEY_MS } from './linking-fixtures';

describe('Link family records: Maria Garcia and her three children', () => {
  it(
    'goes from her workspace to every link sent, then resumes after a reload and for a colleague',
    async () => {
      const { user } = renderRoute(`/patients/${patientIdOf('Maria Garcia')}`, {
        as: 'patient_experience',
      });
      await user.click(await screen.findByRole('link', { name: 'Link family records' }, SLOW));
      const holder = await screen.findByRole('radio', { name: 'Maria Garcia, 41' }, SLOW);
      expect(holder).toBeChecked();
      expect(screen.getByText(/Portal account maria.garcia@example.com/)).toBeInTheDocument();
      await user.click(
        screen.getByRole('button', { name: "Continue with Maria Garcia's account" }),
      );

      // The household is suggested, each row with age, date of birth, MRN and where it is now.
      const lucas = await screen.findByRole('checkbox', { name: /Link Lucas Garcia/ }, SLOW);
      expect(lucas).toBeChecked();
      expect(lucas).toHaveAccessibleDescription(/Age 9 · DOB .* · MRN \d+ · No account/);
      await user.click(screen.getByRole('button', { name: 'Add 3 records' }));

      const sofia = await screen.findByRole(
        'checkbox',
        { name: 'Sofia Garcia: sofia.garcia.old@example.com → maria.garcia@example.com' },
        SLOW,
      );
      expect(sofia).toBeChecked();
      expect(
        screen.getByRole('checkbox', { name: 'Lucas Garcia: no email → maria.garcia@example.com' }),
      ).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Confirm 3 email changes' }));

      const links = await screen.findByRole('list', { name: 'Links to send' }, SLOW);
      expect(
        within(links)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(CHILDREN.map((n) => `Medical Records Access Link for ${n}`));
      await user.click(screen.getByRole('button', { name: 'Send 3 links' }));
      const table = await screen.findByRole('table', { name: 'Linking progress' }, SLOW);
      expect(within(table).getAllByText('Delivered')).toHaveLength(3);
      expect(screen.getByText('0 of 3 linked')).toBeInTheDocument();
      expect(
        db.patients.find((p) => p.firstName === 'Sofia' && p.lastName === 'Garcia')?.email,
      ).toBe('maria.garcia@example.com');
      const sent = db.emails.filter((e) => e.to === 'maria.garcia@example.com').map((e) => e.body);
      for (const n of CHILDREN)
        expect(sent.some((b) => b.includes(`to add ${n}'s records`))).toBe(true);

      // A reload, then a colleague's session: the request carries on where it stopped.
      cleanup();
      const again = renderRoute(`/patients/${patientIdOf('Lucas Garcia')}`, {
        as: 'clinic_manager',
      });
      await again.user.click(
        await screen.findByRole('link', { name: 'Open the linking request' }, SLOW),
      );
      expect(await screen.findByText('0 of 3 linked', {}, SLOW)).toBeInTheDocument();

      // Maria links Lucas from her email; returning to the tab shows it.
      await mariaLinks('Lucas Garcia');
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      expect(await screen.findByText('1 of 3 linked', {}, SLOW)).toBeInTheDocument();
      const row = screen.getByRole('row', { name: /Lucas Garcia/ });
      expect(within(row).getByText('Linked')).toBeInTheDocument();
    },
    JOURNEY_MS,
  );
});
