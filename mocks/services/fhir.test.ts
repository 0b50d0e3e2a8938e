// @vitest-environment node
import type { Consent, Person, RelatedPerson, Resource } from '@medplum/fhirtypes';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeProblems, validateFhir } from '../../tests/fhir-validator';
import { TEST_NOW, type DbState } from '../db';
import { createSeed } from '../seed';
import { recordAudit, type Actor } from './context';
import { ForbiddenError } from './errors';
import { auditLogFhir } from './fhir-audit';
import { fhirId, SCOPE_CODE_SYSTEM, SCOPE_SYSTEM } from './fhir-codes';
import { grantFromConsent } from './fhir-consent';
import { accessPicture, exportPatientFhir } from './fhir';
import { addLinkingRecords, sendLinkingLinks, startLinkingRequest } from './family-linking';
import { linkThroughLink } from './portal';
import { decideRequest } from './shared-access';
import { APPROVE_SUSAN, idOf } from './test-clinic';

const NOW = TEST_NOW;
const PRIYA: Actor = { id: 'staff_h3v8n2c6jt5d', name: 'Priya Shah', role: 'patient_experience' };
const CARMEN: Actor = { id: 'staff_x9r4b7f2mz6q', name: 'Carmen Diaz', role: 'clinic_manager' };
const FELIX: Actor = { id: 'staff_7kq2m9xw4p3r', name: 'Felix Moreno', role: 'front_desk' };
const KIDS = ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia'];

/** Maria's account holds Lucas, Sofia and Mateo: every link sent and used with her login. */
async function linkGarcias(s: DbState) {
  const { id } = startLinkingRequest(s, PRIYA, { holderPatientId: idOf(s, 'Maria Garcia') }, NOW);
  const records = KIDS.map((k) => ({ patientId: idOf(s, k), reason: null, override: null }));
  addLinkingRecords(s, PRIYA, { id, records }, NOW);
  for (const item of sendLinkingLinks(s, PRIYA, { id }, NOW).items) {
    const code = s.codes.filter((c) => c.patientId === item.patientId).at(-1)!;
    const login = { email: 'maria.garcia@example.com', password: 'Portal-demo-1' };
    await linkThroughLink(s, { token: code.linkToken, code: code.code, ...login }, NOW, 0);
  }
}

/** The named people, with every kind of grant: approved (Dorothy), denied (Harold), linked. */
async function clinicWithEveryState() {
  const s = createSeed(NOW, 0);
  decideRequest(s, PRIYA, 'preq_3tq9wz6hkm4c', APPROVE_SUSAN, NOW);
  decideRequest(
    s,
    PRIYA,
    'preq_k4f8bm2qx9ws',
    { decision: 'deny', version: 1, reason: 'Linda has to use her own email.' },
    NOW,
  );
  await linkGarcias(s);
  return s;
}

const ofType = <T extends Resource>(rs: Resource[], type: T['resourceType']) =>
  rs.filter((r): r is T => r.resourceType === type);

describe('FHIR R4 export', () => {
  it('validates every resource of every named person, and each bundle', async () => {
    const s = await clinicWithEveryState();
    const warnings: string[] = [];
    const counts: Record<string, number> = {};
    for (const p of s.patients) {
      const bundle = exportPatientFhir(s, CARMEN, { patientId: p.id }, NOW);
      warnings.push(...validateFhir(bundle));
      for (const e of bundle.entry ?? []) {
        warnings.push(...validateFhir(e.resource!));
        counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
      }
      // Every reference inside the bundle to this record's own resources resolves.
      const here = new Set(
        bundle.entry!.map((e) => `${e.resource!.resourceType}/${e.resource!.id}`),
      );
      const refs =
        JSON.stringify(bundle).match(/"reference":"(RelatedPerson|Consent)\/[^"]+"/g) ?? [];
      for (const r of refs) expect(here, r).toContain(r.slice(13, -1));
    }
    // 90 resources in 24 bundles, every kind there is, and not one warning.
    expect(counts).toEqual({
      Patient: 24,
      RelatedPerson: 4,
      Consent: 4,
      Person: 13,
      AuditEvent: 45,
    });
    expect(warnings).toEqual([]);
  });

  it('refuses a broken resource: a bad date, a missing required element, a code outside its value set', () => {
    const s = createSeed(NOW, 0);
    const [patient, , consent] = accessPicture(s, idOf(s, 'Thomas Wright'), NOW);
    expect(() => validateFhir({ ...patient!, birthDate: 'last spring' } as Resource)).toThrow(
      /birthDate/,
    );
    const { status: _dropped, ...noStatus } = consent as Consent;
    expect(() => validateFhir(noStatus as Resource)).toThrow(/status/);
    expect(() => validateFhir({ ...consent!, status: 'approved' } as Resource)).toThrow(
      /approved is not in/,
    );
    const wrongScope = structuredClone(consent as Consent);
    wrongScope.provision!.code![0]!.coding![0]!.code = 'everything';
    expect(() => validateFhir(wrongScope)).toThrow(`everything is not in ${SCOPE_SYSTEM}`);
  });

  it('reads every grant back from its Consent: period, actor and scope', async () => {
    const s = await clinicWithEveryState();
    expect(s.proxyGrants.length).toBeGreaterThanOrEqual(2);
    for (const g of s.proxyGrants) {
      const rs = accessPicture(s, g.patientId, NOW);
      const consent = ofType<Consent>(rs, 'Consent').find((c) => c.id === fhirId(g.id))!;
      const back = grantFromConsent(consent);
      expect(back).toEqual({
        grantId: g.id,
        patientId: g.patientId,
        relatedPersonId: g.id,
        since: g.since,
        until: g.until,
        scope: g.scope,
      });
      const actor = ofType<RelatedPerson>(rs, 'RelatedPerson').find(
        (r) => r.id === fhirId(back.relatedPersonId),
      )!;
      expect(actor.name?.[0]?.text).toBe(g.carePartner.name);
      expect(actor.telecom?.[0]?.value).toBe(g.carePartner.email);
    }
  });

  it('Thomas Wright: Michael as RelatedPerson, an active Consent with full scope', () => {
    const s = createSeed(NOW, 0);
    const rs = accessPicture(s, idOf(s, 'Thomas Wright'), NOW);
    const [michael] = ofType<RelatedPerson>(rs, 'RelatedPerson');
    expect(michael).toMatchObject({ active: true, name: [{ text: 'Michael Wright' }] });
    expect(michael!.relationship![0]!.coding![0]!.code).toBe('CHILD');
    const [consent] = ofType<Consent>(rs, 'Consent');
    expect(consent!.status).toBe('active');
    expect(consent!.provision!.actor![0]!.reference.reference).toBe(`RelatedPerson/${michael!.id}`);
    expect(consent!.provision!.code!.map((c) => c.coding![0]!.code)).toEqual(
      SCOPE_CODE_SYSTEM.concept!.map((c) => c.code),
    );
    // Michael's own portal account, never his father's.
    const [person] = ofType<Person>(rs, 'Person');
    expect(person!.telecom![0]!.value).toBe('michael.wright@example.com');
    expect(person!.link!.map((l) => l.target.reference)).toEqual([`RelatedPerson/${michael!.id}`]);
  });

  it("Mateo Garcia, after the family is linked: a Person for Maria's account linking all three children", async () => {
    const s = createSeed(NOW, 0);
    const before = ofType<Person>(accessPicture(s, idOf(s, 'Mateo Garcia'), NOW), 'Person');
    expect(before).toEqual([]);
    await linkGarcias(s);
    const [maria] = ofType<Person>(accessPicture(s, idOf(s, 'Mateo Garcia'), NOW), 'Person');
    expect(maria!.telecom![0]!.value).toBe('maria.garcia@example.com');
    expect(maria!.link!.map((l) => l.target.display)).toEqual(['Maria Garcia', ...KIDS]);
    expect(maria!.link!.every((l) => l.assurance === 'level3')).toBe(true);
  });

  it('Dorothy Williams after approval: administrative scope and the checklist as verification', () => {
    const s = createSeed(NOW, 0);
    decideRequest(s, PRIYA, 'preq_3tq9wz6hkm4c', APPROVE_SUSAN, NOW);
    const [consent] = ofType<Consent>(
      accessPicture(s, idOf(s, 'Dorothy Williams'), NOW),
      'Consent',
    );
    expect(consent!.status).toBe('proposed');
    expect(consent!.provision!.code!.map((c) => c.coding![0]!.code)).toEqual([
      'appointments',
      'billing',
    ]);
    expect(consent!.performer).toEqual([expect.objectContaining({ display: 'Priya Shah' })]);
    expect(consent!.verification).toEqual([
      expect.objectContaining({
        verified: true,
        verificationDate: NOW,
        verifiedWith: { reference: consent!.provision!.actor![0]!.reference.reference },
      }),
      expect.objectContaining({
        verified: true,
        verificationDate: NOW,
        verifiedWith: { reference: consent!.patient!.reference },
      }),
    ]);
    const methods = consent!.verification!.map((v) =>
      v.extension!.map((x) => x.valueString ?? x.valueReference?.display),
    );
    expect(methods).toEqual([
      ['Priya Shah', 'Known to staff'],
      ['Priya Shah', 'Patient confirmed on the phone'],
    ]);
  });

  it('a denied request is a rejected Consent naming who asked', async () => {
    const s = await clinicWithEveryState();
    const rs = accessPicture(s, idOf(s, 'Harold Brooks'), NOW);
    const [consent] = ofType<Consent>(rs, 'Consent');
    expect(consent).toMatchObject({ status: 'rejected', dateTime: NOW });
    expect(ofType<RelatedPerson>(rs, 'RelatedPerson')[0]).toMatchObject({
      active: false,
      name: [{ text: 'Linda Brooks' }],
    });
  });

  it('is for clinic managers, and each export is audited', () => {
    const s = createSeed(NOW, 0);
    const thomas = idOf(s, 'Thomas Wright');
    expect(() => exportPatientFhir(s, FELIX, { patientId: thomas }, NOW)).toThrow(ForbiddenError);
    expect(() => exportPatientFhir(s, PRIYA, { patientId: thomas }, NOW)).toThrow(ForbiddenError);
    const bundle = exportPatientFhir(s, CARMEN, { patientId: thomas }, NOW);
    expect(s.audit.at(-1)).toMatchObject({
      actorId: CARMEN.id,
      patientId: thomas,
      action: 'Record exported as FHIR',
      details: `FHIR R4 Bundle of ${bundle.entry!.length} resources: 1 Patient, 1 RelatedPerson, 1 Consent, 1 Person, ${bundle.entry!.length - 4} AuditEvent.`,
    });
  });

  it('the audit log, filtered, as AuditEvents that validate', () => {
    const s = createSeed(NOW, 0);
    const page = auditLogFhir(s, CARMEN, { action: 'portal-account-registered', pageSize: 100 });
    expect(page.total).toBe(s.audit.filter((e) => e.action === 'Portal account registered').length);
    for (const e of page.items) {
      expect(validateFhir(e)).toEqual([]);
      expect(e).toMatchObject({
        action: 'C',
        outcome: '0',
        agent: [{ role: [{ text: 'Patient portal' }] }],
      });
    }
    // The whole log validates, a refused sign-in (no record, no account) included.
    recordAudit(
      s,
      { name: 'someone@example.com', role: null },
      null,
      'Sign-in failed',
      'Wrong password.',
      NOW,
    );
    const all = auditLogFhir(s, CARMEN, { pageSize: 500 }).items;
    expect(all.length).toBe(s.audit.length);
    for (const e of all) expect(validateFhir(e)).toEqual([]);
    expect(all[0]).toMatchObject({ type: { code: '110114' }, action: 'E', outcome: '4' });
    expect(all[0]!.entity).toBeUndefined();
    expect(() => auditLogFhir(s, PRIYA, {})).toThrow(ForbiddenError);
  });

  it('publishes the scope code system as it is used, and it validates', () => {
    const published = JSON.parse(
      readFileSync('docs/fhir/CodeSystem-access-desk-scope.json', 'utf8'),
    ) as Resource;
    expect(published).toEqual(SCOPE_CODE_SYSTEM);
    expect(validateFhir(published)).toEqual([]);
    expect(codeProblems(published).problems).toEqual([]);
  });
});
