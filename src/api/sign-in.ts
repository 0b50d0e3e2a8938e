import { SIGN_IN_ENDPOINTS as E } from './contract/sign-in-endpoints';
import type { SignInRequest } from './contract/sign-in';
import { call } from './client';

/** The server answers with an HttpOnly session cookie; the app keeps only who signed in. */
export function signIn(body: SignInRequest) {
  return call(E.signIn, { body });
}
