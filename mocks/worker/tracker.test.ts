import { describe, expect, it } from 'vitest';
import { TEST_NOW, type DbState } from '../db';
import { createSeed } from '../seed';
import { removeRecordFromAccount } from '../services/accounts';
import { requestAccessCode } from '../services/access-code';
import { advanceClock } from '../services/demo-tools';
import { updateContact } from '../services/patients';
import { signIn, signOut } from '../services/session';
import { applyRows, changedRows } from './row-store';
import { trackChanges, type Changes } from './tracker';

const MANAGER = { id: 'staff_x9r4b7f2mz6q', name: 'Carmen Diaz', role: 'clinic_manager' as const };

/** What a reload rebuilds: the seed, with the saved rows and clock laid over it. */
function reloaded(state: DbState, changes: Changes): DbState {
  const fresh = createSeed(TEST_NOW);
  applyRows(fresh, structuredClone(changedRows(state, changes)));
  fresh.now = state.now;
  fresh.nextId = state.nextId;
  return fresh;
}

function robert(state: DbState) {
  const p = state.patients.find((x) => x.firstName === 'Robert' && x.lastName === 'Chen');
  if (!p) throw new Error('Robert Chen is missing from the seed');
  return p;
}

describe('saving only what a request changed', () => {
  it('notes just the rows a change touched, however large the clinic', () => {
    const state = createSeed(TEST_NOW);
    const { store, take } = trackChanges(state);
    const p = robert(store);
    updateContact(
      store,
      MANAGER,
      { patientId: p.id, email: 'robert.new@example.com', phone: p.phone, version: p.version },
      store.now,
    );
    const changes = take();
    const names = [...changes.rows.values()].map(([collection]) => collection).sort();
    expect(names).toEqual(['audit', 'patients']);
    expect(changes.meta).toBe(true); // the audit row took a new id
    expect(take().rows.size).toBe(0);
  });

  it('rebuilds the same clinic from the seed and the saved rows after many kinds of change', () => {
    const state = createSeed(TEST_NOW);
    const { store, take } = trackChanges(state);
    const token = 't1';
    signIn(store, { email: 'manager@clinic.example', password: 'demo' }, token, null, 1000);
    signIn(store, { email: 'frontdesk@clinic.example', password: 'demo' }, 't2', null, 2000);
    signOut(store, 't2');
    const p = robert(store);
    updateContact(
      store,
      MANAGER,
      { patientId: p.id, email: 'robert.new@example.com', phone: '555-0199', version: p.version },
      store.now,
    );
    requestAccessCode(store, MANAGER, { patientId: p.id, confirmReplace: true }, store.now);
    const account = store.accounts.find((a) => a.records.length > 1) ?? store.accounts[0]!;
    removeRecordFromAccount(account, account.records[0]!.patientId);
    advanceClock(store, MANAGER, { days: 3 });

    const changes = take();
    expect(changes.rows.size).toBeLessThan(12);
    const rebuilt = reloaded(state, changes);
    expect(rebuilt.sessions).toEqual({
      [token]: { staffId: 'staff_x9r4b7f2mz6q', createdAt: 1000, lastSeenAt: 1000 },
    });
    expect(rebuilt).toEqual(state);
  });

  it('stores plain values, never the proxies services see', () => {
    const state = createSeed(TEST_NOW);
    const { store, take } = trackChanges(state);
    const account = store.accounts.find((a) => a.records.length > 0)!;
    removeRecordFromAccount(account, 'nobody');
    // A proxy cannot be structured-cloned into IndexedDB: this throws if one slipped in.
    expect(() => structuredClone(changedRows(state, take()))).not.toThrow();
  });

  it('keeps a row that a service pushes and then fills in (the shared-access invitation)', () => {
    const state = createSeed(TEST_NOW);
    const { store, take } = trackChanges(state);
    const row = { ...structuredClone(state.emails[0]!), id: 'eml_new', subject: 'first' };
    store.emails.push(row);
    row.subject = 'filled in after the push';
    expect(state.emails.at(-1)?.subject).toBe('filled in after the push');
    const rebuilt = reloaded(state, take());
    expect(rebuilt.emails.at(-1)).toEqual(row);
  });
});
