import { CONFIDENTIAL_CATEGORIES, type ScopeCategory } from '../api/contract/shared-access';

// Apart from today-rules.ts, so the Today screen does not carry the shared-access contract.

/** What changes at each birthday, one setting per age. */
export const COMING_OF_AGE = {
  12: {
    age: 12,
    rule: "A parent's linked access narrows to the adolescent categories.",
    /** The categories a parent keeps: all but the confidential ones. */
    keeps: (scope: readonly ScopeCategory[]) =>
      scope.filter((c) => !CONFIDENTIAL_CATEGORIES.includes(c)),
  },
  18: {
    age: 18,
    rule: "A parent's or guardian's access ends unless a legal document continues it; the patient needs their own login.",
    keeps: () => [] as ScopeCategory[],
  },
} as const;

export type ComingOfAgeAge = keyof typeof COMING_OF_AGE;
export const COMING_OF_AGE_AGES = Object.keys(COMING_OF_AGE).map(Number) as ComingOfAgeAge[];
