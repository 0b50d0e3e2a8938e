import { plural } from './format';

/**
 * Guessing is slowed (OWASP ASVS V2.2.1): the rule's numbers and its words, one copy for the
 * mock clinic's services (which enforce it) and the screens (which say how long to wait).
 */
export const TRY_LIMITS = {
  /** Failures in a row for one account, link or invitation before every further try must wait. */
  freeFailures: 5,
  /** The wait after the 5th failure, in seconds; each failure after it doubles the wait. */
  firstWaitSeconds: 30,
  /** The longest wait, however many failures. */
  maxWaitSeconds: 60 * 60,
  /** Wrong codes after which a Medical Records Access Link is locked for good. */
  linkLockAfter: 10,
} as const;

/** The wait, in seconds, that `failures` failures in a row start: 0 up to 4, then 30, 60, 120… */
export function waitAfterFailures(failures: number): number {
  if (failures < TRY_LIMITS.freeFailures) return 0;
  const doublings = failures - TRY_LIMITS.freeFailures;
  return Math.min(TRY_LIMITS.firstWaitSeconds * 2 ** doublings, TRY_LIMITS.maxWaitSeconds);
}

/**
 * "30 seconds", "1 minute", "4 minutes", "1 hour": always rounded up, so waiting that long is
 * enough. Under a minute it moves in steps of 10 seconds, so a countdown read aloud is not chatty.
 */
export function waitInWords(seconds: number): string {
  const { count, unit } = waitParts(seconds);
  return plural(count, unit);
}

/** The wait as a number and its unit, rounded as `waitInWords` says, for words in any language. */
export function waitParts(seconds: number): { count: number; unit: 'second' | 'minute' | 'hour' } {
  const s = Math.max(1, Math.ceil(seconds));
  const tens = Math.ceil(s / 10) * 10;
  if (tens < 60) return { count: tens, unit: 'second' };
  if (s < 60 * 60) return { count: Math.ceil(s / 60), unit: 'minute' };
  return { count: Math.ceil(s / 3600), unit: 'hour' };
}

/** The title of a 429 answer, on the page and in the API's problem details. */
export const TOO_MANY_TRIES_TITLE = 'Too many tries';

/** What to do, in plain words a patient reads (6th-grade level): how long to wait, then retry. */
export function waitSentence(seconds: number): string {
  return seconds > 0
    ? `For your safety, please wait ${waitInWords(seconds)}. Then try again.`
    : 'You can try again now.';
}
