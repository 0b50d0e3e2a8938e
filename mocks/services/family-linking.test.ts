// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSeed } from '../seed';
import { TEST_NOW, type DbState } from '../db';
import type { Actor } from './context';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from './errors';
import {
  addLinkingRecords,
  confirmLinkingRequest,
  reviewLinkingEmails,
  sendLinkingLinks,
  startLinkingRequest,
} from './family-linking';
import { linkingCandidates, listLinkingRequests } from './family-linking-reads';
import { resendLinkingLink, revokeLinkingRecord } from './family-linking-tracking';
import { linkThroughLink } from './portal';

const PRIYA: Actor = { id: 'staff_h3v8n2c6jt5d', name: 'Priya Shah', role: 'patient_experience' };
const CARMEN: Actor = { id: 'staff_x9r4b7f2mz6q', name: 'Carmen Diaz', role: 'clinic_manager' };
const FELIX: Actor = { id: 'staff_7kq2m9xw4p3r', name: 'Felix Moreno', role: 'front_desk' };
const NOW = TEST_NOW;

const idOf = (s: DbState, name: string) =>
  s.patients.find((p) => `${p.firstName} ${p.lastName}` === name)!.id;
const child = (s: DbState, name: string) => ({
  patientId: idOf(s, name),
  reason: null,
  override: null,
});

function garcias() {
  const s = createSeed(NOW);
  const req = startLinkingRequest(s, PRIYA, { holderPatientId: idOf(s, 'Maria Garcia') }, NOW);
  return { s, id: req.id };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('family linking service', () => {
  it('suggests the household with where each record is now', () => {
    const { s, id } = garcias();
    const { candidates } = linkingCandidates(s, PRIYA, { id });
    expect(candidates.map((c) => [c.name, c.age, c.location])).toEqual([
      ['Lucas Garcia', 9, 'no_account'],
      ['Sofia Garcia', 6, 'no_account'],
      ['Mateo Garcia', 3, 'no_account'],
    ]);
  });

  it('takes a family of three from start to every link sent, emails replaced and audited', () => {
    const { s, id } = garcias();
    const kids = ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia'];
    let req = addLinkingRecords(s, PRIYA, { id, records: kids.map((k) => child(s, k)) }, NOW);
    reviewLinkingEmails(
      s,
      PRIYA,
      { id, changes: req.items.map((i) => ({ patientId: i.patientId, version: i.version })) },
      NOW,
    );
    expect(s.patients.find((p) => p.id === idOf(s, 'Sofia Garcia'))!.email).toBe(
      'maria.garcia@example.com',
    );
    expect(
      s.audit.some((a) =>
        a.details.includes('sofia.garcia.old@example.com → maria.garcia@example.com'),
      ),
    ).toBe(true);
    req = sendLinkingLinks(s, PRIYA, { id }, NOW);
    expect(req.items.map((i) => i.state)).toEqual(['delivered', 'delivered', 'delivered']);
    const sent = s.emails.filter((e) => e.to === 'maria.garcia@example.com' && e.sentAt === NOW);
    // Each email greets Maria, who gets it, and names the child's record it adds.
    expect(sent.map((e) => /to add (\w+ \w+)'s records to your/.exec(e.body)?.[1])).toEqual(kids);
    for (const e of sent) {
      expect(e.body).toMatch(/^Hello Maria,/);
      expect(e.body).not.toMatch(/access to your medical records/);
    }
    expect(listLinkingRequests(s, FELIX, {}, NOW).items[0]).toMatchObject({ total: 3, linked: 0 });
  });

  it('refuses an adult record (409) and lets only a clinic manager override it (403), audited', () => {
    const { s, id } = garcias();
    const robert = child(s, 'Robert Chen');
    expect(thrown(() => addLinkingRecords(s, PRIYA, { id, records: [robert] }, NOW))).toMatchObject(
      { type: 'adult-record' },
    );
    const override = {
      type: 'healthcare_poa',
      documentDate: '2026-01-10',
      expiresOn: null,
    } as const;
    const withOverride = {
      ...robert,
      override,
      reason: 'Robert cannot manage his portal himself.',
    };
    expect(
      thrown(() => addLinkingRecords(s, PRIYA, { id, records: [withOverride] }, NOW)),
    ).toBeInstanceOf(ForbiddenError);
    expect(
      thrown(() =>
        addLinkingRecords(s, CARMEN, { id, records: [{ ...withOverride, reason: null }] }, NOW),
      ),
    ).toBeInstanceOf(InvalidError);
    const req = addLinkingRecords(s, CARMEN, { id, records: [withOverride] }, NOW);
    expect(req.items[0]).toMatchObject({ name: 'Robert Chen', override });
    expect(s.audit.at(-1)?.details).toContain(
      'clinic manager override under Healthcare power of attorney',
    );
  });

  it('needs a reason for an adolescent (12–17)', () => {
    const s = createSeed(NOW);
    const { id } = startLinkingRequest(s, PRIYA, { holderPatientId: idOf(s, 'Aisha Khan') }, NOW);
    const ethan = child(s, 'Ethan Park');
    expect(thrown(() => addLinkingRecords(s, PRIYA, { id, records: [ethan] }, NOW))).toBeInstanceOf(
      InvalidError,
    );
    addLinkingRecords(
      s,
      PRIYA,
      { id, records: [{ ...ethan, reason: 'Mother asked at the desk.' }] },
      NOW,
    );
    expect(s.audit.at(-1)?.details).toContain(
      'Adolescent (15): the account holder will see everything',
    );
  });

  it('refuses a record held by another account and shows one already in this account as done', () => {
    const { s, id } = garcias();
    const e = thrown(() =>
      addLinkingRecords(s, PRIYA, { id, records: [child(s, 'Olivia Martin')] }, NOW),
    );
    expect(e).toBeInstanceOf(ConflictError);
    expect(e).toMatchObject({ type: 'held-by-another-account' });
    s.accounts
      .find((a) => a.email === 'maria.garcia@example.com')!
      .records.push({ patientId: idOf(s, 'Lucas Garcia'), access: 'full', linkedAt: NOW });
    const req = addLinkingRecords(s, PRIYA, { id, records: [child(s, 'Lucas Garcia')] }, NOW);
    expect(req.items[0]).toMatchObject({ alreadyLinked: true, state: 'linked' });
  });

  it('tracks linking, a bounce resent, one record revoked, then confirms', async () => {
    const { s, id } = garcias();
    const kids = ['Lucas Garcia', 'Sofia Garcia', 'Mateo Garcia'];
    addLinkingRecords(s, PRIYA, { id, records: kids.map((k) => child(s, k)) }, NOW);
    let req = sendLinkingLinks(s, PRIYA, { id }, NOW);
    const [lucas, sofia, mateo] = req.items;
    const token = (pid: string) => s.codes.filter((c) => c.patientId === pid).at(-1)!;
    await linkThroughLink(
      s,
      {
        token: token(lucas!.patientId).linkToken,
        code: token(lucas!.patientId).code,
        email: 'maria.garcia@example.com',
        password: 'Portal-demo-1',
      },
      NOW,
      0,
    );
    s.deliveries.filter((d) => d.patientId === sofia!.patientId).at(-1)!.status = 'bounced';
    // Starting again for Maria resumes her open request, as another colleague would.
    req = startLinkingRequest(s, CARMEN, { holderPatientId: idOf(s, 'Maria Garcia') }, NOW);
    expect(req.id).toBe(id);
    expect(req.items.map((i) => i.state)).toEqual(['linked', 'bounced', 'delivered']);
    req = resendLinkingLink(
      s,
      PRIYA,
      {
        id,
        itemId: sofia!.id,
        email: 'maria.garcia@example.com',
        confirmedWithPatient: true,
        version: sofia!.version,
      },
      NOW,
    );
    expect(req.items[1]!.state).toBe('delivered');
    // The resent email goes to Maria too: it greets her and names Sofia's record.
    expect(s.emails.at(-1)!.body).toMatch(/^Hello Maria,[\s\S]*to add Sofia Garcia's records/);
    req = revokeLinkingRecord(
      s,
      PRIYA,
      { id, itemId: mateo!.id, reason: 'Father will link Mateo' },
      NOW,
    );
    expect(req.items[2]!.state).toBe('revoked');
    expect(thrown(() => confirmLinkingRequest(s, PRIYA, { id }, NOW))).toMatchObject({
      type: 'not-all-linked',
    });
    await linkThroughLink(
      s,
      {
        token: token(sofia!.patientId).linkToken,
        code: token(sofia!.patientId).code,
        email: 'maria.garcia@example.com',
        password: 'Portal-demo-1',
      },
      NOW,
      0,
    );
    expect(confirmLinkingRequest(s, PRIYA, { id }, NOW).status).toBe('completed');
    expect(listLinkingRequests(s, PRIYA, {}, NOW).items).toEqual([]);
  });

  it('lets no front desk start a linking request', () => {
    const s = createSeed(NOW);
    expect(
      thrown(() =>
        startLinkingRequest(s, FELIX, { holderPatientId: idOf(s, 'Maria Garcia') }, NOW),
      ),
    ).toBeInstanceOf(ForbiddenError);
  });

  it('tells front desk only that they may not act, not whether a record is in the request', () => {
    const { s, id } = garcias();
    const itemId = 'lnkitem_unknown';
    const resend = () =>
      resendLinkingLink(
        s,
        FELIX,
        {
          id,
          itemId,
          email: 'robert.chen@example.com',
          confirmedWithPatient: true,
          version: 1,
        },
        NOW,
      );
    const revoke = () => revokeLinkingRecord(s, FELIX, { id, itemId, reason: 'Not theirs' }, NOW);
    expect(thrown(resend)).toBeInstanceOf(ForbiddenError);
    expect(thrown(revoke)).toBeInstanceOf(ForbiddenError);
    // Someone who may act is told the record is not in the request.
    expect(
      thrown(() => revokeLinkingRecord(s, PRIYA, { id, itemId, reason: 'x' }, NOW)),
    ).toBeInstanceOf(NotFoundError);
  });

  it('resends and revokes a record added again by its new item, and the first link stays dead', async () => {
    const { s, id } = garcias();
    const lucasId = idOf(s, 'Lucas Garcia');
    addLinkingRecords(s, PRIYA, { id, records: [child(s, 'Lucas Garcia')] }, NOW);
    const first = sendLinkingLinks(s, PRIYA, { id }, NOW).items[0]!;
    const firstCode = s.codes.filter((c) => c.patientId === lucasId).at(-1)!;
    revokeLinkingRecord(s, PRIYA, { id, itemId: first.id, reason: 'Sent too early' }, NOW);
    addLinkingRecords(s, PRIYA, { id, records: [child(s, 'Lucas Garcia')] }, NOW);
    let req = sendLinkingLinks(s, PRIYA, { id }, NOW);
    expect(req.items.map((i) => [i.name, i.state])).toEqual([
      ['Lucas Garcia', 'revoked'],
      ['Lucas Garcia', 'delivered'],
    ]);
    const second = req.items[1]!;
    expect(second.id).not.toBe(first.id);
    const emails = s.emails.length;
    req = resendLinkingLink(
      s,
      PRIYA,
      {
        id,
        itemId: second.id,
        email: 'maria.garcia@example.com',
        confirmedWithPatient: true,
        version: second.version,
      },
      NOW,
    );
    expect(s.emails.length).toBe(emails + 1);
    expect(req.items.map((i) => i.state)).toEqual(['revoked', 'delivered']);
    // The revoked item cannot act any more.
    expect(
      thrown(() => revokeLinkingRecord(s, PRIYA, { id, itemId: first.id, reason: 'Again' }, NOW)),
    ).toMatchObject({ type: 'already-revoked' });
    req = revokeLinkingRecord(s, PRIYA, { id, itemId: second.id, reason: 'Father links' }, NOW);
    expect(req.items.map((i) => i.state)).toEqual(['revoked', 'revoked']);
    // Neither link opens Lucas's record.
    for (const code of s.codes.filter((c) => c.patientId === lucasId)) {
      const e = await linkThroughLink(
        s,
        {
          token: code.linkToken,
          code: code.code,
          email: 'maria.garcia@example.com',
          password: 'Portal-demo-1',
        },
        NOW,
        0,
      ).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e, code === firstCode ? 'first link' : 'second link').toBeInstanceOf(Error);
    }
  });
});
