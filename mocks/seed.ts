import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  ACCESS_CODE_VALID_DAYS,
} from '../src/api/contract/access-code';
import { addDays } from '../src/lib/dates';
import type { DbAccount, DbCode, DbPatient, DbState } from './db';
import { accessLinkEmail } from './emails';

/** mulberry32: a tiny PRNG, so the generated clinic is the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_F = [
  'Ava',
  'Chloe',
  'Hannah',
  'Isabel',
  'Julia',
  'Kira',
  'Laura',
  'Mia',
  'Nadia',
  'Nora',
  'Priti',
  'Rosa',
  'Sara',
  'Tara',
  'Uma',
  'Vera',
  'Wendy',
  'Yara',
  'Zoe',
  'Beatriz',
  'Fatima',
  'Greta',
  'Ines',
  'Mei',
  'Olga',
];
const FIRST_M = [
  'Aaron',
  'Ben',
  'Carlos',
  'David',
  'Elias',
  'Frank',
  'George',
  'Hugo',
  'Ivan',
  'Jonah',
  'Kenji',
  'Liam',
  'Marco',
  'Nikhil',
  'Omar',
  'Pavel',
  'Rafael',
  'Samuel',
  'Tariq',
  'Victor',
  'Walter',
  'Xavier',
  'Yusuf',
  'Dmitri',
  'Arjun',
];
const LAST = [
  'Adams',
  'Baker',
  'Castillo',
  'Dubois',
  'Evans',
  'Fischer',
  'Gupta',
  'Hughes',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Morris',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quinn',
  'Rossi',
  'Silva',
  'Turner',
  'Ueda',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zhang',
  'Bianchi',
  'Costa',
  'Daly',
  'Eriksen',
  'Foster',
  'Haddad',
  'Ivanova',
  'Kim',
  'Larsen',
  'Moreau',
  'Nguyen',
  'Osei',
  'Petrov',
  'Reyes',
];
const STREETS = [
  'Oak St',
  'Maple Ave',
  'Cedar Ln',
  'Pine Rd',
  'Elm St',
  'Birch Way',
  'Lakeview Dr',
  'Hill St',
];
const CITIES = ['Riverside', 'Fairview', 'Springfield', 'Lakewood', 'Milton'];

function dobForAge(now: string, age: number, offsetDays: number): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return addDays(d.toISOString(), -offsetDays).slice(0, 10);
}

export function createSeed(now: string): DbState {
  const rand = prng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const state: DbState = {
    now,
    staff: [
      {
        id: 'staff_felix',
        name: 'Felix Moreno',
        email: 'frontdesk@clinic.example',
        password: 'demo',
        role: 'front_desk',
      },
      {
        id: 'staff_priya',
        name: 'Priya Shah',
        email: 'experience@clinic.example',
        password: 'demo',
        role: 'patient_experience',
      },
      {
        id: 'staff_carmen',
        name: 'Carmen Diaz',
        email: 'manager@clinic.example',
        password: 'demo',
        role: 'clinic_manager',
      },
    ],
    patients: [],
    accounts: [],
    codes: [],
    deliveries: [],
    emails: [],
    audit: [],
    proxyRequests: [],
    proxyGrants: [],
    sessions: {},
    idempotency: {},
    nextId: 1000,
  };
  let mrn = 1000000;
  let codeN = 0;
  const makeCode = (): string =>
    Array.from({ length: ACCESS_CODE_LENGTH }, () => pick([...ACCESS_CODE_ALPHABET])).join('');

  const addPatient = (
    p: Omit<
      DbPatient,
      | 'id'
      | 'mrn'
      | 'version'
      | 'familyId'
      | 'guardianIds'
      | 'preferredLanguage'
      | 'address'
      | 'sex'
    > &
      Partial<DbPatient>,
  ): DbPatient => {
    mrn += 1;
    const patient: DbPatient = {
      id: `pat_${mrn}`,
      mrn: String(mrn),
      version: 1,
      familyId: null,
      guardianIds: [],
      preferredLanguage: 'English',
      sex: 'unknown',
      address: {
        line1: `${100 + (mrn % 900)} ${pick(STREETS)}`,
        city: pick(CITIES),
        postalCode: String(10000 + (mrn % 89999)),
      },
      ...p,
    };
    state.patients.push(patient);
    return patient;
  };
  const addAccount = (a: Omit<DbAccount, 'id' | 'status'>): DbAccount => {
    const account: DbAccount = { id: `acct_${state.accounts.length + 1}`, status: 'active', ...a };
    state.accounts.push(account);
    return account;
  };
  const addCode = (
    patient: DbPatient,
    daysAgo: number,
    by: string,
    extra: Partial<DbCode> = {},
  ): DbCode => {
    codeN += 1;
    const issuedAt = addDays(now, -daysAgo);
    const code: DbCode = {
      id: `code_${codeN}`,
      patientId: patient.id,
      code: makeCode(),
      linkToken: `lnk${codeN.toString(36)}${Math.floor(rand() * 1e9).toString(36)}`,
      issuedAt,
      expiresAt: addDays(issuedAt, ACCESS_CODE_VALID_DAYS),
      issuedByName: by,
      redeemedAt: null,
      revokedAt: null,
      revokedReason: null,
      ...extra,
    };
    state.codes.push(code);
    return code;
  };
  const sendLink = (
    patient: DbPatient,
    code: DbCode,
    to: string,
    daysAgo: number,
    by: string,
    status: 'sent' | 'delivered' | 'bounced',
    withEmail: boolean,
  ) => {
    const at = addDays(now, -daysAgo);
    const deliveryId = `dlv_${state.deliveries.length + 1}`;
    state.deliveries.push({
      id: deliveryId,
      codeId: code.id,
      patientId: patient.id,
      channel: 'email',
      to,
      at,
      byName: by,
      status,
    });
    if (withEmail)
      state.emails.push({
        id: `eml_${state.emails.length + 1}`,
        deliveryId,
        ...accessLinkEmail(patient, code, to, at),
      });
  };
  const audit = (
    patient: DbPatient,
    daysAgo: number,
    actorName: string,
    actorRole: DbState['audit'][number]['actorRole'],
    action: string,
    details: string,
  ) => {
    state.audit.push({
      id: `aud_${state.audit.length + 1}`,
      at: addDays(now, -daysAgo),
      actorName,
      actorRole,
      patientId: patient.id,
      action,
      details,
    });
  };

  // The named people staff are trained on. Their situations are part of the product's demo.
  const robert = addPatient({
    firstName: 'Robert',
    lastName: 'Chen',
    dateOfBirth: dobForAge(now, 58, 120),
    sex: 'male',
    email: 'robert.chen@example.com',
    phone: '555-0101',
  });
  audit(
    robert,
    400,
    'Felix Moreno',
    'front_desk',
    'Patient registered',
    'Record created at the front desk.',
  );

  const maria = addPatient({
    firstName: 'Maria',
    lastName: 'Garcia',
    dateOfBirth: dobForAge(now, 41, 60),
    sex: 'female',
    email: 'maria.garcia@example.com',
    phone: '555-0102',
    familyId: 'fam_garcia',
  });
  const lucas = addPatient({
    firstName: 'Lucas',
    lastName: 'Garcia',
    dateOfBirth: dobForAge(now, 9, 30),
    sex: 'male',
    email: null,
    phone: '555-0102',
    familyId: 'fam_garcia',
    guardianIds: [maria.id],
  });
  const sofia = addPatient({
    firstName: 'Sofia',
    lastName: 'Garcia',
    dateOfBirth: dobForAge(now, 6, 90),
    sex: 'female',
    email: 'sofia.garcia.old@example.com',
    phone: '555-0102',
    familyId: 'fam_garcia',
    guardianIds: [maria.id],
  });
  const mateo = addPatient({
    firstName: 'Mateo',
    lastName: 'Garcia',
    dateOfBirth: dobForAge(now, 3, 200),
    sex: 'male',
    email: null,
    phone: '555-0102',
    familyId: 'fam_garcia',
    guardianIds: [maria.id],
  });
  addAccount({
    email: 'maria.garcia@example.com',
    password: 'Portal-demo-1',
    createdAt: addDays(now, -300),
    createdVia: 'access_link',
    records: [{ patientId: maria.id, access: 'full', linkedAt: addDays(now, -300) }],
  });
  for (const p of [maria, lucas, sofia, mateo])
    audit(
      p,
      300,
      'Felix Moreno',
      'front_desk',
      'Patient registered',
      'Record created at the front desk.',
    );

  const aisha = addPatient({
    firstName: 'Aisha',
    lastName: 'Khan',
    dateOfBirth: dobForAge(now, 33, 45),
    sex: 'female',
    email: 'aisha.khan@example.com',
    phone: '555-0103',
  });
  addAccount({
    email: 'aisha.khan@example.com',
    password: 'Portal-demo-2',
    createdAt: addDays(now, -20),
    createdVia: 'online_booking',
    records: [{ patientId: aisha.id, access: 'limited', linkedAt: addDays(now, -20) }],
  });
  audit(
    aisha,
    20,
    'Aisha Khan',
    null,
    'Booked online',
    'Portal account created through online booking (limited access).',
  );

  const james = addPatient({
    firstName: 'James',
    lastName: "O'Brien",
    dateOfBirth: dobForAge(now, 47, 10),
    sex: 'male',
    email: 'jobrien@example.net',
    phone: '555-0104',
  });
  const jamesCode = addCode(james, 4, 'Felix Moreno');
  sendLink(james, jamesCode, 'jobrien@example.net', 4, 'Felix Moreno', 'delivered', true);
  audit(
    james,
    4,
    'Felix Moreno',
    'front_desk',
    'Access code requested',
    'New access code issued; expires in 5 days.',
  );
  audit(
    james,
    4,
    'Felix Moreno',
    'front_desk',
    'Access link sent',
    'Medical Records Access Link emailed to jobrien@example.net.',
  );

  const emily = addPatient({
    firstName: 'Emily',
    lastName: 'Novak',
    dateOfBirth: dobForAge(now, 29, 150),
    sex: 'female',
    email: 'emily.novak@exmaple.com',
    phone: '555-0105',
  });
  const emilyCode = addCode(emily, 2, 'Priya Shah');
  sendLink(emily, emilyCode, 'emily.novak@exmaple.com', 2, 'Priya Shah', 'bounced', true);
  audit(
    emily,
    2,
    'Priya Shah',
    'patient_experience',
    'Access code requested',
    'New access code issued; expires in 5 days.',
  );
  audit(
    emily,
    2,
    'Priya Shah',
    'patient_experience',
    'Access link sent',
    'Medical Records Access Link emailed to emily.novak@exmaple.com.',
  );

  const grace = addPatient({
    firstName: 'Grace',
    lastName: 'Lee',
    dateOfBirth: dobForAge(now, 64, 75),
    sex: 'female',
    email: 'grace.lee@example.com',
    phone: '555-0106',
  });
  const graceCode = addCode(grace, 7, 'Felix Moreno');
  sendLink(grace, graceCode, 'grace.lee@example.com', 7, 'Felix Moreno', 'delivered', true);
  audit(
    grace,
    7,
    'Felix Moreno',
    'front_desk',
    'Access code requested',
    'New access code issued; expires in 5 days.',
  );
  audit(
    grace,
    7,
    'Felix Moreno',
    'front_desk',
    'Access link sent',
    'Medical Records Access Link emailed to grace.lee@example.com.',
  );

  const olivia = addPatient({
    firstName: 'Olivia',
    lastName: 'Martin',
    dateOfBirth: dobForAge(now, 36, 20),
    sex: 'female',
    email: 'olivia.martin@example.org',
    phone: '555-0107',
  });
  const oliviaCode = addCode(olivia, 2, 'Felix Moreno', { redeemedAt: addDays(now, -1) });
  sendLink(olivia, oliviaCode, 'olivia.martin@example.org', 2, 'Felix Moreno', 'delivered', true);
  addAccount({
    email: 'olivia.martin@example.org',
    password: 'Not-olivia-1',
    createdAt: addDays(now, -1),
    createdVia: 'access_link',
    records: [{ patientId: olivia.id, access: 'full', linkedAt: addDays(now, -1) }],
  });
  audit(
    olivia,
    2,
    'Felix Moreno',
    'front_desk',
    'Access code requested',
    'New access code issued; expires in 5 days.',
  );
  audit(
    olivia,
    2,
    'Felix Moreno',
    'front_desk',
    'Access link sent',
    'Medical Records Access Link emailed to olivia.martin@example.org.',
  );
  audit(
    olivia,
    1,
    'olivia.martin@example.org',
    null,
    'Portal account registered',
    'Registered through the Medical Records Access Link; full access.',
  );

  const jennifer = addPatient({
    firstName: 'Jennifer',
    lastName: 'Park',
    dateOfBirth: dobForAge(now, 44, 33),
    sex: 'female',
    email: 'jennifer.park@example.com',
    phone: '555-0108',
    familyId: 'fam_park',
  });
  const ethan = addPatient({
    firstName: 'Ethan',
    lastName: 'Park',
    dateOfBirth: dobForAge(now, 15, 100),
    sex: 'male',
    email: 'ethan.park@example.com',
    phone: '555-0108',
    familyId: 'fam_park',
    guardianIds: [jennifer.id],
  });
  state.proxyRequests.push({
    id: 'preq_ethan',
    patientId: ethan.id,
    carePartner: {
      name: 'Jennifer Park',
      email: 'jennifer.park@example.com',
      phone: '555-0108',
      dateOfBirth: jennifer.dateOfBirth,
      relationship: 'parent',
    },
    route: 'portal_form',
    scope: [
      'appointments',
      'visit_notes',
      'test_results',
      'medications',
      'messaging',
      'billing',
      'documents',
    ],
    endsOn: null,
    legalDocument: null,
    receivedAt: addDays(now, -1),
    status: 'pending',
  });

  const dorothy = addPatient({
    firstName: 'Dorothy',
    lastName: 'Williams',
    dateOfBirth: dobForAge(now, 82, 140),
    sex: 'female',
    email: 'dorothy.williams@example.com',
    phone: '555-0109',
  });
  state.proxyRequests.push({
    id: 'preq_dorothy',
    patientId: dorothy.id,
    carePartner: {
      name: 'Susan Williams',
      email: 'susan.williams@example.com',
      phone: '555-0119',
      dateOfBirth: null,
      relationship: 'adult_child',
    },
    route: 'phone',
    scope: ['appointments', 'billing'],
    endsOn: null,
    legalDocument: null,
    receivedAt: addDays(now, -2),
    status: 'pending',
  });

  const harold = addPatient({
    firstName: 'Harold',
    lastName: 'Brooks',
    dateOfBirth: dobForAge(now, 76, 15),
    sex: 'male',
    email: 'harold.brooks@example.com',
    phone: '555-0110',
  });
  state.proxyRequests.push({
    id: 'preq_harold',
    patientId: harold.id,
    carePartner: {
      name: 'Linda Brooks',
      email: 'harold.brooks@example.com',
      phone: '555-0110',
      dateOfBirth: null,
      relationship: 'spouse_partner',
    },
    route: 'paper_form',
    scope: [
      'appointments',
      'visit_notes',
      'test_results',
      'medications',
      'messaging',
      'billing',
      'documents',
    ],
    endsOn: null,
    legalDocument: null,
    receivedAt: addDays(now, -3),
    status: 'pending',
  });

  const thomas = addPatient({
    firstName: 'Thomas',
    lastName: 'Wright',
    dateOfBirth: dobForAge(now, 70, 50),
    sex: 'male',
    email: 'thomas.wright@example.com',
    phone: '555-0111',
  });
  state.proxyGrants.push({
    id: 'grant_thomas',
    patientId: thomas.id,
    carePartner: {
      name: 'Michael Wright',
      email: 'michael.wright@example.com',
      phone: '555-0121',
      dateOfBirth: null,
      relationship: 'adult_child',
    },
    scope: [
      'appointments',
      'visit_notes',
      'test_results',
      'medications',
      'messaging',
      'billing',
      'documents',
    ],
    since: addDays(now, -90),
    until: null,
    status: 'active',
  });
  for (const p of [dorothy, harold, thomas, jennifer, ethan])
    audit(
      p,
      200,
      'Felix Moreno',
      'front_desk',
      'Patient registered',
      'Record created at the front desk.',
    );

  generateClinic(state, 8000, { rand, pick, addPatient, addAccount, addCode, sendLink, now });
  return state;
}

interface Gen {
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
  addPatient: (
    p: Omit<
      DbPatient,
      | 'id'
      | 'mrn'
      | 'version'
      | 'familyId'
      | 'guardianIds'
      | 'preferredLanguage'
      | 'address'
      | 'sex'
    > &
      Partial<DbPatient>,
  ) => DbPatient;
  addAccount: (a: Omit<DbAccount, 'id' | 'status'>) => DbAccount;
  addCode: (p: DbPatient, daysAgo: number, by: string, extra?: Partial<DbCode>) => DbCode;
  sendLink: (
    p: DbPatient,
    c: DbCode,
    to: string,
    daysAgo: number,
    by: string,
    status: 'sent' | 'delivered' | 'bounced',
    withEmail: boolean,
  ) => void;
  now: string;
}

/** Thousands of ordinary patients: households with children, accounts, a history of links. */
function generateClinic(state: DbState, count: number, g: Gen): void {
  const staffNames = state.staff.map((s) => s.name);
  let made = 0;
  let family = 0;
  while (made < count) {
    const last = g.pick(LAST);
    const female = g.rand() < 0.5;
    const first = g.pick(female ? FIRST_F : FIRST_M);
    const n = made;
    const email = g.rand() < 0.9 ? `${first}.${last}${n}@example.com`.toLowerCase() : null;
    const phone = `555-${String(2000 + (n % 8000)).padStart(4, '0')}`;
    const age = 18 + Math.floor(g.rand() * 70);
    const adult = g.addPatient({
      firstName: first,
      lastName: last,
      dateOfBirth: dobForAge(g.now, age, Math.floor(g.rand() * 360)),
      sex: female ? 'female' : 'male',
      email,
      phone,
    });
    made += 1;
    const roll = g.rand();
    if (email && roll < 0.35) {
      g.addAccount({
        email,
        password: 'Portal-demo-9',
        createdAt: g.now,
        createdVia: 'access_link',
        records: [{ patientId: adult.id, access: 'full', linkedAt: g.now }],
      });
      g.addCode(adult, 30 + Math.floor(g.rand() * 300), g.pick(staffNames), { redeemedAt: g.now });
    } else if (email && roll < 0.5) {
      g.addAccount({
        email,
        password: 'Portal-demo-9',
        createdAt: g.now,
        createdVia: 'online_booking',
        records: [{ patientId: adult.id, access: 'limited', linkedAt: g.now }],
      });
    } else if (email && roll < 0.56) {
      const daysAgo = Math.floor(g.rand() * 9);
      const code = g.addCode(adult, daysAgo, g.pick(staffNames));
      g.sendLink(
        adult,
        code,
        email,
        daysAgo,
        code.issuedByName,
        g.rand() < 0.1 ? 'bounced' : 'delivered',
        false,
      );
    }
    // About one adult in eight is a parent with children of their own record.
    if (age >= 25 && age <= 55 && g.rand() < 0.12 && made < count) {
      family += 1;
      adult.familyId = `fam_${family}`;
      const kids = 1 + Math.floor(g.rand() * 2);
      for (let k = 0; k < kids && made < count; k += 1) {
        const kidAge = Math.floor(g.rand() * 18);
        const kidFemale = g.rand() < 0.5;
        // Teenagers are often on file with a parent's address, the case the send dialog warns about.
        const kidEmail = kidAge >= 12 && g.rand() < 0.5 ? email : null;
        g.addPatient({
          firstName: g.pick(kidFemale ? FIRST_F : FIRST_M),
          lastName: last,
          dateOfBirth: dobForAge(g.now, kidAge, Math.floor(g.rand() * 360)),
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
