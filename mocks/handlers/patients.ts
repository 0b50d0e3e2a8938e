import { http, HttpResponse } from 'msw';
import { patientSearchSchema, updateContactRequestSchema } from '../../src/api/contract/patient';
import { db, type DbPatient } from '../db';
import { accountHolding, findPatient, toAccount, toPatient, toPatientSummary } from '../domain';
import { API, authorize, idempotent, parseBody, problem, recordAudit, requireStaff } from '../http';

const digits = (s: string) => s.replace(/\D/g, '');

/** US-style 03/04/1967 or ISO 1967-03-04, as staff type dates of birth. */
function asIsoDate(q: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(q)) return q;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(q);
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}

export function matchPatients(q: string): DbPatient[] {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  const date = asIsoDate(query);
  const qDigits = digits(query);
  const words = query.replace(',', ' ').split(/\s+/).filter(Boolean);
  return db.patients.filter((p) => {
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

export const patientHandlers = [
  // POST, not GET with ?q=: names, dates of birth and emails must never appear in a URL.
  http.post(`${API}/patients/search`, async ({ request }) => {
    authorize(requireStaff(request), 'patients.view');
    const { q = '', page = 1, pageSize = 25 } = await parseBody(request, patientSearchSchema);
    const matches = matchPatients(q).sort((a, b) =>
      a.lastName === b.lastName
        ? a.firstName.localeCompare(b.firstName)
        : a.lastName.localeCompare(b.lastName),
    );
    const items = matches.slice((page - 1) * pageSize, page * pageSize).map(toPatientSummary);
    return HttpResponse.json({ items, page, pageSize, total: matches.length });
  }),

  http.get(`${API}/patients/:id`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    const p = findPatient(String(params.id));
    if (!p)
      return problem(
        404,
        'Patient not found',
        'No patient has this id. Search for the patient again.',
      );
    return HttpResponse.json(toPatient(p));
  }),

  http.get(`${API}/patients/:id/portal-account`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    const p = findPatient(String(params.id));
    if (!p) return problem(404, 'Patient not found', 'No patient has this id.');
    const account = accountHolding(p.id);
    return HttpResponse.json({ account: account ? toAccount(account) : null });
  }),

  http.put(`${API}/patients/:id/contact`, ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      authorize(staff, 'patients.updateContact');
      const p = findPatient(String(params.id));
      if (!p) return problem(404, 'Patient not found', 'No patient has this id.');
      const body = await parseBody(request, updateContactRequestSchema);
      if (body.version !== p.version) {
        return problem(
          409,
          'Someone else changed this record',
          'The contact details were changed by someone else while you were editing. Check the current details, then try again.',
          {
            type: 'stale-version',
            current: toPatient(p),
          },
        );
      }
      const changes: string[] = [];
      if (body.email !== p.email)
        changes.push(`email ${p.email ?? '(none)'} → ${body.email ?? '(none)'}`);
      if (body.phone !== p.phone)
        changes.push(`phone ${p.phone ?? '(none)'} → ${body.phone ?? '(none)'}`);
      p.email = body.email;
      p.phone = body.phone;
      p.version += 1;
      if (changes.length) recordAudit(staff, p.id, 'Contact details updated', changes.join('; '));
      return HttpResponse.json(toPatient(p));
    }),
  ),
];
