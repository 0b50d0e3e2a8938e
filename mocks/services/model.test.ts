import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestAccessCode, revokeAccess, sendAccessLink } from './access-code';
import { commitEither } from './commit';
import type { Actor, Store } from './context';
import { DomainError, TooManyTriesError } from './errors';
import {
  addLinkingRecords,
  reviewLinkingEmails,
  sendLinkingLinks,
  startLinkingRequest,
} from './family-linking';
import { resendLinkingLink, revokeLinkingRecord } from './family-linking-tracking';
import { logInToPortal, registerThroughLink } from './portal';
import { signIn } from './session';
import { decideRequest, resendInvitation } from './shared-access';
import { acceptInvitation, confirmInvitationDob } from './shared-access-portal';
import { APPROVE_SUSAN, idOf, testClinic } from './test-clinic';
import { triesOf } from './tries';
import { TRY_LIMITS } from '../../src/lib/try-limits';

/*
 * Model-based tests of the services: random sequences of staff and portal actions, with a restart
 * (the saved copy loaded again) possible between any two, checked against the rules that no
 * example test spells out. `--runs` and `--seed` (MODEL_RUNS, MODEL_SEED) lengthen or replay a run:
 *   npm run test:model -- --runs 10000
 *   npm run test:model -- --seed -123456   (a failure prints its seed)
 */

const RUNS = Number(process.env.MODEL_RUNS ?? 100);
// A fixed seed by default: CI tries the same sequences every run, so it never fails by chance.
const SEED = Number(process.env.MODEL_SEED ?? 20261205);
const PATIENTS = ['Robert Chen', 'Grace Lee', "James O'Brien"] as const;
type Name = (typeof PATIENTS)[number];
const DAY_MS = 86_400_000;

/** The clinic as the demo runs it: every request committed and saved, whatever its answer. */
class Clinic {
  live: Store;
  saved: Store;
  now: string;
  nowMs = 0;
  readonly staff: Actor;
  readonly manager: Actor;
  readonly priya: Actor;
  /** Maria Garcia's family linking, started with no records. */
  readonly linking: string;
  constructor() {
    const { store, now, as } = testClinic();
    this.live = store;
    this.now = now;
    this.staff = as('front_desk');
    this.manager = as('clinic_manager');
    this.priya = as('patient_experience');
    const maria = idOf(store, 'Maria Garcia');
    this.linking = startLinkingRequest(store, this.priya, { holderPatientId: maria }, now).id;
    this.saved = structuredClone(store);
  }
  /** One request: its answer, or the refusal it got. */
  async request<T>(work: (s: Store) => T | Promise<T>): Promise<T | DomainError> {
    try {
      return await commitEither(
        () => work(this.live),
        () => {
          this.saved = structuredClone(this.live);
          return Promise.resolve();
        },
      );
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
  }
  restart() {
    this.live = structuredClone(this.saved);
  }
  id(name: Name) {
    return idOf(this.live, name);
  }
  codesOf(name: Name) {
    const id = this.id(name);
    return this.live.codes.filter((c) => c.patientId === id);
  }
}

/** What the model remembers between steps: only what the rules are checked against. */
interface Model {
  /** Per link, the most wrong codes it has been seen to count (a counter never goes back). */
  counted: Map<string, number>;
  /** Per account tried (staff or portal), failed passwords in a row last seen counted. */
  passwordFailures: Map<string, number>;
}

/** Audit entries of one kind so far: a change is audited once, counted by its action. */
const audited = (c: Clinic, action: string) =>
  c.live.audit.filter((a) => a.action === action).length;

const failures = (c: Clinic, token: string) => c.live.tries[`link:${token}`]?.failures ?? 0;
const works = (c: Clinic, code: Clinic['live']['codes'][number]) =>
  !code.revokedAt && !code.redeemedAt && !code.lockedAt && c.now < code.expiresAt;

type Cmd = fc.AsyncCommand<Model, Clinic>;

/** The checks after every step. */
function invariants(m: Model, c: Clinic) {
  expect(c.live, 'the saved copy equals the live clinic').toEqual(c.saved);
  everyLiveItemRevocable(c);
  for (const [token, seen] of m.counted) {
    const now = failures(c, token);
    // A success clears the count; nothing else may lower it.
    const cleared = c.live.codes.find((x) => x.linkToken === token)?.redeemedAt;
    if (!cleared) expect(now, `wrong codes counted on link ${token}`).toBeGreaterThanOrEqual(seen);
    m.counted.set(token, now);
  }
  // Only a right password clears a count (its command resets the model first).
  for (const [key, seen] of m.passwordFailures) {
    const now = c.live.tries[key]?.failures ?? 0;
    expect(now, `failed passwords counted for ${key}`).toBeGreaterThanOrEqual(seen);
    m.passwordFailures.set(key, now);
  }
}

class IssueCode implements Cmd {
  constructor(readonly who: Name) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const audit = audited(c, 'Access code requested');
    const answer = await c.request((s) =>
      requestAccessCode(s, c.staff, { patientId: c.id(this.who), confirmReplace: true }, c.now),
    );
    expect(audited(c, 'Access code requested') - audit, 'a code issued is audited once').toBe(
      answer instanceof DomainError ? 0 : 1,
    );
    invariants(m, c);
  }
  toString = () => `IssueCode(${this.who})`;
}

class SendLink implements Cmd {
  /** `twice`: the same send pressed again at once, from another tab or a double press. */
  constructor(
    readonly who: Name,
    readonly twice: boolean,
  ) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const emails = c.live.emails.length;
    const sent = audited(c, 'Access link sent');
    const p = c.live.patients.find((x) => x.id === c.id(this.who))!;
    const body = {
      patientId: p.id,
      email: p.email!,
      confirmedWithPatient: true as const,
      version: p.version,
      issueCodeIfNone: true,
    };
    const first = await c.request((s) => sendAccessLink(s, c.staff, body, c.now));
    if (this.twice) await c.request((s) => sendAccessLink(s, c.staff, body, c.now));
    const once = !(first instanceof DomainError) && first.alreadySentAt === null ? 1 : 0;
    expect(c.live.emails.length - emails, 'one email per intent').toBe(once);
    expect(audited(c, 'Access link sent') - sent, 'a link sent is audited once').toBe(once);
    invariants(m, c);
  }
  toString = () => `SendLink(${this.who}${this.twice ? ', twice' : ''})`;
}

class Revoke implements Cmd {
  constructor(readonly who: Name) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const audit = audited(c, 'Access revoked');
    const answer = await c.request((s) =>
      revokeAccess(s, c.manager, { patientId: c.id(this.who), reason: 'wrong_person' }, c.now),
    );
    expect(audited(c, 'Access revoked') - audit, 'a revoke is audited once').toBe(
      answer instanceof DomainError ? 0 : 1,
    );
    if (!(answer instanceof DomainError)) {
      expect(
        c.codesOf(this.who).filter((x) => works(c, x)),
        'no link works after a revoke',
      ).toEqual([]);
    }
    invariants(m, c);
  }
  toString = () => `Revoke(${this.who})`;
}

/** The patient opens a link (the newest, or an older one) and types a code, right or wrong. */
class Redeem implements Cmd {
  constructor(
    readonly who: Name,
    readonly which: number,
    readonly right: boolean,
  ) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const codes = c.codesOf(this.who).sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1));
    const code = codes[Math.min(this.which, codes.length - 1)];
    if (!code) return;
    const worked = works(c, code);
    const answer = await c.request((s) =>
      registerThroughLink(
        s,
        {
          token: code.linkToken,
          code: this.right ? code.code : 'WRONG234',
          password: 'Model-test-2026',
        },
        c.now,
        c.nowMs,
      ),
    );
    if (!worked)
      expect(answer, 'a revoked, used or expired link never works').toBeInstanceOf(DomainError);
    if (!this.right) {
      expect(answer).toBeInstanceOf(DomainError);
      if (!m.counted.has(code.linkToken)) m.counted.set(code.linkToken, 0);
    }
    invariants(m, c);
  }
  toString = () =>
    `Redeem(${this.who}, link ${this.which}, ${this.right ? 'right' : 'wrong'} code)`;
}

/**
 * A log-in with a right or wrong password: Maria Garcia at the portal home, or the front desk
 * signing in. A wrong password never signs in and is counted and audited once; after the free
 * failures every try waits, and a try during the wait is refused unchecked (and audited once).
 */
class LogIn implements Cmd {
  /** `times`: the same try made that many times in a row, as a guesser or a stuck key would. */
  constructor(
    readonly where: 'portal' | 'staff',
    readonly right: boolean,
    readonly times = 1,
  ) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    for (let i = 0; i < this.times; i += 1) await this.once(m, c);
  }
  async once(m: Model, c: Clinic) {
    const portal = this.where === 'portal';
    const email = portal ? 'maria.garcia@example.com' : 'frontdesk@clinic.example';
    const password = this.right ? (portal ? 'Portal-demo-1' : 'demo') : 'Not-the-password-1';
    const key = portal ? triesOf.portalAccount(email) : triesOf.staffSignIn(email);
    const failed = portal ? 'Portal log-in failed' : 'Sign-in failed';
    const refused = portal
      ? 'Portal log-in refused: too many tries'
      : 'Sign-in refused: too many tries';
    const before = c.live.tries[key] ?? { failures: 0, waitUntil: 0 };
    const audits = { failed: audited(c, failed), refused: audited(c, refused) };
    const token = `model-session-${c.live.audit.length}`;
    const answer = await c.request<unknown>((s) =>
      portal
        ? logInToPortal(s, { email, password }, c.now, c.nowMs)
        : signIn(s, { email, password }, token, null, c.nowMs),
    );
    const after = c.live.tries[key]?.failures ?? 0;
    const newAudits = {
      failed: audited(c, failed) - audits.failed,
      refused: audited(c, refused) - audits.refused,
    };
    if (!portal && answer instanceof DomainError)
      expect(c.live.sessions[token], 'no session without the right password').toBeUndefined();
    if (before.waitUntil > c.nowMs) {
      expect(answer, 'a try during the wait is refused').toBeInstanceOf(TooManyTriesError);
      expect(after, 'a refused try is not checked, so not counted').toBe(before.failures);
      expect(newAudits, 'a refused try is audited once').toEqual({ failed: 0, refused: 1 });
    } else if (!this.right) {
      expect(answer, 'a wrong password never signs in').toBeInstanceOf(DomainError);
      expect(after, 'a wrong password is counted').toBe(before.failures + 1);
      expect(newAudits, 'a wrong password is audited once').toEqual({ failed: 1, refused: 0 });
      if (after >= TRY_LIMITS.freeFailures) {
        expect(answer, 'after the free failures, a wait').toBeInstanceOf(TooManyTriesError);
        expect(c.live.tries[key]!.waitUntil, 'the wait is kept').toBeGreaterThan(c.nowMs);
      }
    } else {
      expect(answer, 'the right password signs in').not.toBeInstanceOf(DomainError);
      expect(after, 'a success clears the count').toBe(0);
      expect(newAudits).toEqual({ failed: 0, refused: 0 });
      m.passwordFailures.set(key, 0);
    }
    if (!m.passwordFailures.has(key)) m.passwordFailures.set(key, after);
    invariants(m, c);
  }
  toString = () =>
    `LogIn(${this.where}, ${this.right ? 'right' : 'wrong'} password${this.times > 1 ? ` ×${this.times}` : ''})`;
}

const CHILDREN = ['Lucas Garcia', 'Mateo Garcia'] as const;
type Child = (typeof CHILDREN)[number];
const itemsOf = (c: Clinic) => c.live.linkingRequests.find((r) => r.id === c.linking)!.items;
/** The child's item still in play (not revoked), if any. */
const liveItem = (c: Clinic, child: Child) => {
  const id = idOf(c.live, child);
  return itemsOf(c).find((i) => i.patientId === id && !i.revokedAt);
};

/** Every record still in play in the linking can be taken out: tried on a copy. */
function everyLiveItemRevocable(c: Clinic) {
  for (const item of itemsOf(c).filter((i) => !i.revokedAt && i.codeId && !i.alreadyLinked)) {
    const copy = structuredClone(c.live);
    const input = { id: c.linking, itemId: item.id, reason: 'Model check' };
    expect(
      () => revokeLinkingRecord(copy, c.priya, input, c.now),
      `revoke ${item.id}`,
    ).not.toThrow();
  }
}

/** Patient experience adds a child to Maria's linking (again, after a revoke). */
class LinkAdd implements Cmd {
  constructor(readonly child: Child) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const patientId = idOf(c.live, this.child);
    const audit = audited(c, 'Added to family linking');
    const items = itemsOf(c).length;
    await c.request((s) =>
      addLinkingRecords(
        s,
        c.priya,
        { id: c.linking, records: [{ patientId, reason: null, override: null }] },
        c.now,
      ),
    );
    // A record already in the request is not added again, nor audited again.
    expect(audited(c, 'Added to family linking') - audit, 'a record added is audited once').toBe(
      itemsOf(c).length - items,
    );
    invariants(m, c);
  }
  toString = () => `LinkAdd(${this.child})`;
}

/** The emails step confirmed, then every unsent link sent. */
class LinkSend implements Cmd {
  check = () => true;
  async run(m: Model, c: Clinic) {
    const changes = itemsOf(c)
      .filter((i) => !i.revokedAt)
      .map((i) => {
        const p = c.live.patients.find((x) => x.id === i.patientId)!;
        return { patientId: p.id, version: p.version };
      });
    await c.request((s) => reviewLinkingEmails(s, c.priya, { id: c.linking, changes }, c.now));
    const emails = c.live.emails.length;
    const sent = audited(c, 'Access link sent');
    const unsent = itemsOf(c).filter((i) => !i.revokedAt && !i.codeId && !i.alreadyLinked).length;
    const answer = await c.request((s) => sendLinkingLinks(s, c.priya, { id: c.linking }, c.now));
    const expected = answer instanceof DomainError ? 0 : unsent;
    expect(c.live.emails.length - emails, 'one email per record sent').toBe(expected);
    expect(audited(c, 'Access link sent') - sent, 'each link sent is audited once').toBe(expected);
    invariants(m, c);
  }
  toString = () => 'LinkSend';
}

class LinkRevoke implements Cmd {
  constructor(readonly child: Child) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const item = liveItem(c, this.child);
    if (item) {
      // Before the send this is how a record is removed from the request; after it, a revoke.
      const input = { id: c.linking, itemId: item.id, reason: 'Sent too early' };
      const audit = audited(c, 'Removed from family linking');
      const answer = await c.request((s) => revokeLinkingRecord(s, c.priya, input, c.now));
      expect(audited(c, 'Removed from family linking') - audit, 'a removal is audited once').toBe(
        answer instanceof DomainError ? 0 : 1,
      );
    }
    invariants(m, c);
  }
  toString = () => `LinkRevoke(${this.child})`;
}

class LinkResend implements Cmd {
  constructor(readonly child: Child) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    const item = liveItem(c, this.child);
    if (item) {
      const email = c.live.accounts.find(
        (a) => a.id === c.live.linkingRequests.find((r) => r.id === c.linking)!.accountId,
      )!.email;
      const p = c.live.patients.find((x) => x.id === item.patientId)!;
      const input = {
        id: c.linking,
        itemId: item.id,
        email,
        confirmedWithPatient: true as const,
        version: p.version,
      };
      const sent = audited(c, 'Access link sent');
      const answer = await c.request((s) => resendLinkingLink(s, c.priya, input, c.now));
      expect(audited(c, 'Access link sent') - sent, 'a link sent again is audited once').toBe(
        answer instanceof DomainError ? 0 : 1,
      );
    }
    invariants(m, c);
  }
  toString = () => `LinkResend(${this.child})`;
}

class Advance implements Cmd {
  constructor(
    readonly days: number,
    readonly seconds: number,
  ) {}
  check = () => true;
  async run(m: Model, c: Clinic) {
    c.now = new Date(Date.parse(c.now) + this.days * DAY_MS).toISOString();
    c.nowMs += this.seconds * 1000;
    await Promise.resolve();
    invariants(m, c);
  }
  toString = () => `Advance(${this.days} d, ${this.seconds} s)`;
}

class Restart implements Cmd {
  check = () => true;
  async run(m: Model, c: Clinic) {
    c.restart();
    await Promise.resolve();
    invariants(m, c);
  }
  toString = () => 'Restart';
}

const who = fc.constantFrom(...PATIENTS);
const COMMANDS: fc.Arbitrary<Cmd>[] = [
  who.map((w) => new IssueCode(w)),
  fc.tuple(who, fc.boolean()).map(([w, t]) => new SendLink(w, t)),
  who.map((w) => new Revoke(w)),
  fc.tuple(who, fc.nat(2), fc.boolean()).map(([w, i, r]) => new Redeem(w, i, r)),
  fc.tuple(who, fc.nat(2)).map(([w, i]) => new Redeem(w, i, false)),
  fc.tuple(fc.nat(3), fc.constantFrom(0, 31, 3600)).map(([d, s]) => new Advance(d, s)),
  fc.constant(new Restart()),
  // Wrong passwords twice as often as right ones.
  fc
    .tuple(
      fc.constantFrom<'portal' | 'staff'>('portal', 'staff'),
      fc.constantFrom(true, false, false),
    )
    .map(([w, r]) => new LogIn(w, r)),
  // Wrong passwords several in a row, so the free failures run out within a run.
  fc
    .tuple(fc.constantFrom<'portal' | 'staff'>('portal', 'staff'), fc.integer({ min: 2, max: 6 }))
    .map(([w, n]) => new LogIn(w, false, n)),
];
/** Family linking on its own: its bugs need several of its steps in a row, before any send. */
const LINKING: fc.Arbitrary<Cmd>[] = [
  fc.constantFrom(...CHILDREN).map((k) => new LinkAdd(k)),
  fc.constant(new LinkSend()),
  fc.constantFrom(...CHILDREN).map((k) => new LinkRevoke(k)),
  fc.constantFrom(...CHILDREN).map((k) => new LinkResend(k)),
  fc.constant(new Restart()),
];

/*
 * Shared access: Susan Williams' waiting request for Dorothy Williams' record, decided, its
 * invitation sent again, its date-of-birth check and its acceptance, in any order.
 */
const SUSAN_REQUEST = 'preq_v7r2nx5jd8pa';
const susanGrants = (c: Clinic) => c.live.proxyGrants.filter((g) => g.requestId === SUSAN_REQUEST);
/** The invitation Susan's newest email carries, if any was sent. */
const newestInvitation = (c: Clinic) =>
  susanGrants(c)
    .map((g) => g.invitation)
    .filter((i) => i !== null)
    .at(-1) ?? null;

interface SharedModel extends Model {
  /** Tokens of invitations sent again: the earlier link never works. */
  dead: Set<string>;
  /** Per invitation, the most wrong dates of birth seen counted. */
  wrongDob: Map<string, number>;
}

function sharedInvariants(m: SharedModel, c: Clinic) {
  invariants(m, c);
  for (const g of susanGrants(c)) {
    const inv = g.invitation;
    if (!inv) continue;
    const seen = m.wrongDob.get(inv.token) ?? 0;
    expect(inv.wrongDobTries, 'wrong dates of birth counted').toBeGreaterThanOrEqual(seen);
    m.wrongDob.set(inv.token, inv.wrongDobTries);
  }
  expect(
    susanGrants(c).filter((g) => g.status !== 'revoked').length,
    'one live grant per request',
  ).toBeLessThanOrEqual(1);
}

class Decide implements fc.AsyncCommand<SharedModel, Clinic> {
  /** `twice`: the same decision sent again at once (a double press, or a second tab). */
  constructor(
    readonly decision: 'approve' | 'deny',
    readonly twice: boolean,
  ) {}
  check = () => true;
  async run(m: SharedModel, c: Clinic) {
    const r = c.live.proxyRequests.find((x) => x.id === SUSAN_REQUEST)!;
    const input =
      this.decision === 'approve'
        ? { ...APPROVE_SUSAN, version: r.version }
        : { decision: 'deny' as const, version: r.version, reason: 'Patient said no' };
    const emails = c.live.emails.length;
    const action = this.decision === 'approve' ? 'Shared access approved' : 'Shared access denied';
    const audit = audited(c, action);
    const first = await c.request((s) => decideRequest(s, c.priya, SUSAN_REQUEST, input, c.now));
    const afterFirst = { emails: c.live.emails.length, audit: audited(c, action) };
    if (first instanceof DomainError) {
      expect(afterFirst.emails - emails, 'a refused decision sends nothing').toBe(0);
    } else {
      expect(afterFirst.audit - audit, 'a decision is audited once').toBe(1);
      expect(
        afterFirst.emails - emails,
        'one email per decision: the invitation, or the denial',
      ).toBe(1);
    }
    if (this.twice) {
      const grants = c.live.proxyGrants.length;
      const again = await c.request((s) => decideRequest(s, c.priya, SUSAN_REQUEST, input, c.now));
      expect(again, 'the same decision twice is refused the second time').toBeInstanceOf(
        DomainError,
      );
      expect(c.live.emails.length, 'no second email for one intent').toBe(afterFirst.emails);
      expect(c.live.proxyGrants.length, 'no second grant for one intent').toBe(grants);
      expect(audited(c, action), 'no second audit entry for one intent').toBe(afterFirst.audit);
    }
    sharedInvariants(m, c);
  }
  toString = () => `Decide(${this.decision}${this.twice ? ', twice' : ''})`;
}

class ResendInvitation implements fc.AsyncCommand<SharedModel, Clinic> {
  check = () => true;
  async run(m: SharedModel, c: Clinic) {
    const g = susanGrants(c).find((x) => x.status === 'invited');
    const before = g?.invitation?.token;
    const emails = c.live.emails.length;
    const audit = audited(c, 'Shared access invitation resent');
    const answer = g ? await c.request((s) => resendInvitation(s, c.priya, g.id, c.now)) : null;
    if (g && before && answer !== null && !(answer instanceof DomainError)) {
      expect(c.live.emails.length - emails, 'one email per resend').toBe(1);
      expect(audited(c, 'Shared access invitation resent') - audit, 'audited once').toBe(1);
      m.dead.add(before);
    }
    sharedInvariants(m, c);
  }
  toString = () => 'ResendInvitation';
}

/** Susan types Dorothy's date of birth on the newest invitation, or on an older one. */
class Dob implements fc.AsyncCommand<SharedModel, Clinic> {
  constructor(
    readonly right: boolean,
    readonly onOldLink: boolean,
  ) {}
  check = () => true;
  async run(m: SharedModel, c: Clinic) {
    const token = this.onOldLink ? [...m.dead].at(-1) : newestInvitation(c)?.token;
    if (token) {
      const grant = c.live.proxyGrants.find((g) => g.invitation?.token === token);
      const patient = c.live.patients.find((p) => p.id === grant?.patientId);
      const dateOfBirth = this.right && patient ? patient.dateOfBirth : '1900-01-01';
      const inv = grant?.invitation;
      const usable = inv && !inv.voidedAt && !inv.acceptedAt && c.now < inv.expiresAt;
      const answer = await c.request((s) => confirmInvitationDob(s, token, { dateOfBirth }, c.now));
      if (m.dead.has(token) || !usable)
        expect(answer, 'a dead, void, used or expired invitation never works').toBeInstanceOf(
          DomainError,
        );
      else if (!this.right) expect(answer).toBeInstanceOf(DomainError);
    }
    sharedInvariants(m, c);
  }
  toString = () => `Dob(${this.right ? 'right' : 'wrong'}${this.onOldLink ? ', old link' : ''})`;
}

class Accept implements fc.AsyncCommand<SharedModel, Clinic> {
  check = () => true;
  async run(m: SharedModel, c: Clinic) {
    const inv = newestInvitation(c);
    if (inv) {
      const ready =
        Boolean(inv.dobConfirmedAt) && !inv.voidedAt && !inv.acceptedAt && c.now < inv.expiresAt;
      const token = inv.token;
      const answer = await c.request((s) =>
        acceptInvitation(
          s,
          token,
          { mode: 'register', email: 'susan.williams@example.com', password: 'Susan-2026-x' },
          c.now,
          c.nowMs,
        ),
      );
      if (!ready || m.dead.has(token))
        expect(answer, 'only a live, checked invitation is accepted').toBeInstanceOf(DomainError);
    }
    sharedInvariants(m, c);
  }
  toString = () => 'Accept';
}

const SHARED: fc.Arbitrary<fc.AsyncCommand<SharedModel, Clinic>>[] = [
  // A denial ends the request: approvals come three times in four, so the invitation's own steps
  // (sent again, the date of birth, the acceptance) get their turn.
  fc
    .tuple(
      fc.constantFrom<'approve' | 'deny'>('approve', 'approve', 'approve', 'deny'),
      fc.boolean(),
    )
    .map(([d, t]) => new Decide(d, t)),
  fc.constant(new ResendInvitation()),
  fc.tuple(fc.boolean(), fc.boolean()).map(([r, o]) => new Dob(r, o)),
  fc.constant(new Dob(true, false)),
  fc.constant(new Accept()),
  fc.tuple(fc.nat(3), fc.constantFrom(0, 3600)).map(([d, s]) => new Advance(d, s)),
  fc.constant(new Restart()),
];

const setup = () => ({
  model: { counted: new Map<string, number>(), passwordFailures: new Map<string, number>() },
  real: new Clinic(),
});
const sharedSetup = () => ({
  model: {
    counted: new Map<string, number>(),
    passwordFailures: new Map<string, number>(),
    dead: new Set<string>(),
    wrongDob: new Map(),
  },
  real: new Clinic(),
});

describe('The clinic under random sequences of actions and restarts', () => {
  for (const [name, commands] of [
    ['access codes, links and the portal', COMMANDS],
    ['family linking', LINKING],
  ] as const) {
    it(`keeps every rule after every step: ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 20 }), async (cmds) => {
          await fc.asyncModelRun(setup, cmds);
        }),
        { numRuns: RUNS, seed: SEED, verbose: 1 },
      );
    }, 120_000);
  }

  it('keeps every rule after every step: shared access', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(SHARED, { maxCommands: 20 }), async (cmds) => {
        await fc.asyncModelRun(sharedSetup, cmds);
      }),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    );
  }, 120_000);
});
