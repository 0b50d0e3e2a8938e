import { http, HttpResponse } from 'msw';
import { signInRequestSchema } from '../../src/api/contract/session';
import { db, nextId } from '../db';
import { API, parseBody, problem, requireStaff } from '../http';

export const sessionHandlers = [
  http.post(`${API}/session`, async ({ request }) => {
    const { email, password } = await parseBody(request, signInRequestSchema);
    const staff = db.staff.find((s) => s.email.toLowerCase() === email.toLowerCase());
    if (staff?.password !== password) {
      return problem(
        401,
        'Email or password is not right',
        'Check both and try again. Demo accounts use the password "demo".',
        {
          errors: [{ field: 'password', message: 'Email or password is not right.' }],
        },
      );
    }
    const token = nextId('sess') + Math.random().toString(36).slice(2);
    db.sessions[token] = staff.id;
    const { password: _pw, ...user } = staff;
    return HttpResponse.json({ token, user });
  }),

  http.get(`${API}/session`, ({ request }) => {
    const { password: _pw, ...user } = requireStaff(request);
    return HttpResponse.json({ user });
  }),

  http.delete(`${API}/session`, ({ request }) => {
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
    if (token) delete db.sessions[token];
    return new HttpResponse(null, { status: 204 });
  }),
];
