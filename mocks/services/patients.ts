import type { Patient } from '../../src/api/contract/patient';
import type { UpdateContactRequest } from '../../src/api/contract/contact';
import type { UpdateLanguageRequest } from '../../src/api/contract/language';
import { languageName } from '../../src/lib/languages';
import { lookalikeDomain, lookalikeMessage, sameEmail } from '../../src/lib/email-domain';
import { revokedAddressMessage } from '../../src/lib/email-problems';
import type { DbPatient } from '../db';
import { authorize, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, InvalidError } from './errors';
import {
  accountHolding,
  toAccount,
  toPatient,
  toPatientSummary,
  wrongPersonProblem,
} from './records';

const digits = (s: string) => s.replace(/\D/g, '');

/** US-style 03/04/1967 or ISO 1967-03-04, as staff type dates of birth. */
function asIsoDate(q: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(q)) return q;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(q);
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}

export function matchPatients(store: Store, q: string): DbPatient[] {
  const query = q.trim().toLowerCase();
  // Text with no letter or digit ("." or "--") would match everyone: it matches no one.
  if (!/[\p{L}\p{N}]/u.test(query)) return [];
  const date = asIsoDate(query);
  const qDigits = digits(query);
  const words = query.replace(',', ' ').split(/\s+/).filter(Boolean);
  return store.patients.filter((p) => {
    if (date) return p.dateOfBirth === date;
    if (query.includes('@')) return p.email?.toLowerCase().includes(query) ?? false;
    if (/^[\d\s()+.-]+$/.test(query)) {
      return (
        p.mrn.startsWith(qDigits) ||
        (qDigits.length >= 4 && digits(p.phone ?? '').includes(qDigits))
      );
    }
    const first = p.firstName.toLowerCase();
    const last = p.lastName.toLowerCase();
    return words.every((w) => first.startsWith(w) || last.startsWith(w));
  });
}

export function searchPatients(
  store: Store,
  actor: Actor,
  input: { q?: string | undefined; page?: number | undefined; pageSize?: number | undefined },
) {
  authorize(actor, 'patients.view');
  const { q = '', page = 1, pageSize = 25 } = input;
  const matches = matchPatients(store, q).sort((a, b) =>
    a.lastName === b.lastName
      ? a.firstName.localeCompare(b.firstName)
      : a.lastName.localeCompare(b.lastName),
  );
  const items = matches
    .slice((page - 1) * pageSize, page * pageSize)
    .map((p) => toPatientSummary(store, p));
  return { items, page, pageSize, total: matches.length };
}

export function getPatient(store: Store, actor: Actor, patientId: string): Patient {
  const p = requirePatient(store, patientId);
  authorize(actor, 'patients.view');
  return toPatient(store, p);
}

export function getPortalAccountOf(store: Store, actor: Actor, patientId: string) {
  const p = requirePatient(store, patientId);
  authorize(actor, 'patients.view');
  const account = accountHolding(store, p.id);
  return { account: account ? toAccount(store, account) : null };
}

/** Optimistic concurrency: a write made against an older version gets the record as it is now. */
export function assertCurrentVersion(store: Store, p: DbPatient, version: number): void {
  if (version === p.version) return;
  throw new ConflictError(
    'stale-version',
    'Someone else changed this record',
    'Someone else changed the contact details meanwhile. Check the current details with the patient, then try again.',
    toPatient(store, p),
  );
}

/**
 * The guards of every place staff enter an email (Send Access Link, Edit contact), each a 400 that
 * names the field: the address a link reached the wrong person at is refused, naming the revoke,
 * and a domain that only looks familiar needs its own confirmation.
 */
export function refuseUnsafeEmail(
  store: Store,
  p: DbPatient,
  email: string | null,
  confirmedLookalikeDomain: boolean | undefined,
): void {
  const revoked = wrongPersonProblem(store, p.id, email);
  if (revoked) {
    throw new InvalidError(
      [{ field: 'email', message: revokedAddressMessage(revoked) }],
      'This address reached the wrong person',
      `Access was revoked because a link sent to ${revoked.email} reached the wrong person. Use the right address, checked with the patient.`,
      'revoked-address',
    );
  }
  const lookalike = email === null ? null : lookalikeDomain(email);
  if (lookalike && confirmedLookalikeDomain !== true) {
    throw new InvalidError([
      { field: 'confirmedLookalikeDomain', message: lookalikeMessage(lookalike) },
    ]);
  }
}

/** Saves a new email on file and audits old → new. `why` says where it was corrected. */
export function changeEmail(
  store: Store,
  actor: Actor,
  p: DbPatient,
  email: string | null,
  now: string,
  why = '',
): void {
  recordAudit(
    store,
    actor,
    p.id,
    'Contact details updated',
    `email ${p.email ?? '(none)'} → ${email ?? '(none)'}${why}`,
    now,
  );
  p.email = email;
  p.version += 1;
}

export function updateContact(
  store: Store,
  actor: Actor,
  input: UpdateContactRequest & { patientId: string },
  now: string,
): Patient {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'patients.updateContact');
  // A change of letter case alone is the same address: not a correction.
  const email = sameEmail(input.email, p.email) ? p.email : input.email;
  refuseUnsafeEmail(store, p, email, input.confirmedLookalikeDomain);
  assertCurrentVersion(store, p, input.version);
  const changes: string[] = [];
  if (email !== p.email) changes.push(`email ${p.email ?? '(none)'} → ${email ?? '(none)'}`);
  if (input.phone !== p.phone)
    changes.push(`phone ${p.phone ?? '(none)'} → ${input.phone ?? '(none)'}`);
  if (changes.length === 0) return toPatient(store, p);
  p.email = email;
  p.phone = input.phone;
  p.version += 1;
  recordAudit(store, actor, p.id, 'Contact details updated', changes.join('; '), now);
  return toPatient(store, p);
}

/** Staff change the language the patient's texts go out in; the change is audited. */
export function updateLanguage(
  store: Store,
  actor: Actor,
  input: UpdateLanguageRequest & { patientId: string },
  now: string,
): Patient {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'patients.updateContact');
  assertCurrentVersion(store, p, input.version);
  if (input.preferredLanguage === p.preferredLanguage) return toPatient(store, p);
  const from = languageName(p.preferredLanguage);
  const to = languageName(input.preferredLanguage);
  p.preferredLanguage = input.preferredLanguage;
  p.version += 1;
  recordAudit(store, actor, p.id, 'Preferred language changed', `${from} → ${to}`, now);
  return toPatient(store, p);
}
