import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import { updateContact, matchPatients } from '../../mocks/services/patients';
import { sendAccessLink } from '../../mocks/services/access-code';
import { InvalidError } from '../../mocks/services/errors';
import { emailField } from '../../src/api/contract/email';
import { patientSearchText } from '../../src/api/contract/patient';
import { portalPasswordSchema } from '../../src/api/contract/portal';
import { revokeAccessRequestSchema } from '../../src/api/contract/access-code';
import { lookalikeDomain } from '../../src/lib/email-domain';
import {
  forgetPatientSearches,
  readPatientSearch,
  rememberPatientSearch,
} from '../../src/lib/patient-search-state';
import { patientIdOf } from '../render';
import { schemasUnderTest, stringInvariantViolations } from './contract-bodies';
import { HOSTILE_CORPUS, ZOD_DEFAULT_PHRASES } from './corpus';

const NOW = db.now;
const actor = () => {
  const s = db.staff.find((x) => x.role === 'patient_experience')!;
  return { id: s.id, name: s.name, role: s.role };
};
const robert = () => db.patients.find((p) => p.id === patientIdOf('Robert Chen'))!;

describe('Emails follow the standards', () => {
  it.each([
    [`${'a'.repeat(65)}@example.com`, /part before @ is too long/],
    [`user@${'a'.repeat(64)}.com`, /at most 63 characters/],
    ['user@example-.com', /cannot begin or end with "-"/],
    ['user@-example.com', /cannot begin or end with "-"/],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`, /at most 254/],
  ])('refuses %s with a message naming the field', (email, message) => {
    const r = emailField.safeParse(email);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^Email address/);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  it('accepts an internationalised domain in punycode, and stores a typed one as punycode', () => {
    expect(emailField.parse('user@xn--e1afmkfd.xn--p1ai')).toBe('user@xn--e1afmkfd.xn--p1ai');
    expect(emailField.parse('user@пример.рф')).toBe('user@xn--e1afmkfd.xn--p1ai');
    expect(emailField.parse(`${'a'.repeat(64)}@example.com`)).toContain('@example.com');
  });
});

describe('A homoglyph address needs explicit confirmation', () => {
  it('shows the lookalike domain in readable form', () => {
    expect(lookalikeDomain('robert.chen@xn--exmple-4nf.com')).toBe('exаmple.com');
    expect(lookalikeDomain('robert.chen@exаmple.com')).toBe('exаmple.com');
    expect(lookalikeDomain('user@xn--e1afmkfd.xn--p1ai')).toBeNull();
    expect(lookalikeDomain('robert.chen@example.com')).toBeNull();
  });

  it('the API refuses to send without the confirmation field, and sends with it', () => {
    const p = robert();
    const input = {
      patientId: p.id,
      email: 'robert.chen@xn--exmple-4nf.com',
      confirmedWithPatient: true as const,
      version: p.version,
      issueCodeIfNone: true,
    };
    const before = { email: p.email, audit: db.audit.length, emails: db.emails.length };
    let error: unknown;
    try {
      sendAccessLink(db, actor(), input, NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).errors[0]?.field).toBe('confirmedLookalikeDomain');
    expect((error as InvalidError).errors[0]?.message).toContain('exаmple.com');
    expect({ email: p.email, audit: db.audit.length, emails: db.emails.length }).toEqual(before);
    sendAccessLink(db, actor(), { ...input, confirmedLookalikeDomain: true }, NOW);
    expect(db.emails.length).toBe(before.emails + 1);
  });
});

describe('A change of letter case alone is not a correction', () => {
  it('is neither saved nor audited, by Send Access Link or Update contact', () => {
    const p = robert();
    const email = p.email!;
    const audit = db.audit.length;
    updateContact(
      db,
      actor(),
      { patientId: p.id, email: email.toUpperCase(), phone: p.phone, version: p.version },
      NOW,
    );
    expect(p.email).toBe(email);
    expect(db.audit.length).toBe(audit);
    sendAccessLink(
      db,
      actor(),
      {
        patientId: p.id,
        email: email.toUpperCase(),
        confirmedWithPatient: true,
        version: p.version,
        issueCodeIfNone: true,
      },
      NOW,
    );
    expect(p.email).toBe(email);
    expect(db.audit.map((a) => a.action)).not.toContain('Contact details updated');
  });
});

describe('Free text, search and passwords are bounded and refuse hidden text', () => {
  it.each(['\u200B\u200B\u200B', 'Duplicate \u202Erecord', 'null\u0000byte'])(
    'refuses the revoke reason %j',
    (otherText) => {
      const r = revokeAccessRequestSchema.safeParse({ reason: 'other', otherText });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/^Reason/);
    },
  );

  it.each([
    ['.', /at least one letter or digit/],
    ['--', /at least one letter or digit/],
    ['   ', /Enter search text/],
    ['a'.repeat(101), /too long: use at most 100/],
  ])('refuses the search %j and says why', (q, message) => {
    const r = patientSearchText.safeParse(q);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  it('never lists everyone for punctuation', () => {
    for (const q of ['.', '-', '--', '...']) expect(matchPatients(db, q)).toEqual([]);
  });

  it('caps portal passwords at 128 characters', () => {
    expect(portalPasswordSchema.safeParse(`a1${'x'.repeat(126)}`).success).toBe(true);
    const r = portalPasswordSchema.safeParse(`a1${'x'.repeat(100_000)}`);
    expect(r.error?.issues[0]?.message).toMatch(/at most 128/);
  });
});

describe('Privacy', () => {
  it('patient ids are opaque: no MRN digits, no name', () => {
    for (const p of db.patients.slice(0, 500)) {
      expect(p.id).toMatch(/^pat_[A-Za-z]{12}$/);
      expect(p.id).not.toContain(p.mrn);
    }
    expect(new Set(db.patients.map((p) => p.id)).size).toBe(db.patients.length);
  });

  it('keeps search text in memory, out of history state, and forgets it at sign-out', () => {
    const state = rememberPatientSearch({ q: 'Robert Chen' });
    expect(JSON.stringify(state)).not.toContain('Robert');
    expect(readPatientSearch(state)?.q).toBe('Robert Chen');
    forgetPatientSearches();
    expect(readPatientSearch(state)).toBeNull();
  });
});

describe('Property: the contract never accepts what it should refuse', () => {
  const hostile = fc.oneof(
    fc.constantFrom(...HOSTILE_CORPUS),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  );
  const schemas = schemasUnderTest();
  let runs = 0;

  it.each(schemas.map((s) => [`${s.id} ${s.kind}`, s] as const))('%s', (_n, s) => {
    fc.assert(
      fc.property(fc.constantFrom(...s.fields), hostile, (field, value) => {
        runs += 1;
        const r = s.schema.safeParse({ ...s.valid, [field]: value });
        if (r.success) return stringInvariantViolations(r.data).length === 0;
        return r.error.issues.every(
          (i) => i.path.length > 0 && ZOD_DEFAULT_PHRASES.every((re) => !re.test(i.message)),
        );
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('ran', () => {
    expect(runs).toBe(schemas.length * 300);
    console.info(`fast-check: ${runs} runs over ${schemas.length} schemas`);
  });
});
