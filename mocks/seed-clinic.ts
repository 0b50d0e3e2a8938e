import type { DbState } from './db-types';
import { dobForAge, type SeedBuilder } from './seed-builder';

const FIRST_F =
  'Ava Chloe Hannah Isabel Julia Kira Laura Mia Nadia Nora Priti Rosa Sara Tara Uma Vera Wendy Yara Zoe Beatriz Fatima Greta Ines Mei Olga'.split(
    ' ',
  );
const FIRST_M =
  'Aaron Ben Carlos David Elias Frank George Hugo Ivan Jonah Kenji Liam Marco Nikhil Omar Pavel Rafael Samuel Tariq Victor Walter Xavier Yusuf Dmitri Arjun'.split(
    ' ',
  );
const LAST =
  'Adams Baker Castillo Dubois Evans Fischer Gupta Hughes Ito Jensen Kowalski Lopez Morris Nakamura Okafor Patel Quinn Rossi Silva Turner Ueda Varga Walsh Xu Young Zhang Bianchi Costa Daly Eriksen Foster Haddad Ivanova Kim Larsen Moreau Nguyen Osei Petrov Reyes'.split(
    ' ',
  );

/** Thousands of ordinary patients: households with children, accounts, a history of links. */
export function seedGeneratedClinic(state: DbState, b: SeedBuilder, count: number): void {
  const { now, rand, pick } = b;
  const staffNames = state.staff.map((s) => s.name);
  let made = 0;
  let family = 0;
  while (made < count) {
    const last = pick(LAST);
    const female = rand() < 0.5;
    const first = pick(female ? FIRST_F : FIRST_M);
    const n = made;
    const email = rand() < 0.9 ? `${first}.${last}${n}@example.com`.toLowerCase() : null;
    const phone = `555-${String(2000 + (n % 8000)).padStart(4, '0')}`;
    const age = 18 + Math.floor(rand() * 70);
    const adult = b.addPatient({
      firstName: first,
      lastName: last,
      dateOfBirth: dobForAge(now, age, Math.floor(rand() * 360)),
      sex: female ? 'female' : 'male',
      email,
      phone,
    });
    made += 1;
    const roll = rand();
    if (email && roll < 0.5) {
      // 35% registered through a link (full access), 15% booked online (limited).
      const viaLink = roll < 0.35;
      b.addAccount({
        email,
        password: 'Portal-demo-9',
        createdAt: now,
        createdVia: viaLink ? 'access_link' : 'online_booking',
        records: [{ patientId: adult.id, access: viaLink ? 'full' : 'limited', linkedAt: now }],
      });
      if (viaLink)
        b.addCode(adult, 30 + Math.floor(rand() * 300), pick(staffNames), { redeemedAt: now });
    } else if (email && roll < 0.56) {
      const daysAgo = Math.floor(rand() * 9);
      const code = b.addCode(adult, daysAgo, pick(staffNames));
      const status = rand() < 0.1 ? 'bounced' : 'delivered';
      b.sendLink(adult, code, {
        to: email,
        daysAgo,
        byName: code.issuedByName,
        status,
        withEmail: false,
      });
    }
    // About one adult in eight is a parent with children of their own record.
    if (age >= 25 && age <= 55 && rand() < 0.12 && made < count) {
      family += 1;
      adult.familyId = `fam_${family}`;
      const kids = 1 + Math.floor(rand() * 2);
      for (let k = 0; k < kids && made < count; k += 1) {
        const kidAge = Math.floor(rand() * 18);
        const kidFemale = rand() < 0.5;
        // Teenagers are often on file with a parent's address, the case the send dialog warns about.
        const kidEmail = kidAge >= 12 && rand() < 0.5 ? email : null;
        b.addPatient({
          firstName: pick(kidFemale ? FIRST_F : FIRST_M),
          lastName: last,
          dateOfBirth: dobForAge(now, kidAge, Math.floor(rand() * 360)),
          sex: kidFemale ? 'female' : 'male',
          email: kidEmail,
          phone,
          familyId: adult.familyId,
          guardianIds: [adult.id],
        });
        made += 1;
      }
    }
  }
}
