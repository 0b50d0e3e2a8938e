import { describe, expect, it } from 'vitest';
import { updateContactRequestSchema } from '../../src/api/contract/contact';
import { ConflictError, InvalidError } from './errors';
import { getPatient, updateContact } from './patients';
import { idOf, oliviaRevokedAsWrongPerson, testClinic } from './test-clinic';

// Edit contact's rules, called directly: the same email guards as Send Access Link.

function refusal(attempt: () => unknown): InvalidError {
  try {
    attempt();
  } catch (e) {
    if (e instanceof InvalidError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('Update contact details', () => {
  const oliviaRevoked = () => {
    const clinic = oliviaRevokedAsWrongPerson();
    const version = getPatient(clinic.store, clinic.as('front_desk'), clinic.olivia).version;
    return { ...clinic, version };
  };

  it('refuses the address a link reached the wrong person at, naming the revoke, and saves nothing', () => {
    const { store, now, as, olivia, version } = oliviaRevoked();
    const audit = store.audit.length;
    const error = refusal(() =>
      updateContact(
        store,
        as('front_desk'),
        { patientId: olivia, email: 'Olivia.Martin@example.org', phone: '555-0100', version },
        now,
      ),
    );
    expect(error.type).toBe('revoked-address');
    expect(error.errors).toEqual([
      {
        field: 'email',
        message: expect.stringMatching(
          /^Access was revoked on .* because a link sent to olivia\.martin@example\.org reached the wrong person\. Enter the right address/,
        ) as string,
      },
    ]);
    expect(getPatient(store, as('front_desk'), olivia)).toMatchObject({
      email: 'olivia.martin@example.org',
      version,
    });
    expect(store.audit).toHaveLength(audit);
  });

  it('corrects the address away from it, which clears the mark, and audits old → new', () => {
    const { store, now, as, olivia, version } = oliviaRevoked();
    const phone = getPatient(store, as('front_desk'), olivia).phone;
    const saved = updateContact(
      store,
      as('front_desk'),
      { patientId: olivia, email: 'olivia.martin@example.com', phone, version },
      now,
    );
    expect(saved).toMatchObject({
      email: 'olivia.martin@example.com',
      emailProblem: null,
      version: version + 1,
    });
    expect(store.audit.at(-1)).toMatchObject({
      patientId: olivia,
      action: 'Contact details updated',
      actorName: 'Felix Moreno',
      details: 'email olivia.martin@example.org → olivia.martin@example.com',
    });
  });

  it('needs its own confirmation for a domain that only looks familiar', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const input = {
      patientId: robert,
      email: 'robert.chen@xn--exmple-4nf.com',
      phone: '555-0142',
      version: 1,
    };
    const error = refusal(() => updateContact(store, as('front_desk'), input, now));
    expect(error.errors).toEqual([
      {
        field: 'confirmedLookalikeDomain',
        message: expect.stringContaining('The domain reads as exаmple.com') as string,
      },
    ]);
    expect(getPatient(store, as('front_desk'), robert).email).toBe('robert.chen@example.com');
    const saved = updateContact(
      store,
      as('front_desk'),
      { ...input, confirmedLookalikeDomain: true },
      now,
    );
    expect(saved.email).toBe('robert.chen@xn--exmple-4nf.com');
  });

  it('answers a stale version with the record as it is now', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const body = { patientId: robert, email: 'rchen@example.org', phone: null, version: 1 };
    updateContact(store, as('front_desk'), body, now);
    let conflict: unknown;
    try {
      updateContact(store, as('front_desk'), { ...body, email: 'robert@example.net' }, now);
    } catch (e) {
      conflict = e;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).current).toMatchObject({
      email: 'rchen@example.org',
      version: 2,
    });
  });

  it.each(['555', '555-0142 ext. 12', 'call me'])(
    'refuses the phone %j, naming the field and the fix',
    (phone) => {
      const parsed = updateContactRequestSchema.safeParse({ email: null, phone, version: 1 });
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({
          path: ['phone'],
          message: 'Phone must be 7 to 20 digits, like 555-0142.',
        }),
      ]);
    },
  );
});
