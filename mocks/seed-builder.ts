import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  ACCESS_CODE_VALID_DAYS,
} from '../src/api/contract/access-code';
import { clinicDate } from '../src/lib/clinic-time';
import { addCalendarDays, addDays } from '../src/lib/dates';
import type { DbAccount, DbAuditEvent, DbCode, DbDelivery, DbPatient, DbState } from './db-types';
import { accessLinkEmail, textLanguage } from './emails';
import { DEMO_CREDENTIALS } from './seed-credentials';

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

const STREETS = 'Oak St|Maple Ave|Cedar Ln|Pine Rd|Elm St|Birch Way|Lakeview Dr|Hill St'.split('|');
// No digits that could be read as part of an MRN, date or phone.
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJ';
const CITIES = ['Riverside', 'Fairview', 'Springfield', 'Lakewood', 'Milton'];

export type NewPatient = Pick<
  DbPatient,
  'firstName' | 'lastName' | 'dateOfBirth' | 'email' | 'phone'
> &
  Partial<DbPatient>;

interface LinkSent {
  daysAgo: number;
  by: { name: string; role: DbAuditEvent['actorRole'] };
  to: string;
  status: DbDelivery['status'];
  redeemedAt?: string;
}

/** Date of birth for someone `age` years old on `now`, `offsetDays` past their birthday. */
export function dobForAge(now: string, age: number, offsetDays: number): string {
  const [y, m, d] = clinicDate(now).split('-').map(Number) as [number, number, number];
  const birthday = new Date(Date.UTC(y - age, m - 1, d)).toISOString().slice(0, 10);
  return addCalendarDays(birthday, -offsetDays);
}

/** Helpers that append to one seed state, in a fixed order so every run is the same. */
export function createSeedBuilder(state: DbState) {
  const { now } = state;
  const rand = prng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Ids come from their own stream, so the generated clinic stays the same as before, and they
  // carry nothing about the person (an MRN in an id would sit in every URL and server log).
  const idRand = prng(0x5eed1d);
  const usedIds = new Set<string>();
  const opaqueId = (prefix: string): string => {
    let id: string;
    do {
      id = `${prefix}_${Array.from({ length: 12 }, () => ID_ALPHABET[Math.floor(idRand() * 32)]).join('')}`;
    } while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };
  let mrn = 1000000;
  let codeN = 0;

  const addPatient = (p: NewPatient): DbPatient => {
    mrn += 1;
    const patient: DbPatient = {
      id: opaqueId('pat'),
      mrn: String(mrn),
      version: 1,
      familyId: null,
      guardianIds: [],
      preferredLanguage: 'en',
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

  /** An account with one of the demo's published passwords, stored only as its hash. */
  const addAccount = ({
    password,
    ...a
  }: Omit<DbAccount, 'id' | 'status' | 'passwordHash'> & { password: string }): DbAccount => {
    const passwordHash = DEMO_CREDENTIALS[password];
    if (!passwordHash)
      throw new Error(`No demo credential for ${a.email}: run scripts/demo-credentials.ts`);
    const account: DbAccount = {
      id: `acct_${state.accounts.length + 1}`,
      status: 'active',
      ...a,
      passwordHash,
    };
    state.accounts.push(account);
    return account;
  };

  const addCode = (p: DbPatient, daysAgo: number, by: string, extra: Partial<DbCode> = {}) => {
    codeN += 1;
    const issuedAt = addDays(now, -daysAgo);
    const code: DbCode = {
      id: `code_${codeN}`,
      patientId: p.id,
      code: Array.from({ length: ACCESS_CODE_LENGTH }, () => pick([...ACCESS_CODE_ALPHABET])).join(
        '',
      ),
      linkToken: `lnk${codeN.toString(36)}${Math.floor(rand() * 1e9).toString(36)}`,
      issuedAt,
      expiresAt: addDays(issuedAt, ACCESS_CODE_VALID_DAYS),
      issuedByName: by,
      redeemedAt: null,
      revokedAt: null,
      revokedReason: null,
      lockedAt: null,
      ...extra,
    };
    state.codes.push(code);
    return code;
  };

  /** A delivery of the code's link; with `withEmail` the message also lands in the Outbox. */
  const sendLink = (
    p: DbPatient,
    code: DbCode,
    link: Omit<LinkSent, 'by' | 'redeemedAt'> & { byName: string; withEmail: boolean },
  ) => {
    const at = addDays(now, -link.daysAgo);
    const deliveryId = `dlv_${state.deliveries.length + 1}`;
    const { to, byName, status } = link;
    state.deliveries.push({
      id: deliveryId,
      codeId: code.id,
      patientId: p.id,
      channel: 'email',
      to,
      at,
      byName,
      status,
      language: textLanguage(p.preferredLanguage),
    });
    if (link.withEmail) {
      const email = accessLinkEmail(p, code, to, at, { language: p.preferredLanguage });
      state.emails.push({ id: `eml_${state.emails.length + 1}`, deliveryId, ...email });
    }
  };

  const audit = (
    p: DbPatient,
    daysAgo: number,
    actor: { name: string; role: DbAuditEvent['actorRole']; accountId?: string },
    action: string,
    details: string,
  ) => {
    state.audit.push({
      id: `aud_${state.audit.length + 1}`,
      at: addDays(now, -daysAgo),
      actorId: actor.role
        ? (state.staff.find((s) => s.name === actor.name)?.id ?? null)
        : (actor.accountId ?? null),
      actorName: actor.name,
      actorRole: actor.role,
      patientId: p.id,
      action,
      details,
    });
  };

  /** A code issued and its link emailed by staff, as the Activity tab and Outbox show it. */
  const linkSentHistory = (p: DbPatient, link: LinkSent): DbCode => {
    const extra = link.redeemedAt ? { redeemedAt: link.redeemedAt } : {};
    const code = addCode(p, link.daysAgo, link.by.name, extra);
    sendLink(p, code, { ...link, byName: link.by.name, withEmail: true });
    return code;
  };

  const auditLinkSent = (p: DbPatient, link: LinkSent) => {
    audit(
      p,
      link.daysAgo,
      link.by,
      'Access code requested',
      'New access code issued; expires in 5 days.',
    );
    audit(
      p,
      link.daysAgo,
      link.by,
      'Access link sent',
      `Medical Records Access Link emailed to ${link.to}.`,
    );
  };

  return {
    now,
    rand,
    pick,
    addPatient,
    addAccount,
    addCode,
    sendLink,
    audit,
    linkSentHistory,
    auditLinkSent,
  };
}

export type SeedBuilder = ReturnType<typeof createSeedBuilder>;
