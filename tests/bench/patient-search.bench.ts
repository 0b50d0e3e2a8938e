import { bench, describe } from 'vitest';
import { db, resetDb } from '../../mocks/db';
import { matchPatients } from '../../mocks/services/patients';
import { CSRF_HEADER } from '../../src/lib/session-timing';
import { signInAs } from '../render';

// `npm run bench`, part 2: how long the mock clinic takes to search its 8,000+ seeded patients,
// on the matcher alone and through the whole handler (auth, paging, contract, JSON).
resetDb();
const robert = db.patients.find((p) => p.firstName === 'Robert' && p.lastName === 'Chen');
if (!robert?.email || !robert.phone)
  throw new Error('The seed no longer has Robert Chen with email and phone.');
const [year, month, day] = robert.dateOfBirth.split('-');

const QUERIES = {
  name: 'Robert Chen',
  'date of birth': `${month}/${day}/${year}`,
  MRN: robert.mrn,
  email: robert.email,
  phone: robert.phone,
};

// A bench that throws only prints NaN, so prove every query finds Robert before timing it.
for (const q of Object.values(QUERIES)) {
  if (!matchPatients(db, q).some((p) => p.id === robert.id))
    throw new Error(`matchPatients misses ${q}`);
}

describe(`matchPatients over ${db.patients.length.toLocaleString('en-US')} patients`, () => {
  for (const [field, q] of Object.entries(QUERIES)) {
    bench(`by ${field} (${q})`, () => {
      matchPatients(db, q);
    });
  }
});

/** Signs in once, lazily: bench mode does not run beforeAll hooks inside a describe. */
let signedIn = false;
function signInOnce(): void {
  if (signedIn) return;
  signInAs('front_desk');
  signedIn = true;
}

/** Throws (the table then shows NaN) if the handler refuses or finds nothing. */
async function searchPatients(q: string): Promise<void> {
  signInOnce();
  const res = await fetch(new URL('/api/v1/patients/search', window.location.origin), {
    method: 'POST',
    headers: { [CSRF_HEADER.name]: CSRF_HEADER.value, 'Content-Type': 'application/json' },
    body: JSON.stringify({ q }),
  });
  if (!res.ok) throw new Error(`Search for ${q} answered ${res.status}`);
  const { total } = (await res.json()) as { total: number };
  if (total === 0) throw new Error(`The handler finds nothing for ${q}`);
}

describe('POST /api/v1/patients/search through the mock handler', () => {
  for (const [field, q] of Object.entries(QUERIES)) {
    bench(`by ${field} (${q})`, async () => {
      await searchPatients(q);
    });
  }
});
