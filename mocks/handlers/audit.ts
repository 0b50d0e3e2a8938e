import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { findPatient, patientName } from '../domain';
import { API, authorize, problem, requireStaff } from '../http';

function page(request: Request, events: typeof db.audit) {
  const url = new URL(request.url);
  const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize') ?? 50) || 50));
  // Newest first; events of the same instant keep the order they happened in, reversed.
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at === b.e.at ? b.i - a.i : a.e.at < b.e.at ? 1 : -1))
    .map(({ e }) => e);
  const items = sorted.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((e) => {
    const p = e.patientId ? findPatient(e.patientId) : undefined;
    return { ...e, patientName: p ? patientName(p) : null };
  });
  return { items, page: pageNo, pageSize, total: sorted.length };
}

export const auditHandlers = [
  http.get(`${API}/patients/:id/activity`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    const id = String(params.id);
    if (!findPatient(id)) return problem(404, 'Patient not found', 'No patient has this id.');
    return HttpResponse.json(
      page(
        request,
        db.audit.filter((e) => e.patientId === id),
      ),
    );
  }),

  http.get(`${API}/audit`, ({ request }) => {
    authorize(requireStaff(request), 'audit.readAll');
    return HttpResponse.json(page(request, db.audit));
  }),
];
