import type { z } from 'zod';
import type { Problem } from './contract/common';

/** A problem-details response from the API, or a failure to reach it, in one shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: { field: string; message: string }[];
  readonly type: string;
  readonly current: unknown;
  /** 429: seconds to wait before trying again (Retry-After), else null. */
  readonly retryAfterSeconds: number | null;
  /** 429: when the wait is over, on this machine's clock (set when the answer arrived). */
  readonly retryAt: number | null;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.type = problem.type;
    this.current = problem.current;
    this.retryAfterSeconds = problem.retryAfter ?? null;
    this.retryAt = problem.retryAfter ? Date.now() + problem.retryAfter * 1000 : null;
  }

  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ContractError extends Error {
  constructor(
    readonly path: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(
      `The server's answer to ${path} was not in the expected format (${issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
        .join('; ')}).`,
    );
    this.name = 'ContractError';
  }
}

export function networkError(): ApiError {
  return new ApiError({
    type: 'network',
    status: 0,
    title: 'Could not reach the server',
    detail: 'Check your connection, then try again. Nothing was lost.',
  });
}

/**
 * The demo's clinic runs in the browser, on a service worker; when the browser blocks those, no
 * request can be answered. Said once, with the fix, instead of "Request failed (404)" everywhere.
 */
export function demoClinicDidNotStartError(): ApiError {
  return new ApiError({
    type: 'demo-clinic-did-not-start',
    status: 0,
    title: 'The demo clinic could not start',
    detail:
      'The demo runs inside your browser and needs service workers, which this browser blocked (a private window or a setting that blocks site data can do this). Open the demo in a normal window, or allow site data for this site, then reload the page.',
  });
}

/** The browser knows it is offline: the request was not sent at all. */
export function offlineError(): ApiError {
  return new ApiError({
    type: 'offline',
    status: 0,
    title: 'You are offline',
    detail: 'Nothing was sent. Check your connection, then try again: what you entered is kept.',
  });
}

/** No answer in time: the change may or may not have been made, so a retry resends the same one. */
export function timeoutError(): ApiError {
  return new ApiError({
    type: 'timeout',
    status: 0,
    title: 'The server did not answer in time',
    detail:
      'It may still have been done. Try again: the same request is sent again, so it is never done twice.',
  });
}

/** A plain sentence for any error, for alerts and notifications. Never a stack trace. */
export function describeError(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    return { title: error.title, message: error.detail ?? 'Try again in a moment.' };
  }
  if (error instanceof ContractError) {
    return {
      title: 'Unexpected answer from the server',
      message: `${error.message} Try again; if it keeps happening, tell your system administrator.`,
    };
  }
  return { title: 'Something went wrong', message: 'Try again in a moment.' };
}
