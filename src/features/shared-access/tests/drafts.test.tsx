import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { fakeIdleClock, idleOutAndBack } from '../../../../tests/idle';
import { patientIdOf, renderRoute } from '../../../../tests/render';

const SLOW = { timeout: 15_000 };

/** Dorothy Williams' Shared Access tab, with "Record a request" open and a name typed. */
async function startRecordingPaul(as: 'front_desk' | 'clinic_manager' = 'front_desk') {
  const rendered = renderRoute(`/patients/${patientIdOf('Dorothy Williams')}/shared-access`, {
    as,
  });
  await rendered.user.click(await screen.findByRole('button', { name: 'Record a request' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Record a shared-access request' });
  await rendered.user.type(
    within(dialog).getByRole('textbox', { name: "Care partner's name" }),
    'Paul Williams',
  );
  await rendered.user.click(within(dialog).getByRole('combobox', { name: 'How the request came' }));
  await rendered.user.click(await screen.findByRole('option', { name: 'Phone' }));
  await rendered.user.type(
    within(dialog).getByRole('textbox', { name: "How the patient's consent was heard" }),
    'Dorothy said yes on the call.',
  );
  return rendered;
}

const recordDialog = () =>
  screen.findByRole('dialog', { name: 'Record a shared-access request' }, SLOW);

describe(
  'Shared access: a half-filled form comes back after an idle sign-out',
  { timeout: 90_000 },
  () => {
    it('"Record a request" opens again with what was typed, and Cancel forgets it', async () => {
      fakeIdleClock();
      const { user } = await startRecordingPaul();
      await idleOutAndBack(user, 'front_desk', ['Paul Williams', 'Dorothy Williams']);

      const dialog = await recordDialog();
      expect(within(dialog).getByRole('textbox', { name: "Care partner's name" })).toHaveValue(
        'Paul Williams',
      );
      expect(within(dialog).getByRole('combobox', { name: 'How the request came' })).toHaveValue(
        'Phone',
      );
      expect(
        within(dialog).getByRole('textbox', { name: "How the patient's consent was heard" }),
      ).toHaveValue('Dorothy said yes on the call.');

      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await user.click(screen.getByRole('button', { name: 'Record a request' }));
      const again = await recordDialog();
      expect(within(again).getByRole('textbox', { name: "Care partner's name" })).toHaveValue('');
    });

    it('someone else signing in on that screen does not get the draft', async () => {
      fakeIdleClock();
      const { user } = await startRecordingPaul('front_desk');
      await idleOutAndBack(user, 'clinic_manager', ['Paul Williams']);

      expect(await screen.findByRole('button', { name: 'Record a request' }, SLOW)).toBeVisible();
      expect(screen.queryByRole('dialog', { name: 'Record a shared-access request' })).toBeNull();
      expect(screen.queryByDisplayValue('Paul Williams')).not.toBeInTheDocument();
    });

    it('a dialog left for another screen, not cancelled, does not come back on a later visit', async () => {
      const { user, history } = await startRecordingPaul();
      act(() => history.push('/patients'));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Patients' }, SLOW),
      ).toBeVisible();
      act(() => history.back());
      expect(await screen.findByRole('button', { name: 'Record a request' }, SLOW)).toBeVisible();
      expect(screen.queryByRole('dialog', { name: 'Record a shared-access request' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Record a request' }));
      const dialog = await recordDialog();
      expect(within(dialog).getByRole('textbox', { name: "Care partner's name" })).toHaveValue('');
    });

    it('the revoke dialog opens again with its reason, and revoking then works once', async () => {
      fakeIdleClock();
      const { user } = renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, {
        as: 'clinic_manager',
      });
      await user.click(
        await screen.findByRole('button', { name: "Revoke Michael Wright's access" }, SLOW),
      );
      const dialog = await screen.findByRole('dialog', { name: 'Revoke shared access' });
      await user.type(
        within(dialog).getByRole('textbox', { name: /Reason for revoking/ }),
        'Thomas asked to end it.',
      );
      await idleOutAndBack(user, 'clinic_manager', ['Thomas asked to end it.', 'Michael Wright']);

      const back = await screen.findByRole('dialog', { name: 'Revoke shared access' }, SLOW);
      expect(within(back).getByRole('textbox', { name: /Reason for revoking/ })).toHaveValue(
        'Thomas asked to end it.',
      );
      await user.click(within(back).getByRole('button', { name: 'Revoke access' }));
      expect(
        await screen.findByText('Michael Wright can no longer see this record.', {}, SLOW),
      ).toBeInTheDocument();
      expect(db.audit.filter((e) => e.action === 'Shared access revoked')).toHaveLength(1);
    });

    it("editing Michael's grant opens again with the new end date", async () => {
      fakeIdleClock();
      const { user } = renderRoute(`/patients/${patientIdOf('Thomas Wright')}/shared-access`, {
        as: 'patient_experience',
      });
      const row = await screen.findByRole('row', { name: /Michael Wright/ }, SLOW);
      await user.click(within(row).getByRole('link', { name: "Edit Michael Wright's grant" }));
      const dialog = await screen.findByRole('dialog', {
        name: "Edit Michael Wright's shared access",
      });
      await user.click(within(dialog).getByRole('button', { name: 'Administrative only' }));
      await user.type(within(dialog).getByLabelText('End date (optional)'), '2027-03-31');
      await idleOutAndBack(user, 'patient_experience', ['Michael Wright']);

      const back = await screen.findByRole(
        'dialog',
        { name: "Edit Michael Wright's shared access" },
        SLOW,
      );
      expect(within(back).getByLabelText('End date (optional)')).toHaveValue('2027-03-31');
      expect(
        within(back).getByRole('checkbox', { name: 'Visit notes and summaries' }),
      ).not.toBeChecked();
      expect(within(back).getByRole('checkbox', { name: 'Appointments' })).toBeChecked();
    });

    it('a decision half made comes back: Deny, with the reason typed', async () => {
      fakeIdleClock();
      const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'clinic_manager' });
      await user.click(await screen.findByRole('radio', { name: 'Deny' }, SLOW));
      await user.type(
        screen.getByRole('textbox', { name: /Reason for denying/ }),
        'Dorothy said no when we called back.',
      );
      await idleOutAndBack(user, 'clinic_manager', ['Dorothy said no when we called back.']);

      expect(await screen.findByRole('radio', { name: 'Deny' }, SLOW)).toBeChecked();
      expect(screen.getByRole('textbox', { name: /Reason for denying/ })).toHaveValue(
        'Dorothy said no when we called back.',
      );
      expect(screen.getByRole('button', { name: 'Deny request' })).toBeInTheDocument();
    });
  },
);
