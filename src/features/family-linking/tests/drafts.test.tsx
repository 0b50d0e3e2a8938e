import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { fakeIdleClock, idleOutAndBack } from '../../../../tests/idle';
import { patientIdOf, renderRoute } from '../../../../tests/render';
import {
  garciaAtEmails,
  garciaAtRecords,
  JOURNEY_MS,
  openTracking,
  SLOW,
} from './linking-fixtures';

const checkbox = (name: string | RegExp) => screen.findByRole('checkbox', { name }, SLOW);
const dialog = (name: string) => screen.findByRole('dialog', { name }, SLOW);

/** Patient experience at the tracking table, with Mateo's Revoke dialog open and a reason typed. */
async function revokingMateo(reason: string) {
  const rendered = await openTracking();
  await rendered.user.click(screen.getByRole('button', { name: 'Revoke Mateo Garcia' }));
  await rendered.user.type(
    within(await dialog('Revoke Mateo Garcia')).getByLabelText('Reason'),
    reason,
  );
  return rendered;
}

describe('Family linking: a half-filled step or dialog comes back after an idle sign-out', () => {
  it(
    'the account holder chosen stays chosen',
    async () => {
      fakeIdleClock();
      // Aisha shares Maria's household here, so there are two accounts to choose from.
      const maria = patientIdOf('Maria Garcia');
      const household = db.patients.find((p) => p.id === maria)!.familyId;
      db.patients.find((p) => p.id === patientIdOf('Aisha Khan'))!.familyId = household;
      const { user } = renderRoute(`/family-linking/new?patientId=${maria}`, {
        as: 'patient_experience',
      });
      await user.click(await screen.findByRole('radio', { name: 'Aisha Khan, 33' }, SLOW));

      await idleOutAndBack(user, 'patient_experience', ['Aisha Khan', 'Maria Garcia']);
      expect(await screen.findByRole('radio', { name: 'Aisha Khan, 33' }, SLOW)).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Maria Garcia, 41' })).not.toBeChecked();
      expect(
        screen.getByRole('button', { name: "Continue with Aisha Khan's account" }),
      ).toBeEnabled();
    },
    JOURNEY_MS,
  );

  it(
    'the records step keeps its ticks, the search and a record found by it, with its reason',
    async () => {
      fakeIdleClock();
      const { user } = renderRoute(`/family-linking/${garciaAtRecords()}`, {
        as: 'patient_experience',
      });
      await user.click(await checkbox(/Link Mateo Garcia/));
      await user.type(screen.getByLabelText('Search for any patient'), 'Ethan Park');
      await user.click(screen.getByRole('button', { name: 'Search' }));
      await user.click(await checkbox(/Link Ethan Park/));
      await user.type(
        screen.getByLabelText('Reason for linking Ethan Park (audited)'),
        'Maria is his legal guardian.',
      );

      await idleOutAndBack(user, 'patient_experience', [
        'Maria is his legal guardian.',
        'Ethan Park',
        'Mateo Garcia',
      ]);
      expect(await checkbox(/Link Ethan Park/)).toBeChecked();
      expect(screen.getByLabelText('Reason for linking Ethan Park (audited)')).toHaveValue(
        'Maria is his legal guardian.',
      );
      expect(screen.getByLabelText('Search for any patient')).toHaveValue('Ethan Park');
      expect(screen.getByRole('checkbox', { name: /Link Mateo Garcia/ })).not.toBeChecked();
      expect(screen.getByRole('checkbox', { name: /Link Lucas Garcia/ })).toBeChecked();
      expect(screen.getByRole('button', { name: 'Add 3 records' })).toBeEnabled();
    },
    JOURNEY_MS,
  );

  it(
    'the emails step keeps an email change left out',
    async () => {
      fakeIdleClock();
      const sofia = 'Sofia Garcia: sofia.garcia.old@example.com → maria.garcia@example.com';
      const { user } = renderRoute(`/family-linking/${garciaAtEmails().id}`, {
        as: 'patient_experience',
      });
      await user.click(await checkbox(sofia));

      await idleOutAndBack(user, 'patient_experience', ['Sofia Garcia', 'sofia.garcia.old@']);
      expect(await checkbox(sofia)).not.toBeChecked();
      expect(
        screen.getByRole('checkbox', { name: 'Lucas Garcia: no email → maria.garcia@example.com' }),
      ).toBeChecked();
      expect(screen.getByRole('button', { name: 'Confirm 2 email changes' })).toBeEnabled();
    },
    JOURNEY_MS,
  );

  it(
    'Resend opens again on the same record with the address typed and its confirmation',
    async () => {
      fakeIdleClock();
      const { user } = await openTracking({ bounced: 'Sofia Garcia' });
      await user.click(screen.getByRole('button', { name: "Resend Sofia Garcia's link" }));
      const resend = await dialog("Resend Sofia Garcia's link");
      const field = within(resend).getByLabelText('Email address');
      await user.clear(field);
      await user.type(field, 'maria.g@example.com');
      await user.click(
        within(resend).getByLabelText('I confirmed this email address with the account holder'),
      );

      await idleOutAndBack(user, 'patient_experience', ['maria.g@example.com', 'Sofia Garcia']);
      const again = await dialog("Resend Sofia Garcia's link");
      expect(within(again).getByLabelText('Email address')).toHaveValue('maria.g@example.com');
      expect(
        within(again).getByLabelText('I confirmed this email address with the account holder'),
      ).toBeChecked();
    },
    JOURNEY_MS,
  );

  it(
    'Revoke opens again with its reason; Cancel or closing forgets it',
    async () => {
      fakeIdleClock();
      const { user } = await revokingMateo('Sent to the wrong family');
      await user.click(
        within(await dialog('Revoke Mateo Garcia')).getByRole('button', { name: 'Cancel' }),
      );
      await user.click(screen.getByRole('button', { name: 'Revoke Mateo Garcia' }));
      const reason = within(await dialog('Revoke Mateo Garcia')).getByLabelText('Reason');
      expect(reason).toHaveValue('');
      await user.type(reason, 'His father will link Mateo');

      await idleOutAndBack(user, 'patient_experience', [
        'His father will link Mateo',
        'Mateo Garcia',
      ]);
      const again = await dialog('Revoke Mateo Garcia');
      expect(within(again).getByLabelText('Reason')).toHaveValue('His father will link Mateo');

      await user.click(within(again).getByRole('button', { name: 'Close dialog' }));
      await user.click(screen.getByRole('button', { name: 'Revoke Mateo Garcia' }));
      expect(within(await dialog('Revoke Mateo Garcia')).getByLabelText('Reason')).toHaveValue('');
    },
    JOURNEY_MS,
  );

  it(
    'someone else signing in on that screen gets no dialog and an empty form',
    async () => {
      fakeIdleClock();
      const { user } = await revokingMateo('His father will link Mateo');

      await idleOutAndBack(user, 'clinic_manager', ['His father will link Mateo']);
      const revoke = await screen.findByRole('button', { name: 'Revoke Mateo Garcia' }, SLOW);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await user.click(revoke);
      expect(within(await dialog('Revoke Mateo Garcia')).getByLabelText('Reason')).toHaveValue('');
    },
    JOURNEY_MS,
  );
});
