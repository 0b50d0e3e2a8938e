import { addCalendarDays, addDays } from '../src/lib/dates';
import { clinicDate } from '../src/lib/clinic-time';
import type { DbPatient, DbState } from './db-types';
import { dobForAge, type SeedBuilder } from './seed-builder';
import { FELIX, FULL_SCOPE, PRIYA } from './seed-people';

/**
 * The named people of Today's lists (coming of age, a teen on a parent's email, a grant ending).
 * Seeded after the generated clinic, so its people and ids stay as they were. Their dates follow
 * the demo clock, and advancing the Outbox's clock moves each one through its change.
 */
export function seedTodayPeople(state: DbState, b: SeedBuilder): void {
  const { now } = b;
  /** A parent's portal account holding their own record first, then their child's. */
  const parentAccount = (parent: DbPatient, child: DbPatient, password: string, days: number) =>
    b.addAccount({
      email: parent.email!,
      password,
      createdAt: addDays(now, -days),
      createdVia: 'access_link',
      records: [
        { patientId: parent.id, access: 'full', linkedAt: addDays(now, -days) },
        { patientId: child.id, access: 'full', linkedAt: addDays(now, 10 - days) },
      ],
    });
  const registered = (patients: DbPatient[], daysAgo: number) => {
    for (const p of patients)
      b.audit(p, daysAgo, FELIX, 'Patient registered', 'Record created at the front desk.');
  };

  // Noah turns 18 in 10 days; his record is in his mother's account, and he has no login.
  const bennett = { lastName: 'Bennett', phone: '555-0131', familyId: 'fam_bn4kq7twx2rc' };
  const karen = b.addPatient({
    firstName: 'Karen',
    dateOfBirth: dobForAge(now, 46, 70),
    sex: 'female',
    email: 'karen.bennett@example.com',
    ...bennett,
  });
  const noah = b.addPatient({
    firstName: 'Noah',
    dateOfBirth: dobForAge(now, 18, -10),
    sex: 'male',
    email: 'noah.bennett@example.com',
    guardianIds: [karen.id],
    ...bennett,
  });
  parentAccount(karen, noah, 'Portal-demo-3', 700);

  // Lily turns 12 in 6 days, linked in her father's account.
  const tran = { lastName: 'Tran', phone: '555-0132', familyId: 'fam_tr8mv3kd6yqp' };
  const minh = b.addPatient({
    firstName: 'Minh',
    dateOfBirth: dobForAge(now, 43, 200),
    sex: 'male',
    email: 'minh.tran@example.com',
    preferredLanguage: 'vi',
    ...tran,
  });
  const lily = b.addPatient({
    firstName: 'Lily',
    dateOfBirth: dobForAge(now, 12, -6),
    sex: 'female',
    email: null,
    guardianIds: [minh.id],
    ...tran,
  });
  parentAccount(minh, lily, 'Portal-demo-9', 400);

  // Zoe's own portal account was registered with her mother's email; Anita is a patient too.
  const patel = { lastName: 'Patel', phone: '555-0133', familyId: 'fam_pt2wz9hn5xkb' };
  const anita = b.addPatient({
    firstName: 'Anita',
    dateOfBirth: dobForAge(now, 44, 150),
    sex: 'female',
    email: 'anita.patel@example.com',
    ...patel,
  });
  const zoe = b.addPatient({
    firstName: 'Zoe',
    dateOfBirth: dobForAge(now, 15, 80),
    sex: 'female',
    email: 'anita.patel@example.com',
    guardianIds: [anita.id],
    ...patel,
  });
  b.addAccount({
    email: 'anita.patel@example.com',
    password: 'Portal-demo-9',
    createdAt: addDays(now, -200),
    createdVia: 'access_link',
    records: [{ patientId: zoe.id, access: 'full', linkedAt: addDays(now, -200) }],
  });

  // Ruth's access to her father's record rests on a healthcare power of attorney ending in 20 days.
  const walter = b.addPatient({
    firstName: 'Walter',
    lastName: 'Hughes',
    dateOfBirth: dobForAge(now, 79, 30),
    sex: 'male',
    email: 'walter.hughes@example.com',
    phone: '555-0134',
  });
  const ends = addCalendarDays(clinicDate(now), 20);
  state.proxyGrants.push({
    id: 'grant_r7hw2qk9xm4t',
    patientId: walter.id,
    carePartner: {
      name: 'Ruth Hughes',
      email: 'ruth.hughes@example.com',
      phone: '555-0144',
      dateOfBirth: null,
      relationship: 'healthcare_poa',
    },
    scope: [...FULL_SCOPE],
    since: addDays(now, -340),
    until: ends,
    status: 'active',
    grantedByName: PRIYA.name,
    legalDocument: {
      type: 'power_of_attorney',
      signedOn: addCalendarDays(clinicDate(now), -345),
      expiresOn: ends,
      fileName: 'hughes-healthcare-poa.pdf',
    },
    requestId: null,
    accountId: b.addAccount({
      email: 'ruth.hughes@example.com',
      password: 'Portal-demo-9',
      createdAt: addDays(now, -339),
      createdVia: 'access_link',
      records: [],
    }).id,
    invitation: null,
    revokedAt: null,
    revokedReason: null,
    version: 1,
  });
  registered([karen, noah, minh, lily, anita, zoe, walter], 700);
}
