import type { Patient } from '../../src/api/contract/patient';
import type { UpdateContactRequest, UpdateLanguageRequest } from '../../src/api/contract/patient';
import { languageName } from '../../src/lib/languages';
import { sameEmail } from '../../src/lib/email-domain';
import type { DbPatient } from '../db';
import { authorize, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError } from './errors';
import { accountHolding, toAccount, toPatient, toPatientSummary } from './records';

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
  assertCurrentVersion(store, p, input.version);
  const changes: string[] = [];
  // A change of letter case alone is the same address: not a correction.
  const email = sameEmail(input.email, p.email) ? p.email : input.email;
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
