// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DomainError, GoneError, type InvalidError } from './errors';
import { signIn } from './session';
import { decideRequest } from './shared-access';
import { confirmInvitationDob, openInvitation } from './shared-access-portal';
import { APPROVE_SUSAN, restartableClinic } from './test-clinic';

describe('a refusal that counts is saved', () => {
  it('wrong dates of birth keep counting across restarts, and the void stays', async () => {
    const clinic = restartableClinic();
    await clinic.request((s) =>
      decideRequest(
        s,
        clinic.as('patient_experience'),
        'preq_3tq9wz6hkm4c',
        APPROVE_SUSAN,
        clinic.now,
      ),
    );
    const token = clinic.live().proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!
      .invitation!.token;
    const wrong = () =>
      clinic.request((s) =>
        confirmInvitationDob(s, token, { dateOfBirth: '1999-01-01' }, clinic.now),
      );

    expect(((await wrong()) as InvalidError).detail).toMatch(/2 tries left/);
    expect(((await wrong()) as InvalidError).detail).toMatch(/1 try left/);
    clinic.restart();
    expect(openInvitation(clinic.live(), token, clinic.now).triesLeft).toBe(1);
    expect(await wrong()).toBeInstanceOf(GoneError);
    clinic.restart();
    expect(openInvitation(clinic.live(), token, clinic.now).state).toBe('void');
    expect(
      clinic.live().audit.filter((a) => a.action === 'Shared access invitation void'),
    ).toHaveLength(1);
  });

  it('failed staff sign-ins are still in the audit log after a restart', async () => {
    const clinic = restartableClinic();
    const failures = () => clinic.live().audit.filter((a) => a.action === 'Sign-in failed').length;
    const before = failures();
    for (let i = 0; i < 3; i += 1) {
      const answer = await clinic.request((s) =>
        signIn(s, { email: 'frontdesk@clinic.example', password: 'guess' }, 'tok', null, 0),
      );
      expect(answer).toBeInstanceOf(DomainError);
    }
    clinic.restart();
    expect(failures() - before).toBe(3);
  });
});
