import type { Action } from '../../src/lib/permissions';
import { TOO_MANY_TRIES_TITLE, waitSentence } from '../../src/lib/try-limits';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * What a domain service throws when it cannot do what was asked. Services know nothing of HTTP:
 * one adapter (mocks/http.ts) turns each kind into problem details with its status.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'unauthenticated'
    | 'invalid'
    | 'not_found'
    | 'forbidden'
    | 'conflict'
    | 'gone'
    | 'too_many_tries';
  constructor(
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}: ${detail}`);
    this.name = new.target.name;
  }
}

/** 401: nobody is signed in, or the password is not right. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
  constructor(
    title = 'Signed out',
    detail = 'Your session has ended. Sign in again to continue.',
    readonly errors: FieldError[] = [],
  ) {
    super(title, detail);
  }
}

/** 400: the request is not acceptable; each field error names the field and the fix. */
export class InvalidError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    readonly errors: FieldError[],
    title = 'Check the highlighted fields',
    detail = 'Some fields need a fix before this can be saved.',
    readonly type = 'invalid',
  ) {
    super(title, detail);
  }
}

const RESOURCES = {
  patient: ['Patient not found', 'No patient has this id. Search for the patient again.'],
  accessCode: ['No access code', 'No access code has been issued for this record.'],
  linkingRequest: [
    'Linking request not found',
    'No family linking request has this id. Open it again from Family linking.',
  ],
  linkingItem: [
    'Record not in this request',
    'No record in this linking request has this id. Reload the request and try again.',
  ],
  link: [
    'This link is not valid',
    "Check that you opened the whole link from the clinic's email, or ask the clinic for a new link.",
  ],
  proxyRequest: [
    'Request not found',
    'No shared-access request has this id. Open it again from the queue.',
  ],
  grant: [
    'Shared access not found',
    'No shared-access grant has this id. Reload the Shared Access tab.',
  ],
  invitation: [
    'This invitation is not valid',
    "Check that you opened the whole link from the clinic's email, or ask the clinic to send the invitation again.",
  ],
} as const satisfies Record<string, readonly [string, string]>;
export type Resource = keyof typeof RESOURCES;

/** 404: the resource does not exist. One wording per resource, wherever it is looked up. */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(readonly resource: Resource) {
    super(RESOURCES[resource][0], RESOURCES[resource][1]);
  }
}

/** 403: the permissions table says no. The reason is the table's, so UI and API agree. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(
    readonly action: Action,
    reason: string,
  ) {
    super('Not allowed for your role', reason);
  }
}

/** 409: the request clashes with the resource's current state, which comes with it. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    readonly type: string,
    title: string,
    detail: string,
    readonly current?: unknown,
  ) {
    super(title, detail);
  }
}

/** 410: the resource existed and can no longer be used (a dead access link). */
export class GoneError extends DomainError {
  readonly kind = 'gone';
  constructor(
    readonly type: string,
    title: string,
    detail: string,
  ) {
    super(title, detail);
  }
}

/**
 * 429: too many failures for one account, link or invitation (services/tries). The next try is
 * refused unchecked until `retryAfterSeconds` have passed; the answer carries `Retry-After`.
 */
export class TooManyTriesError extends DomainError {
  readonly kind = 'too_many_tries';
  readonly type = 'too-many-tries';
  constructor(readonly retryAfterSeconds: number) {
    super(TOO_MANY_TRIES_TITLE, waitSentence(retryAfterSeconds));
  }
}
