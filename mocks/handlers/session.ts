import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve, sessionCookie } from '../http';
import { currentSession, signIn, signOut } from '../services/session';

function newSessionToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const sessionHandlers = [
  serve(E.signIn, ({ store, body, token, nowMs, setCookie }) => {
    const fresh = newSessionToken();
    const session = signIn(store, body, fresh, token, nowMs);
    setCookie(sessionCookie(fresh));
    return session;
  }),
  serve(E.currentSession, ({ store, actor }) => currentSession(store, actor)),
  serve(E.signOut, ({ store, token, setCookie }) => {
    signOut(store, token);
    setCookie(sessionCookie(null));
    return undefined;
  }),
];
