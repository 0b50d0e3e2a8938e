import { describe, expect, it } from 'vitest';
import { signInAs } from '../../tests/render';

const CSRF = { 'X-Requested-With': 'access-desk' };
const json = { 'Content-Type': 'application/json' };

describe('session and CSRF at the HTTP edge (mock clinic)', () => {
  it('sets the session as an HttpOnly, Secure, SameSite=Strict cookie and returns no token', async () => {
    const res = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { ...CSRF, ...json },
      body: JSON.stringify({ email: 'frontdesk@clinic.example', password: 'demo' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^access_desk_session=[0-9a-f]{48};/);
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api'])
      expect(cookie).toContain(attr);
    // Nothing for the page's script to keep: the answer holds no token, and the app's own storage
    // stays empty. (In these tests jsdom's document.cookie stands in for the browser's jar, which a
    // real browser keeps out of reach of scripts for an HttpOnly cookie.)
    expect(await res.json()).not.toHaveProperty('token');
    expect(sessionStorage.length).toBe(0);
    expect((await fetch('/api/v1/session')).status).toBe(200);
  });

  it('refuses a changing request without the custom header (403 csrf), and accepts it with it', async () => {
    signInAs('front_desk');
    const body = JSON.stringify({ q: 'Chen' });
    const refused = await fetch('/api/v1/patients/search', { method: 'POST', headers: json, body });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ type: 'csrf' });
    const signOut = await fetch('/api/v1/session', { method: 'DELETE' });
    expect(signOut.status).toBe(403);
    const accepted = await fetch('/api/v1/patients/search', {
      method: 'POST',
      headers: { ...CSRF, ...json },
      body,
    });
    expect(accepted.status).toBe(200);
  });

  it('ends the session on the server at sign-out: the same cookie, copied, no longer works', async () => {
    const token = signInAs('front_desk');
    expect((await fetch('/api/v1/session')).status).toBe(200);
    const res = await fetch('/api/v1/session', { method: 'DELETE', headers: CSRF });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^access_desk_session=; Max-Age=0/);
    // Replayed from elsewhere with the copied value (Cookie header, as a script or proxy would).
    const copied = await fetch('/api/v1/session', {
      headers: { cookie: `access_desk_session=${token}` },
    });
    expect(copied.status).toBe(401);
  });

  it('answers only the exact path: /session/ and /SESSION are not part of the API (404)', async () => {
    signInAs('front_desk');
    expect((await fetch('/api/v1/session')).status).toBe(200);
    for (const path of ['/api/v1/session/', '/api/v1/SESSION', '/api/v1/Session']) {
      const res = await fetch(path);
      expect(res.status, path).toBe(404);
      expect(await res.json(), path).toMatchObject({ type: 'unknown-path' });
    }
  });
});
