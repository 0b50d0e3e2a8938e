import type { ScopeCategory } from '../src/api/contract/shared-access';
import { addDays } from '../src/lib/dates';
import type { DbCarePartner, DbPatient, DbProxyRequest, DbState } from './db-types';
import { dobForAge, type SeedBuilder } from './seed-builder';

export const FELIX = { name: 'Felix Moreno', role: 'front_desk' } as const;
export const PRIYA = { name: 'Priya Shah', role: 'patient_experience' } as const;
export const FULL_SCOPE: ScopeCategory[] = [
  'appointments',
  'visit_notes',
  'test_results',
  'medications',
  'messaging',
  'billing',
  'documents',
];

type PendingArgs = [
  id: string,
  patient: DbPatient,
  carePartner: DbCarePartner,
  route: DbProxyRequest['route'],
  scope: ScopeCategory[],
  daysAgo: number,
  phoneIntake?: DbProxyRequest['phoneIntake'],
];

/** A shared-access request waiting for its first decision. */
function addPendingRequest(state: DbState, now: string, ...args: PendingArgs): void {
  const [id, patient, carePartner, route, scope, daysAgo, phoneIntake = null] = args;
  state.proxyRequests.push({
    id,
    patientId: patient.id,
    carePartner,
    route,
    scope,
    endsOn: null,
    legalDocument: null,
    phoneIntake,
    receivedAt: addDays(now, -daysAgo),
    status: 'new',
    version: 1,
    decisions: [],
    grantId: null,
  });
}

/**
 * The people whose letters, emails and portal pages are not in English. Added after the
 * generated clinic, so the generated people stay the same as before.
 */
export function seedLanguagePeople(state: DbState, b: SeedBuilder): void {
  const { now } = b;
  // Rosa prefers Spanish and has no portal account yet: her link goes out in Spanish.
  const rosa = b.addPatient({
    firstName: 'Rosa',
    lastName: 'Martínez',
    dateOfBirth: dobForAge(now, 52, 75),
    sex: 'female',
    email: 'rosa.martinez@example.com',
    phone: '555-0131',
    preferredLanguage: 'es',
  });
  // Bao prefers Vietnamese and would rather have a printed letter than an email.
  const bao = b.addPatient({
    firstName: 'Bao',
    lastName: 'Nguyen',
    dateOfBirth: dobForAge(now, 67, 160),
    sex: 'male',
    email: null,
    phone: '555-0132',
    preferredLanguage: 'vi',
  });
  b.addCode(bao, 1, FELIX.name);
  b.audit(
    bao,
    1,
    FELIX,
    'Access code requested',
    'Access code issued at the front desk for a printed letter.',
  );
  // Carlos asked by phone for shared access to Rosa's record; he prefers Spanish too.
  addPendingRequest(
    state,
    now,
    'preq_c7rm4sx2kq9n',
    rosa,
    {
      name: 'Carlos Martínez',
      email: 'carlos.martinez@example.com',
      phone: '555-0133',
      dateOfBirth: null,
      relationship: 'adult_child',
      preferredLanguage: 'es',
    },
    'phone',
    ['appointments', 'test_results'],
    1,
    {
      takenBy: FELIX.name,
      consentHeard:
        'Rosa joined the call with a Spanish interpreter and said she wants Carlos to help with her appointments and test results.',
    },
  );
  for (const p of [rosa, bao]) {
    b.audit(p, 300, FELIX, 'Patient registered', 'Record created at the front desk.');
  }
}

/**
 * The named people staff are trained on and acceptance checks use. Their names and situations
 * are part of the product's demo: keep them as the issues give them.
 */
export function seedNamedPeople(state: DbState, b: SeedBuilder): void {
  const { now } = b;
  const registeredAtDesk = (patients: DbPatient[], daysAgo: number) => {
    for (const p of patients) {
      b.audit(p, daysAgo, FELIX, 'Patient registered', 'Record created at the front desk.');
    }
  };
  const pendingRequest = (...args: PendingArgs) => addPendingRequest(state, now, ...args);

  const robert = b.addPatient({
    firstName: 'Robert',
    lastName: 'Chen',
    dateOfBirth: dobForAge(now, 58, 120),
    sex: 'male',
    email: 'robert.chen@example.com',
    phone: '555-0101',
  });
  registeredAtDesk([robert], 400);

  const garcia = { phone: '555-0102', familyId: 'fam_q2w7xk9m4bzt' };
  const maria = b.addPatient({
    firstName: 'Maria',
    lastName: 'Garcia',
    dateOfBirth: dobForAge(now, 41, 60),
    sex: 'female',
    email: 'maria.garcia@example.com',
    ...garcia,
  });
  const child = { ...garcia, lastName: 'Garcia', guardianIds: [maria.id] };
  const lucas = b.addPatient({
    firstName: 'Lucas',
    dateOfBirth: dobForAge(now, 9, 30),
    sex: 'male',
    email: null,
    ...child,
  });
  const sofia = b.addPatient({
    firstName: 'Sofia',
    dateOfBirth: dobForAge(now, 6, 90),
    sex: 'female',
    email: 'sofia.garcia.old@example.com',
    ...child,
  });
  const mateo = b.addPatient({
    firstName: 'Mateo',
    dateOfBirth: dobForAge(now, 3, 200),
    sex: 'male',
    email: null,
    ...child,
  });
  b.addAccount({
    email: 'maria.garcia@example.com',
    password: 'Portal-demo-1',
    createdAt: addDays(now, -300),
    createdVia: 'access_link',
    records: [{ patientId: maria.id, access: 'full', linkedAt: addDays(now, -300) }],
  });
  registeredAtDesk([maria, lucas, sofia, mateo], 300);

  const aisha = b.addPatient({
    firstName: 'Aisha',
    lastName: 'Khan',
    dateOfBirth: dobForAge(now, 33, 45),
    sex: 'female',
    email: 'aisha.khan@example.com',
    phone: '555-0103',
  });
  const aishaAccount = b.addAccount({
    email: 'aisha.khan@example.com',
    password: 'Portal-demo-2',
    createdAt: addDays(now, -20),
    createdVia: 'online_booking',
    records: [{ patientId: aisha.id, access: 'limited', linkedAt: addDays(now, -20) }],
  });
  b.audit(
    aisha,
    20,
    { name: 'Aisha Khan', role: null, accountId: aishaAccount.id },
    'Booked online',
    'Portal account created through online booking (limited access).',
  );

  const james = b.addPatient({
    firstName: 'James',
    lastName: "O'Brien",
    dateOfBirth: dobForAge(now, 47, 10),
    sex: 'male',
    email: 'jobrien@example.net',
    phone: '555-0104',
  });
  const jamesLink = {
    daysAgo: 4,
    by: FELIX,
    to: 'jobrien@example.net',
    status: 'delivered',
  } as const;
  b.linkSentHistory(james, jamesLink);
  b.auditLinkSent(james, jamesLink);

  const emily = b.addPatient({
    firstName: 'Emily',
    lastName: 'Novak',
    dateOfBirth: dobForAge(now, 29, 150),
    sex: 'female',
    email: 'emily.novak@exmaple.com',
    phone: '555-0105',
  });
  const emilyLink = {
    daysAgo: 2,
    by: PRIYA,
    to: 'emily.novak@exmaple.com',
    status: 'bounced',
  } as const;
  b.linkSentHistory(emily, emilyLink);
  b.auditLinkSent(emily, emilyLink);

  const grace = b.addPatient({
    firstName: 'Grace',
    lastName: 'Lee',
    dateOfBirth: dobForAge(now, 64, 75),
    sex: 'female',
    email: 'grace.lee@example.com',
    phone: '555-0106',
  });
  const graceLink = {
    daysAgo: 7,
    by: FELIX,
    to: 'grace.lee@example.com',
    status: 'delivered',
  } as const;
  b.linkSentHistory(grace, graceLink);
  b.auditLinkSent(grace, graceLink);

  // Her link went to an address that is not hers (hers ends in .com), and someone registered.
  const olivia = b.addPatient({
    firstName: 'Olivia',
    lastName: 'Martin',
    dateOfBirth: dobForAge(now, 36, 20),
    sex: 'female',
    email: 'olivia.martin@example.org',
    phone: '555-0107',
  });
  const oliviaLink = {
    daysAgo: 2,
    by: FELIX,
    to: 'olivia.martin@example.org',
    status: 'delivered',
    redeemedAt: addDays(now, -1),
  } as const;
  b.linkSentHistory(olivia, oliviaLink);
  const oliviaAccount = b.addAccount({
    email: 'olivia.martin@example.org',
    password: 'Not-olivia-1',
    createdAt: addDays(now, -1),
    createdVia: 'access_link',
    records: [{ patientId: olivia.id, access: 'full', linkedAt: addDays(now, -1) }],
  });
  b.auditLinkSent(olivia, oliviaLink);
  b.audit(
    olivia,
    1,
    { name: 'olivia.martin@example.org', role: null, accountId: oliviaAccount.id },
    'Portal account registered',
    'Registered through the Medical Records Access Link; full access.',
  );

  const park = { lastName: 'Park', phone: '555-0108', familyId: 'fam_h6n3rv8cj5dy' };
  const jennifer = b.addPatient({
    firstName: 'Jennifer',
    dateOfBirth: dobForAge(now, 44, 33),
    sex: 'female',
    email: 'jennifer.park@example.com',
    ...park,
  });
  const ethan = b.addPatient({
    firstName: 'Ethan',
    dateOfBirth: dobForAge(now, 15, 100),
    sex: 'male',
    email: 'ethan.park@example.com',
    guardianIds: [jennifer.id],
    ...park,
  });
  pendingRequest(
    'preq_v7r2nx5jd8pa',
    ethan,
    {
      name: 'Jennifer Park',
      email: 'jennifer.park@example.com',
      phone: '555-0108',
      dateOfBirth: jennifer.dateOfBirth,
      relationship: 'parent',
    },
    'portal_form',
    [...FULL_SCOPE],
    1,
  );

  const dorothy = b.addPatient({
    firstName: 'Dorothy',
    lastName: 'Williams',
    dateOfBirth: dobForAge(now, 82, 140),
    sex: 'female',
    email: 'dorothy.williams@example.com',
    phone: '555-0109',
  });
  pendingRequest(
    'preq_3tq9wz6hkm4c',
    dorothy,
    {
      name: 'Susan Williams',
      email: 'susan.williams@example.com',
      phone: '555-0119',
      dateOfBirth: null,
      relationship: 'adult_child',
    },
    'phone',
    ['appointments', 'billing'],
    2,
    {
      takenBy: 'Felix Moreno',
      consentHeard:
        'Dorothy joined the call and said she wants Susan to help with appointments and bills.',
    },
  );

  // Linda gave Harold's own email as hers: the credential sharing the review must catch.
  const harold = b.addPatient({
    firstName: 'Harold',
    lastName: 'Brooks',
    dateOfBirth: dobForAge(now, 76, 15),
    sex: 'male',
    email: 'harold.brooks@example.com',
    phone: '555-0110',
  });
  pendingRequest(
    'preq_k4f8bm2qx9ws',
    harold,
    {
      name: 'Linda Brooks',
      email: 'harold.brooks@example.com',
      phone: '555-0110',
      dateOfBirth: null,
      relationship: 'spouse_partner',
    },
    'paper_form',
    [...FULL_SCOPE],
    // Past the 2-business-day turnaround target whatever the weekday: Today marks it overdue.
    6,
  );

  const thomas = b.addPatient({
    firstName: 'Thomas',
    lastName: 'Wright',
    dateOfBirth: dobForAge(now, 70, 50),
    sex: 'male',
    email: 'thomas.wright@example.com',
    phone: '555-0111',
  });
  state.proxyGrants.push({
    id: 'grant_8mwq3kx7z2vd',
    patientId: thomas.id,
    carePartner: {
      name: 'Michael Wright',
      email: 'michael.wright@example.com',
      phone: '555-0121',
      dateOfBirth: null,
      relationship: 'adult_child',
    },
    scope: [...FULL_SCOPE],
    since: addDays(now, -90),
    until: null,
    status: 'active',
    grantedByName: PRIYA.name,
    legalDocument: null,
    requestId: null,
    // Michael logs in with his own portal account, never his father's.
    accountId: b.addAccount({
      email: 'michael.wright@example.com',
      password: 'Portal-demo-3',
      createdAt: addDays(now, -89),
      createdVia: 'access_link',
      records: [],
    }).id,
    invitation: null,
    revokedAt: null,
    revokedReason: null,
    version: 1,
  });
  registeredAtDesk([dorothy, harold, thomas, jennifer, ethan], 200);
}
