// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createRequestSchema,
  decideRequestSchema,
  editGrantSchema,
  type DecideRequest,
} from '../../src/api/contract/shared-access';
import { deniedReason } from '../../src/lib/permissions';
import { addDays } from '../../src/lib/dates';
import { TEST_NOW, type DbState } from '../db';
import { createSeed } from '../seed';
import type { Actor } from './context';
import { ConflictError, ForbiddenError, GoneError, InvalidError, NotFoundError } from './errors';
import {
  createRequest,
  decideRequest,
  editGrant,
  listRequests,
  patientSharedAccess,
  resendInvitation,
  revokeGrant,
  waitingCount,
  whoCanSee,
} from './shared-access';
import {
  acceptInvitation,
  careHome,
  confirmInvitationDob,
  openInvitation,
} from './shared-access-portal';
import { APPROVE_SUSAN, ownLoginThroughLink } from './test-clinic';

let store: DbState;
const staff = (role: Actor['role']): Actor => {
  const s = store.staff.find((x) => x.role === role)!;
  return { id: s.id, name: s.name, role: s.role };
};
const FRONT = () => staff('front_desk');
const PRIYA = () => staff('patient_experience');
const CARMEN = () => staff('clinic_manager');
const idOf = (name: string) =>
  store.patients.find((p) => `${p.firstName} ${p.lastName}` === name)!.id;
const warnings = (id: string) =>
  listRequests(store, FRONT(), { status: 'all' }, TEST_NOW)
    .items.find((r) => r.id === id)!
    .warnings.map((w) => w.code);

const approve = (
  over: Partial<Extract<DecideRequest, { decision: 'approve' }>> = {},
): DecideRequest => decideRequestSchema.parse({ ...APPROVE_SUSAN, ...over });

/** Ray Cole asks for Dorothy Williams' record on a paper form, resting on `legalDocument`. */
const requestFromRay = (relationship: string, legalDocument: unknown) =>
  createRequest(
    store,
    FRONT(),
    createRequestSchema.parse({
      patientId: idOf('Dorothy Williams'),
      carePartner: {
        name: 'Ray Cole',
        email: 'ray@example.com',
        phone: null,
        dateOfBirth: null,
        relationship,
      },
      route: 'paper_form',
      scope: ['appointments'],
      endsOn: null,
      legalDocument,
      phoneIntake: null,
    }),
    TEST_NOW,
  );

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
};

beforeEach(() => {
  store = createSeed(TEST_NOW);
});

describe('intake', () => {
  const valid = () => ({
    patientId: idOf('Dorothy Williams'),
    carePartner: {
      name: 'Ann Lee',
      email: 'ann@example.com',
      phone: null,
      dateOfBirth: null,
      relationship: 'friend',
    },
    route: 'in_person',
    scope: ['appointments'],
    endsOn: null,
    legalDocument: null,
    phoneIntake: null,
  });

  it('names the field and the fix for bad input', () => {
    const r = createRequestSchema.safeParse({
      ...valid(),
      scope: [],
      carePartner: { ...valid().carePartner, email: 'ann', name: ' ' },
    });
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain(
      "carePartner.email: Care partner's own email must look like name@example.com.",
    );
    expect(messages).toContain("carePartner.name: Enter care partner's name.");
    expect(messages).toContain('scope: Choose at least one category the care partner may see.');
  });

  it('asks a phone request for who took the call and how consent was heard', () => {
    const r = createRequestSchema.safeParse({ ...valid(), route: 'phone' });
    expect(r.error!.issues[0]!.message).toMatch(
      /who took the call and how the patient's consent was heard/,
    );
  });

  it('lets front desk record a request, which then waits in the queue', () => {
    const before = waitingCount(store, FRONT()).waiting;
    const r = createRequest(store, FRONT(), createRequestSchema.parse(valid()), TEST_NOW);
    expect(r.status).toBe('new');
    expect(waitingCount(store, FRONT()).waiting).toBe(before + 1);
    expect(store.audit.at(-1)!.action).toBe('Shared-access request recorded');
  });
});

describe('warnings', () => {
  it("flags Linda Brooks' email as Harold's own, and the API refuses approval until hers is entered", () => {
    expect(warnings('preq_k4f8bm2qx9ws')).toEqual(['shared_email']);
    const e = thrown(() =>
      decideRequest(
        store,
        PRIYA(),
        'preq_k4f8bm2qx9ws',
        approve({ carePartnerEmail: 'harold.brooks@example.com' }),
        TEST_NOW,
      ),
    );
    expect(e).toBeInstanceOf(InvalidError);
    const ok = decideRequest(
      store,
      PRIYA(),
      'preq_k4f8bm2qx9ws',
      approve({ carePartnerEmail: 'linda.brooks@example.com' }),
      TEST_NOW,
    );
    expect(ok.status).toBe('approved_invited');
  });

  it('flags Ethan Park (15) as adolescent; including confidential categories needs a manager and a reason', () => {
    expect(warnings('preq_v7r2nx5jd8pa')).toContain('adolescent');
    const withNotes = approve({
      carePartnerEmail: 'jennifer.park@example.com',
      scope: ['appointments', 'test_results'],
    });
    expect(
      thrown(() => decideRequest(store, PRIYA(), 'preq_v7r2nx5jd8pa', withNotes, TEST_NOW)),
    ).toBeInstanceOf(ForbiddenError);
    expect(
      thrown(() => decideRequest(store, CARMEN(), 'preq_v7r2nx5jd8pa', withNotes, TEST_NOW)),
    ).toBeInstanceOf(InvalidError);
    const r = decideRequest(
      store,
      CARMEN(),
      'preq_v7r2nx5jd8pa',
      {
        ...withNotes,
        confidentialReason: 'Ethan asked for it with his clinician.',
      } as DecideRequest,
      TEST_NOW,
    );
    expect(r.status).toBe('approved_invited');
  });

  it('flags a duplicate of an active grant and refuses a second one (409)', () => {
    const req = createRequest(
      store,
      FRONT(),
      createRequestSchema.parse({
        patientId: idOf('Thomas Wright'),
        carePartner: {
          name: 'Michael Wright',
          email: 'michael.wright@example.com',
          phone: null,
          dateOfBirth: null,
          relationship: 'adult_child',
        },
        route: 'in_person',
        scope: ['appointments'],
        endsOn: null,
        legalDocument: null,
        phoneIntake: null,
      }),
      TEST_NOW,
    );
    expect(req.warnings.map((w) => w.code)).toEqual(['duplicate_grant']);
    expect(req.warnings[0]!.grantId).toBe('grant_8mwq3kx7z2vd');
    const e = thrown(() =>
      decideRequest(
        store,
        PRIYA(),
        req.id,
        approve({ carePartnerEmail: 'michael.wright@example.com' }),
        TEST_NOW,
      ),
    );
    expect((e as ConflictError).type).toBe('duplicate-grant');
  });

  it('flags a guardian with no document, or an expired one', () => {
    const none = requestFromRay('legal_guardian', null);
    expect(none.warnings.find((w) => w.code === 'legal_document')!.title).toBe(
      'No legal document on file',
    );
    const old = requestFromRay('legal_guardian', {
      type: 'guardianship',
      signedOn: '2020-01-01',
      expiresOn: '2025-01-01',
      fileName: 'guardianship.pdf',
    });
    expect(old.warnings.find((w) => w.code === 'legal_document')!.title).toBe(
      'The legal document has expired',
    );
  });

  it('explains that a parent of an adult patient needs the patient’s consent', () => {
    const r = createRequest(
      store,
      FRONT(),
      createRequestSchema.parse({
        patientId: idOf('Dorothy Williams'),
        carePartner: {
          name: 'Old Parent',
          email: 'op@example.com',
          phone: null,
          dateOfBirth: null,
          relationship: 'parent',
        },
        route: 'in_person',
        scope: ['appointments'],
        endsOn: null,
        legalDocument: null,
        phoneIntake: null,
      }),
      TEST_NOW,
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['adult_parent']);
  });
});

describe('decisions', () => {
  it('approve invites Susan by email, records the checklist, and the request leaves the waiting count', () => {
    const before = waitingCount(store, PRIYA()).waiting;
    const r = decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    expect(r.status).toBe('approved_invited');
    expect(r.decisions[0]).toMatchObject({
      kind: 'approve',
      byName: 'Priya Shah',
      identityMethod: 'Known to staff',
    });
    expect(store.emails.at(-1)).toMatchObject({
      to: 'susan.williams@example.com',
      subject: 'Shared access invitation',
    });
    expect(waitingCount(store, PRIYA()).waiting).toBe(before - 1);
  });

  it('approval keeps the end date after today and within the legal document, as editing does', () => {
    const day = (n: number) => addDays(TEST_NOW, n).slice(0, 10);
    const req = requestFromRay('healthcare_poa', {
      type: 'power_of_attorney',
      signedOn: '2026-01-05',
      expiresOn: day(100),
      fileName: 'poa.pdf',
    });
    const decide = (endsOn: string) =>
      decideRequest(
        store,
        PRIYA(),
        req.id,
        approve({ carePartnerEmail: 'ray@example.com', endsOn, version: req.version }),
        TEST_NOW,
      );
    for (const [endsOn, message] of [
      [day(200), /cannot be after the legal document expires/],
      [day(0), /must be after today/],
    ] as const) {
      const e = thrown(() => decide(endsOn));
      expect(e).toBeInstanceOf(InvalidError);
      expect((e as InvalidError).errors.map((f) => f.field)).toEqual(['endsOn']);
      expect((e as InvalidError).errors[0]!.message).toMatch(message);
    }
    expect(store.emails.filter((m) => m.to === 'ray@example.com')).toHaveLength(0);
    expect(decide(day(50)).status).toBe('approved_invited');
  });

  it('deny records the reason and emails it to the requester', () => {
    const r = decideRequest(
      store,
      PRIYA(),
      'preq_3tq9wz6hkm4c',
      { decision: 'deny', version: 1, reason: 'Dorothy withdrew her consent.' },
      TEST_NOW,
    );
    expect(r.status).toBe('denied');
    expect(store.emails.at(-1)!.body).toContain('Reason: Dorothy withdrew her consent.');
  });

  it('needs information says what is missing, and the request keeps waiting', () => {
    const r = decideRequest(
      store,
      PRIYA(),
      'preq_3tq9wz6hkm4c',
      { decision: 'needs_information', version: 1, reason: "Susan's date of birth." },
      TEST_NOW,
    );
    expect(r.status).toBe('needs_information');
    expect(listRequests(store, PRIYA(), {}, TEST_NOW).items.map((x) => x.id)).toContain(
      'preq_3tq9wz6hkm4c',
    );
  });
});

describe('roles and concurrency', () => {
  it('front desk may record but not decide (403); only a manager revokes (403 for patient experience)', () => {
    expect(
      thrown(() => decideRequest(store, FRONT(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW)),
    ).toBeInstanceOf(ForbiddenError);
    expect(
      thrown(() =>
        revokeGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', { reason: 'Asked by Thomas' }, TEST_NOW),
      ),
    ).toBeInstanceOf(ForbiddenError);
    expect(
      revokeGrant(store, CARMEN(), 'grant_8mwq3kx7z2vd', { reason: 'Asked by Thomas' }, TEST_NOW)
        .status,
    ).toBe('revoked');
  });

  it('the second reviewer gets 409 with the request as it is now', () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    const e = thrown(() =>
      decideRequest(
        store,
        CARMEN(),
        'preq_3tq9wz6hkm4c',
        { decision: 'deny', version: 1, reason: 'Not sure.' },
        TEST_NOW,
      ),
    ) as ConflictError;
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.current).toMatchObject({ status: 'approved_invited', version: 2 });
  });
});

/** Carmen approves Jennifer Park for Ethan (15), appointments only; she confirms his birth date. */
const jenniferPastDob = () => {
  decideRequest(
    store,
    CARMEN(),
    'preq_v7r2nx5jd8pa',
    approve({ carePartnerEmail: 'jennifer.park@example.com', scope: ['appointments'] }),
    TEST_NOW,
  );
  const g = store.proxyGrants.find((x) => x.requestId === 'preq_v7r2nx5jd8pa')!;
  const dob = store.patients.find((p) => p.id === idOf('Ethan Park'))!.dateOfBirth;
  confirmInvitationDob(store, g.invitation!.token, { dateOfBirth: dob }, TEST_NOW);
  return g;
};

describe('the care partner side', () => {
  const tokenOf = () =>
    store.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!.invitation!.token;
  const dorothyDob = () =>
    store.patients.find((p) => p.id === idOf('Dorothy Williams'))!.dateOfBirth;

  it('Susan confirms the date of birth, creates her own login, and sees Dorothy’s records', async () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    confirmInvitationDob(store, tokenOf(), { dateOfBirth: dorothyDob() }, TEST_NOW);
    const home = await acceptInvitation(
      store,
      tokenOf(),
      { mode: 'register', email: 'susan.williams@example.com', password: 'Susan-2026-x' },
      TEST_NOW,
      0,
    );
    expect(home.records).toEqual([
      {
        patientFirstName: 'Dorothy',
        patientName: 'Dorothy Williams',
        scope: ['appointments', 'billing'],
        until: null,
      },
    ]);
    expect(
      whoCanSee(store, PRIYA(), idOf('Dorothy Williams'), TEST_NOW).carePartners[0],
    ).toMatchObject({ status: 'active' });
  });

  it('three wrong dates of birth void the invitation', () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    const wrong = () =>
      confirmInvitationDob(store, tokenOf(), { dateOfBirth: '1999-01-01' }, TEST_NOW);
    expect((thrown(wrong) as InvalidError).errors[0]!.message).toMatch(/2 tries left/);
    expect((thrown(wrong) as InvalidError).errors[0]!.message).toMatch(/1 try left/);
    expect(thrown(wrong)).toBeInstanceOf(GoneError);
    expect(openInvitation(store, tokenOf(), TEST_NOW).state).toBe('void');
    expect(
      thrown(() => confirmInvitationDob(store, tokenOf(), { dateOfBirth: dorothyDob() }, TEST_NOW)),
    ).toBeInstanceOf(GoneError);
  });

  it('an invitation expires after 5 days and staff can send it again', () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    const first = tokenOf();
    const later = addDays(TEST_NOW, 6);
    expect(openInvitation(store, first, later).state).toBe('expired');
    const grant = store.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!;
    expect(resendInvitation(store, PRIYA(), grant.id, later).status).toBe('invited');
    expect(tokenOf()).not.toBe(first);
    expect(openInvitation(store, tokenOf(), later).state).toBe('valid');
    expect(store.emails.filter((m) => m.subject === 'Shared access invitation')).toHaveLength(2);
  });

  it('a revoked grant disappears from Michael’s home at once', async () => {
    const creds = { email: 'michael.wright@example.com', password: 'Portal-demo-3' };
    expect((await careHome(store, creds, TEST_NOW, 0)).records.map((r) => r.patientName)).toEqual([
      'Thomas Wright',
    ]);
    revokeGrant(store, CARMEN(), 'grant_8mwq3kx7z2vd', { reason: 'Thomas asked' }, TEST_NOW);
    expect((await careHome(store, creds, TEST_NOW, 0)).records).toEqual([]);
  });

  it('a grant past its end date shows as ended and no longer works', async () => {
    store.proxyGrants[0]!.until = '2026-11-01';
    expect(
      (
        await careHome(
          store,
          { email: 'michael.wright@example.com', password: 'Portal-demo-3' },
          TEST_NOW,
          0,
        )
      ).records,
    ).toEqual([]);
  });
});

describe('editing a grant', () => {
  const edit = (over: Record<string, unknown> = {}) =>
    editGrantSchema.parse({
      version: 1,
      scope: ['appointments', 'billing'],
      until: '2027-03-31',
      confidentialReason: null,
      ...over,
    });
  const michael = () => store.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!;

  /**
   * Jennifer Park's accepted grant to Ethan (15), approved by Carmen with appointments only.
   * Jennifer is a patient too: her login comes from her own link, then she logs in to accept.
   */
  const ethanGrant = async () => {
    const g = jenniferPastDob();
    await ownLoginThroughLink(store, FRONT(), 'Jennifer Park', 'Jennifer-2026-x', TEST_NOW);
    await acceptInvitation(
      store,
      g.invitation!.token,
      { mode: 'login', email: 'jennifer.park@example.com', password: 'Jennifer-2026-x' },
      TEST_NOW,
      0,
    );
    return g;
  };

  it("narrows Michael's scope and sets an end date; the audit shows old → new", async () => {
    const g = editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit(), TEST_NOW);
    expect(g).toMatchObject({
      scope: ['appointments', 'billing'],
      until: '2027-03-31',
      status: 'active',
      version: 2,
    });
    expect(whoCanSee(store, FRONT(), idOf('Thomas Wright'), TEST_NOW).carePartners[0]).toEqual(g);
    const home = await careHome(
      store,
      { email: 'michael.wright@example.com', password: 'Portal-demo-3' },
      TEST_NOW,
      0,
    );
    expect(home.records[0]).toMatchObject({
      scope: ['appointments', 'billing'],
      until: '2027-03-31',
    });
    expect(store.audit.at(-1)).toMatchObject({
      action: 'Shared access changed',
      actorName: 'Priya Shah',
      actorRole: 'patient_experience',
      patientId: idOf('Thomas Wright'),
    });
    expect(store.audit.at(-1)!.details).toBe(
      'Michael Wright: scope Appointments, Visit notes and summaries, Test results, Medications and refill requests, Messaging the care team, Billing and payments, Documents and forms → Appointments, Billing and payments; no end date → until 2027-03-31.',
    );
  });

  it('refuses front desk with the table’s reason (403), and an unknown grant (404)', () => {
    const e = thrown(() => editGrant(store, FRONT(), 'grant_8mwq3kx7z2vd', edit(), TEST_NOW));
    expect(e).toBeInstanceOf(ForbiddenError);
    expect((e as ForbiddenError).detail).toBe(deniedReason('proxy.editGrant'));
    expect(thrown(() => editGrant(store, CARMEN(), 'grant_nobody', edit(), TEST_NOW))).toEqual(
      new NotFoundError('grant'),
    );
    expect(michael().scope).toHaveLength(7);
  });

  it('answers a stale version with 409 and the grant as it is now', () => {
    editGrant(store, CARMEN(), 'grant_8mwq3kx7z2vd', edit({ scope: ['appointments'] }), TEST_NOW);
    const e = thrown(() =>
      editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit({ until: null }), TEST_NOW),
    ) as ConflictError;
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.type).toBe('stale-version');
    expect(e.current).toMatchObject({ scope: ['appointments'], until: '2027-03-31', version: 2 });
  });

  it('answers 409 once the grant is revoked, and revoking bumps its version', () => {
    revokeGrant(store, CARMEN(), 'grant_8mwq3kx7z2vd', { reason: 'Thomas asked' }, TEST_NOW);
    expect(michael().version).toBe(2);
    const e = thrown(() =>
      editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit({ version: 2 }), TEST_NOW),
    ) as ConflictError;
    expect(e.type).toBe('grant-not-active');
    expect(e.current).toMatchObject({ status: 'revoked' });
  });

  it('changes an invitation not yet accepted too, but not one that expired', () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    const susan = store.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!;
    const g = editGrant(store, PRIYA(), susan.id, edit({ scope: ['appointments'] }), TEST_NOW);
    expect(g).toMatchObject({ status: 'invited', scope: ['appointments'], version: 2 });
    const later = addDays(TEST_NOW, 6);
    const e = thrown(() =>
      editGrant(store, PRIYA(), susan.id, edit({ version: 2, until: null }), later),
    ) as ConflictError;
    expect(e.type).toBe('grant-not-active');
    expect(e.detail).toBe(
      "Susan Williams's shared access is no longer active: its status is Invitation expired. Send the invitation again first.",
    );
  });

  it('needs an end date after today, and not after the legal document expires', () => {
    const today = TEST_NOW.slice(0, 10);
    const e = thrown(() =>
      editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit({ until: today }), TEST_NOW),
    ) as InvalidError;
    expect(e.errors).toEqual([{ field: 'until', message: 'The end date must be after today.' }]);
    michael().legalDocument = {
      type: 'power_of_attorney',
      signedOn: '2025-01-02',
      expiresOn: '2027-01-31',
      fileName: 'poa.pdf',
    };
    expect(
      (
        thrown(() =>
          editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit(), TEST_NOW),
        ) as InvalidError
      ).errors,
    ).toEqual([
      {
        field: 'until',
        message: 'The end date cannot be after the legal document expires (Jan 31, 2027).',
      },
    ]);
    expect(
      editGrant(store, PRIYA(), 'grant_8mwq3kx7z2vd', edit({ until: '2027-01-31' }), TEST_NOW)
        .until,
    ).toBe('2027-01-31');
  });

  it('for Ethan (15), adding a confidential category needs a clinic manager and a reason', async () => {
    const g = await ethanGrant();
    const withNotes = edit({ version: g.version, scope: ['appointments', 'visit_notes'] });
    const e = thrown(() => editGrant(store, PRIYA(), g.id, withNotes, TEST_NOW));
    expect(e).toBeInstanceOf(ForbiddenError);
    expect((e as ForbiddenError).action).toBe('proxy.includeConfidentialForMinor');
    expect(
      (thrown(() => editGrant(store, CARMEN(), g.id, withNotes, TEST_NOW)) as InvalidError).errors,
    ).toEqual([
      {
        field: 'confidentialReason',
        message: 'Give the reason for including confidential categories.',
      },
    ]);
    const saved = editGrant(
      store,
      CARMEN(),
      g.id,
      { ...withNotes, confidentialReason: 'Ethan asked for it with his clinician.' },
      TEST_NOW,
    );
    expect(saved.scope).toEqual(['appointments', 'visit_notes']);
    expect(store.audit.at(-1)!.details).toMatch(
      /Confidential categories included: Ethan asked for it with his clinician\.$/,
    );
    // Keeping what a manager included, or taking it out, needs nobody.
    const narrowed = editGrant(
      store,
      PRIYA(),
      g.id,
      edit({ version: saved.version, scope: ['visit_notes'] }),
      TEST_NOW,
    );
    expect(narrowed.scope).toEqual(['visit_notes']);
  });

  it('changes nothing, and writes no event, when nothing was changed', () => {
    const before = store.audit.length;
    const same = editGrant(
      store,
      PRIYA(),
      'grant_8mwq3kx7z2vd',
      edit({ scope: [...michael().scope].reverse(), until: null }),
      TEST_NOW,
    );
    expect(same.version).toBe(1);
    expect(store.audit).toHaveLength(before);
  });

  it('tells the Shared Access tab the patient’s age for the adolescent rule', () => {
    expect(patientSharedAccess(store, FRONT(), idOf('Ethan Park'), TEST_NOW).patientAge).toBe(15);
  });
});

describe('an invitation is accepted only by the care partner’s own login', () => {
  const tokenOf = () =>
    store.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!.invitation!.token;
  const grant = () => store.proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!;
  const refusals = () =>
    store.audit
      .filter((a) => a.action === 'Shared access acceptance refused')
      .map((a) => a.details);
  /** Susan's invitation to Dorothy's record, approved and past the date of birth. */
  const invited = () => {
    decideRequest(store, PRIYA(), 'preq_3tq9wz6hkm4c', approve(), TEST_NOW);
    const dob = store.patients.find((p) => p.id === idOf('Dorothy Williams'))!.dateOfBirth;
    confirmInvitationDob(store, tokenOf(), { dateOfBirth: dob }, TEST_NOW);
  };
  const accept = (body: Parameters<typeof acceptInvitation>[2]) =>
    acceptInvitation(store, tokenOf(), body, TEST_NOW, 0);

  it('refuses the patient’s own login in log-in mode, and the invitation still works', async () => {
    invited();
    await ownLoginThroughLink(store, FRONT(), 'Dorothy Williams', 'Dorothy-own-1', TEST_NOW);
    const dorothy = { email: 'dorothy.williams@example.com', password: 'Dorothy-own-1' };
    const e = await accept({ mode: 'login', ...dorothy }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidError);
    expect((e as InvalidError).errors).toEqual([
      {
        field: 'email',
        message:
          'This is Dorothy’s own login. Use your own email and your own login, not Dorothy’s.',
      },
    ]);
    // Also when her email on file has changed since: her login holds her record.
    store.patients.find((p) => p.id === idOf('Dorothy Williams'))!.email = 'dorothy@example.org';
    await expect(accept({ mode: 'login', ...dorothy })).rejects.toThrow(
      'You cannot use Dorothy’s login',
    );
    expect(refusals()).toEqual([
      "Susan Williams tried to accept with dorothy.williams@example.com: the patient's own email.",
      "Susan Williams tried to accept with dorothy.williams@example.com: the patient's own portal login.",
    ]);
    expect(grant()).toMatchObject({ status: 'invited', accountId: null });
    expect(openInvitation(store, tokenOf(), TEST_NOW).state).toBe('valid');
  });

  it('refuses the patient’s own email when registering', async () => {
    invited();
    const e = await accept({
      mode: 'register',
      email: 'Dorothy.Williams@example.com',
      password: 'Susan-2026-x',
    }).catch((x: unknown) => x);
    expect((e as InvalidError).type).toBe('patients-own-login');
    expect(refusals()).toHaveLength(1);
  });

  it('registers only the invited email: another patient’s email is refused and stays free for them', async () => {
    invited();
    const e = await accept({
      mode: 'register',
      email: 'robert.chen@example.com',
      password: 'Squat-2026-x',
    }).catch((x: unknown) => x);
    expect((e as InvalidError).errors).toEqual([
      {
        field: 'email',
        message:
          'Use susan.williams@example.com, the email this invitation was sent to. To use a different email, ask the clinic to send the invitation to that email.',
      },
    ]);
    expect(store.accounts.some((a) => a.email === 'robert.chen@example.com')).toBe(false);
    expect(refusals()).toEqual([
      'Susan Williams tried to accept with robert.chen@example.com: a new login may only use the invited email, susan.williams@example.com.',
    ]);
    // Robert's own link still makes his login.
    await ownLoginThroughLink(store, FRONT(), 'Robert Chen', 'Robert-own-1', TEST_NOW);
    expect(store.accounts.filter((a) => a.email === 'robert.chen@example.com')).toHaveLength(1);
  });

  it('a care partner who is a patient starts with their own link, then logs in to accept', async () => {
    const token = jenniferPastDob().invitation!.token;
    const jennifer = { email: 'jennifer.park@example.com', password: 'Jennifer-2026-x' };
    const e = await acceptInvitation(
      store,
      token,
      { mode: 'register', ...jennifer },
      TEST_NOW,
      0,
    ).catch((x: unknown) => x);
    expect(e).toMatchObject({ type: 'email-of-a-patient', title: 'Start with your own record' });
    expect(store.accounts.some((a) => a.email === jennifer.email)).toBe(false);

    await ownLoginThroughLink(store, FRONT(), 'Jennifer Park', jennifer.password, TEST_NOW);
    const home = await acceptInvitation(store, token, { mode: 'login', ...jennifer }, TEST_NOW, 0);
    expect(home.records.map((r) => r.patientName)).toEqual(['Ethan Park']);
  });

  it('stores a new login’s password only as a salted hash', async () => {
    invited();
    await accept({
      mode: 'register',
      email: 'susan.williams@example.com',
      password: 'Susan-2026-x',
    });
    await ownLoginThroughLink(store, FRONT(), 'Robert Chen', 'Susan-2026-x', TEST_NOW);
    const [susan, robert] = ['susan.williams@example.com', 'robert.chen@example.com'].map((email) =>
      store.accounts.find((a) => a.email === email)!,
    );
    expect(susan!.passwordHash).toMatch(/^pbkdf2-sha256\$\d+\$[\w+/=]+\$[\w+/=]+$/);
    expect(JSON.stringify(store)).not.toContain('Susan-2026-x');
    // The same password, another salt: another hash.
    expect(robert!.passwordHash).not.toBe(susan!.passwordHash);
    expect(
      (await careHome(store, { email: susan!.email, password: 'Susan-2026-x' }, TEST_NOW, 0))
        .records,
    ).toHaveLength(1);
  });
});
