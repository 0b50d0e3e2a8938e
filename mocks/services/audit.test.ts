// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { auditActionKey } from '../../src/api/contract/audit';
import { clinicDate } from '../../src/lib/clinic-time';
import { auditLog } from './audit';
import { ForbiddenError } from './errors';
import { idOf, testClinic } from './test-clinic';

describe('auditLog: filtered and paged on the server', () => {
  it('pages newest first with the total of the filtered events', () => {
    const { store, as } = testClinic();
    const first = auditLog(store, as('clinic_manager'), { pageSize: 5 });
    const second = auditLog(store, as('clinic_manager'), { page: 2, pageSize: 5 });
    expect(first.total).toBe(store.audit.length);
    expect(first.items).toHaveLength(5);
    const times = [...first.items, ...second.items].map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });

  it('filters by who, record, action and the clinic’s dates', () => {
    const { store, as } = testClinic();
    const manager = as('clinic_manager');
    const byFelix = auditLog(store, manager, { actorId: 'staff_7kq2m9xw4p3r' });
    expect(byFelix.total).toBeGreaterThan(0);
    expect(byFelix.items.every((e) => e.actorName === 'Felix Moreno')).toBe(true);

    const olivia = idOf(store, 'Olivia Martin');
    const onRecord = auditLog(store, manager, { patientId: olivia });
    expect(onRecord.items.every((e) => e.patientId === olivia)).toBe(true);
    expect(onRecord.record).toEqual({ id: olivia, name: 'Olivia Martin' });

    const key = auditActionKey('Access link sent');
    expect(key).toBe('access-link-sent');
    const sent = auditLog(store, manager, { action: key });
    expect(sent.total).toBeGreaterThan(0);
    expect(sent.items.every((e) => e.action === 'Access link sent')).toBe(true);
    expect(sent.actions).toContainEqual({ key, label: 'Access link sent' });

    const day = clinicDate(store.audit[0]!.at);
    const onDay = auditLog(store, manager, { from: day, to: day, pageSize: 100 });
    expect(onDay.total).toBe(store.audit.filter((e) => clinicDate(e.at) === day).length);
    expect(onDay.items.every((e) => clinicDate(e.at) === day)).toBe(true);
  });

  it('lets the Who filter pick a portal account, and names each record’s MRN', () => {
    const { store, as } = testClinic();
    const manager = as('clinic_manager');
    const { portalAccounts } = auditLog(store, manager, {});
    const olivia = store.accounts.find((a) => a.email === 'olivia.martin@example.org')!;
    expect(portalAccounts).toContainEqual({ id: olivia.id, email: olivia.email, kind: 'patient' });
    const byOlivia = auditLog(store, manager, { actorId: olivia.id });
    expect(byOlivia.items.map((e) => e.action)).toEqual(['Portal account registered']);
    const patient = store.patients.find((p) => p.id === byOlivia.items[0]!.patientId)!;
    expect(byOlivia.items[0]).toMatchObject({ actorRole: null, patientMrn: patient.mrn });
  });

  it('is for clinic managers only', () => {
    const { store, as } = testClinic();
    expect(() => auditLog(store, as('front_desk'), {})).toThrow(ForbiddenError);
  });
});
