import { describe, expect, it } from 'vitest';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { ok, problem, signIn } from './client';
import { auditCount, demoPatient } from './fixtures';

// The FHIR R4 exports as the API answers them: the envelope is the contract's; the resources are
// FHIR R4 (validated in mocks/services/fhir.test.ts).

describe('FHIR R4 export', () => {
  it("answers Thomas Wright's access picture as a Bundle, to clinic managers only, audited", async ({
    skip,
  }) => {
    const manager = await signIn('clinic_manager');
    const id = await demoPatient(manager, 'Thomas Wright', skip);
    const before = await auditCount(manager, id, 'Record exported as FHIR');
    const bundle = ok(E.patientFhir, await manager.call(E.patientFhir, { params: { id } }));
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types.filter((t) => t === 'Patient')).toHaveLength(1);
    expect(types).toEqual(expect.arrayContaining(['RelatedPerson', 'Consent', 'AuditEvent']));
    expect(await auditCount(manager, id, 'Record exported as FHIR')).toBe(before + 1);

    const frontDesk = await signIn('front_desk');
    expect(problem(await frontDesk.call(E.patientFhir, { params: { id } }), 403).type).toBe(
      'forbidden',
    );
    problem(await manager.call(E.patientFhir, { params: { id: 'p_no_such_record' } }), 404);
  });

  it('answers the audit log as AuditEvents, with the filters of the log', async () => {
    const manager = await signIn('clinic_manager');
    const log = ok(E.auditLog, await manager.call(E.auditLog, { query: { pageSize: 5 } }));
    const fhir = ok(E.auditLogFhir, await manager.call(E.auditLogFhir, { query: { pageSize: 5 } }));
    expect(fhir.total).toBe(log.total);
    expect(fhir.items.map((e) => e.recorded)).toEqual(log.items.map((e) => e.at));
    problem(await manager.call(E.auditLogFhir, { query: { from: 'last week' } }), 400);
    const frontDesk = await signIn('front_desk');
    problem(await frontDesk.call(E.auditLogFhir), 403);
  });
});
