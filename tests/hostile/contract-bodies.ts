import { ENDPOINTS, type EndpointId } from '../../src/api/contract/endpoints';
import { HIDDEN_CHARS } from '../../src/api/contract/common';
import type { z } from 'zod';

/** A valid body or query for every endpoint that takes one: each field is then made hostile. */
export const VALID: Partial<Record<EndpointId, Record<string, unknown>>> = {
  signIn: { email: 'frontdesk@clinic.example', password: 'demo' },
  searchPatients: { q: 'Chen' },
  updateContact: { email: 'kept@example.com', phone: '555-0142', version: 1 },
  updateLanguage: { preferredLanguage: 'vi', version: 1 },
  checkEmail: { email: 'kept@example.com' },
  requestAccessCode: { confirmReplace: true },
  printAccessCode: { codeId: 'code_1' },
  sendAccessLink: {
    email: 'kept@example.com',
    confirmedWithPatient: true,
    version: 1,
    issueCodeIfNone: true,
  },
  revokeAccess: { reason: 'other', otherText: 'Duplicate record' },
  registerThroughLink: { token: null, code: 'ABCD2345', password: 'abcdefgh12' },
  linkThroughLink: { token: null, code: 'ABCD2345', email: 'kept@example.com', password: 'x' },
  advanceClock: { days: 1 },
  patientActivity: { page: 1, pageSize: 10 },
  auditLog: { page: 1, pageSize: 10 },
  auditLogFhir: { page: 1, pageSize: 10 },
  setChaos: { latencyMs: 0, failureRate: 0 },
  portalLogIn: { email: 'kept@example.com', password: 'abcdefgh12' },
  listLinkingRequests: { patientId: 'p_1', status: 'done' },
  startLinkingRequest: { holderPatientId: 'p_1' },
  linkingCandidates: { q: 'Chen' },
  addLinkingRecords: {
    records: [
      {
        patientId: 'p_2',
        reason: 'Parent manages the appointments',
        override: { type: 'guardianship', documentDate: '2025-01-02', expiresOn: null },
      },
    ],
  },
  reviewLinkingEmails: { changes: [{ patientId: 'p_2', version: 1 }] },
  resendLinkingLink: { email: 'kept@example.com', confirmedWithPatient: true, version: 1 },
  revokeLinkingRecord: { reason: 'Added by mistake' },
  listSharedAccessRequests: { status: 'waiting', route: 'phone', page: 1 },
  createSharedAccessRequest: {
    patientId: 'p_1',
    carePartner: {
      name: 'Linda Chen',
      email: 'linda.chen@example.com',
      phone: '555-0142',
      dateOfBirth: '1970-04-05',
      relationship: 'spouse_partner',
    },
    route: 'phone',
    scope: ['appointments'],
    endsOn: null,
    legalDocument: {
      type: 'power_of_attorney',
      signedOn: '2025-01-02',
      expiresOn: null,
      fileName: 'poa.pdf',
    },
    phoneIntake: { takenBy: 'Felix Ortiz', consentHeard: 'Patient said yes on the call' },
  },
  decideSharedAccessRequest: { decision: 'deny', version: 1, reason: 'Not the right person' },
  revokeGrant: { reason: 'Patient asked to end it' },
  editGrant: {
    version: 1,
    scope: ['appointments', 'billing'],
    until: '2027-03-31',
    confidentialReason: null,
  },
  confirmInvitationDob: { dateOfBirth: '1968-03-04' },
  acceptInvitation: { mode: 'register', email: 'kept@example.com', password: 'abcdefgh12' },
  careHome: { email: 'kept@example.com', password: 'abcdefgh12' },
};

export interface SchemaUnderTest {
  id: EndpointId;
  kind: 'request' | 'query';
  schema: z.ZodType;
  valid: Record<string, unknown>;
  fields: string[];
}

/** Every request and query schema of the contract, with its fields. */
export function schemasUnderTest(): SchemaUnderTest[] {
  return Object.entries(ENDPOINTS).flatMap(([id, e]) => {
    const out: SchemaUnderTest[] = [];
    for (const kind of ['request', 'query'] as const) {
      const schema = (e as { request?: z.ZodType; query?: z.ZodType })[kind];
      if (!schema) continue;
      const valid = VALID[id as EndpointId];
      if (!valid)
        throw new Error(`No valid ${kind} for ${id}: add one to tests/hostile/contract-bodies.ts`);
      // A discriminated union has no single shape: test the fields of the valid variant.
      const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? valid;
      out.push({ id: id as EndpointId, kind, schema, valid, fields: Object.keys(shape) });
    }
    return out;
  });
}

/**
 * What any accepted string must be, whatever field it is in: trimmed, NFC, free of hidden and
 * direction-changing characters, and bounded. Emails also keep RFC 5321's limits.
 */
export function stringInvariantViolations(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    const problems: string[] = [];
    const isPassword = /password$/i.test(path);
    if (!isPassword) {
      if (value !== value.trim()) problems.push(`${path} not trimmed`);
      if (value !== value.normalize('NFC')) problems.push(`${path} not NFC`);
      if (HIDDEN_CHARS.test(value)) problems.push(`${path} has hidden characters`);
    }
    if (value.length > 1024) problems.push(`${path} unbounded (${value.length})`);
    if (/(^|\.)email$/i.test(path) && value.includes('@')) {
      const at = value.lastIndexOf('@');
      const labels = value.slice(at + 1).split('.');
      if (value.length > 254) problems.push(`${path} over 254`);
      if (at > 64) problems.push(`${path} local part over 64`);
      if (labels.some((l) => l.length > 63 || l.startsWith('-') || l.endsWith('-')))
        problems.push(`${path} bad label`);
    }
    return problems;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      stringInvariantViolations(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}
