import { http, HttpResponse } from 'msw';
import {
  portalLinkToAccountRequestSchema,
  portalRegisterRequestSchema,
  UNUSABLE_LINK_MESSAGES,
  type PortalLink,
  type PortalResult,
} from '../../src/api/contract/portal';
import { db, nextId, type DbAccount, type DbCode } from '../db';
import { accountByEmail, codeState, findPatient, patientName } from '../domain';
import { API, idempotent, parseBody, problem, recordAudit } from '../http';

// The patient-portal simulator: the patient's side of the Medical Records Access Link. No staff
// sign-in here; the patient is identified only by the link, the code and their own password.

function linkState(code: DbCode): PortalLink['state'] {
  if (code.revokedAt) return code.revokedReason === 'replaced' ? 'replaced' : 'revoked';
  const state = codeState(code);
  return state === 'active' ? 'valid' : state === 'redeemed' ? 'redeemed' : 'expired';
}

/** The address the link was emailed to (the latest email delivery), else the one on file. */
function linkEmail(code: DbCode): string | null {
  const sent = db.deliveries
    .filter((d) => d.codeId === code.id && d.channel === 'email' && d.to)
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return sent?.to ?? findPatient(code.patientId)?.email ?? null;
}

const WRONG_CODE =
  'This access code is not right. Go back to the email from the clinic and click the blue button: the code fills in for you.';

/** The code the request is about, usable right now; otherwise the problem to answer with. */
function usableCode(body: { token: string | null; code: string }): DbCode {
  const typed = body.code.trim().toUpperCase();
  const code = body.token
    ? db.codes.find((c) => c.linkToken === body.token)
    : db.codes
        .filter((c) => c.code.toUpperCase() === typed)
        .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1))[0];
  if (code?.code.toUpperCase() !== typed) {
    throw problem(400, 'Check the access code', WRONG_CODE, {
      errors: [{ field: 'code', message: WRONG_CODE }],
    });
  }
  const state = linkState(code);
  if (state !== 'valid') {
    const { title, detail } = UNUSABLE_LINK_MESSAGES[state];
    throw problem(410, title, detail, { type: `link-${state}` });
  }
  return code;
}

/** A record lives in one account: taking it into a new one removes it from the old one. */
function detachFromOtherAccounts(patientId: string, keep: DbAccount | null): void {
  for (const account of db.accounts) {
    if (account === keep || !account.records.some((r) => r.patientId === patientId)) continue;
    account.records = account.records.filter((r) => r.patientId !== patientId);
    if (account.records.length === 0) account.status = 'disabled';
    recordAudit(
      { name: account.email, role: null },
      patientId,
      'Record removed from portal account',
      `Moved out of ${account.email} by a Medical Records Access Link.`,
    );
  }
}

function result(account: DbAccount): PortalResult {
  return {
    accountEmail: account.email,
    records: account.records.map((r) => {
      const p = findPatient(r.patientId);
      return { name: p ? patientName(p) : 'Unknown record', access: r.access };
    }),
  };
}

export const portalHandlers = [
  http.get(`${API}/portal/links/:token`, ({ params }) => {
    const code = db.codes.find((c) => c.linkToken === String(params.token));
    if (!code) {
      return problem(
        404,
        'This link is not valid',
        "Check that you opened the whole link from the clinic's email, or ask the clinic for a new link.",
      );
    }
    const state = linkState(code);
    const valid = state === 'valid';
    // A dead link (perhaps sent to the wrong person) reveals nothing about the patient.
    const email = valid ? linkEmail(code) : null;
    const link: PortalLink = {
      state,
      code: valid ? code.code : null,
      patientFirstName: valid ? (findPatient(code.patientId)?.firstName ?? null) : null,
      email,
      accountExists: email ? accountByEmail(email) !== null : false,
    };
    return HttpResponse.json(link);
  }),

  http.post(`${API}/portal/register`, ({ request }) =>
    idempotent(request, async () => {
      const body = await parseBody(request, portalRegisterRequestSchema);
      const code = usableCode(body);
      const email = linkEmail(code);
      if (!email) {
        return problem(
          400,
          'We need an email address for your account',
          'The clinic has no email address for you. Ask the clinic to add it and send you the link.',
        );
      }
      if (accountByEmail(email)) {
        return problem(
          409,
          'You already have a portal account: log in instead',
          `${email} already has a portal account. Log in with its password and this record is added to it.`,
          { type: 'account-exists' },
        );
      }
      detachFromOtherAccounts(code.patientId, null);
      const account: DbAccount = {
        id: nextId('acct'),
        email,
        password: body.password,
        status: 'active',
        createdAt: db.now,
        createdVia: 'access_link',
        records: [{ patientId: code.patientId, access: 'full', linkedAt: db.now }],
      };
      db.accounts.push(account);
      code.redeemedAt = db.now;
      recordAudit(
        { name: email, role: null },
        code.patientId,
        'Portal account registered',
        'Registered through the Medical Records Access Link; full access.',
      );
      return HttpResponse.json(result(account));
    }),
  ),

  http.post(`${API}/portal/link`, ({ request }) =>
    idempotent(request, async () => {
      const body = await parseBody(request, portalLinkToAccountRequestSchema);
      const code = usableCode(body);
      const account = accountByEmail(body.email);
      if (account?.password !== body.password) {
        const message =
          'Email or password is not right. Use the password you chose for your portal account.';
        return problem(401, 'Email or password is not right', message, {
          errors: [{ field: 'password', message }],
        });
      }
      detachFromOtherAccounts(code.patientId, account);
      const held = account.records.find((r) => r.patientId === code.patientId);
      const actor = { name: account.email, role: null };
      if (held?.access === 'limited') {
        held.access = 'full';
        recordAudit(
          actor,
          code.patientId,
          'Full access granted',
          `Limited access (online booking) in ${account.email} became full access through the Medical Records Access Link.`,
        );
      } else {
        if (!held)
          account.records.push({ patientId: code.patientId, access: 'full', linkedAt: db.now });
        recordAudit(
          actor,
          code.patientId,
          'Record linked to portal account',
          `Linked into ${account.email} through the Medical Records Access Link; full access.`,
        );
      }
      code.redeemedAt = db.now;
      return HttpResponse.json(result(account));
    }),
  ),
];
