import type { DbState } from './db-types';
import { createSeedBuilder } from './seed-builder';
import { seedGeneratedClinic } from './seed-clinic';
import { seedLanguagePeople, seedNamedPeople } from './seed-people';
import { seedTodayPeople } from './seed-today-people';
import { runtime } from './runtime';

const STAFF: DbState['staff'] = [
  {
    id: 'staff_7kq2m9xw4p3r',
    name: 'Felix Moreno',
    email: 'frontdesk@clinic.example',
    password: 'demo',
    role: 'front_desk',
  },
  {
    id: 'staff_h3v8n2c6jt5d',
    name: 'Priya Shah',
    email: 'experience@clinic.example',
    password: 'demo',
    role: 'patient_experience',
  },
  {
    id: 'staff_x9r4b7f2mz6q',
    name: 'Carmen Diaz',
    email: 'manager@clinic.example',
    password: 'demo',
    role: 'clinic_manager',
  },
];

/** The demo clinic on `now`: the same people, codes and emails on every run. */
export function createSeed(now: string, patients = runtime.seedPatients): DbState {
  const state: DbState = {
    now,
    staff: structuredClone(STAFF),
    patients: [],
    accounts: [],
    codes: [],
    deliveries: [],
    revocations: [],
    emails: [],
    audit: [],
    proxyRequests: [],
    proxyGrants: [],
    linkingRequests: [],
    sessions: {},
    tries: {},
    nextId: 1000,
  };
  const builder = createSeedBuilder(state);
  seedNamedPeople(state, builder);
  seedGeneratedClinic(state, builder, patients);
  seedTodayPeople(state, builder);
  seedLanguagePeople(state, builder);
  return state;
}
